/**
 * Executing a parsed Go template: text and actions written out, if/with/range/else/break/continue
 * with Go's variable scoping, and {{template}} calls. Expressions are the Evaluator's (evaluate.ts).
 */
import type { BranchNode, ListNode, Node } from './ast';
import { Evaluator, type MissingKey } from './evaluate';
import { rangeItems } from './exec-support';
import type { FuncMap } from './funcs';
import type { ParsedTemplate } from './parser';
import { NO_VALUE, printValue, truth } from './values';

export type { MissingKey } from './evaluate';
const MAX_DEPTH = 200;

class Break {}
class Continue {}

export class Executor extends Evaluator {
  out = '';

  constructor(
    tmpl: ParsedTemplate,
    funcs: FuncMap,
    missingKey: MissingKey,
    execName: string,
    dot: unknown,
    private readonly depth = 0,
  ) {
    super(tmpl, funcs, missingKey, execName, dot);
  }

  walkList(dot: unknown, list: ListNode): void {
    for (const n of list.nodes) this.walk(dot, n);
  }

  walk(dot: unknown, node: Node): void {
    switch (node.kind) {
      case 'text':
        this.out += node.text;
        return;
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.out += printValue(val);
        return;
      }
      case 'if':
      case 'with': {
        const mark = this.vars.length;
        const val = this.evalPipeline(dot, node.pipe);
        if (truth(val)) this.walkList(node.kind === 'with' ? val : dot, node.list);
        else if (node.elseList) this.walkList(dot, node.elseList);
        this.vars.length = mark;
        return;
      }
      case 'range':
        return this.walkRange(dot, node);
      case 'break':
        throw new Break();
      case 'continue':
        throw new Continue();
      case 'template': {
        this.at(node.pos, 'node', node);
        const body = this.tmpl.defines.get(node.name);
        if (!body) this.errorf(`template ${JSON.stringify(node.name)} not defined`);
        if (this.depth >= MAX_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_DEPTH})`);
        const newDot = node.pipe ? this.evalPipeline(dot, node.pipe) : NO_VALUE;
        const sub = new Executor(this.tmpl, this.funcs, this.missingKey, node.name, newDot, this.depth + 1);
        sub.walkList(newDot, body);
        this.out += sub.out;
      }
    }
  }

  private walkRange(dot: unknown, node: BranchNode): void {
    this.at(node.pos, 'node', node);
    const mark = this.vars.length;
    const val = this.evalPipeline(dot, node.pipe);
    const afterDecl = this.vars.length;
    const items = rangeItems(val) ?? this.errorf(`range can't iterate over ${printValue(val)}`);
    const decls = node.pipe.decl.length;
    for (const [key, elem] of items) {
      if (decls > 0) this.vars[this.vars.length - 1]!.value = elem;
      if (decls > 1) this.vars[this.vars.length - 2]!.value = key;
      try {
        this.walkList(elem, node.list);
      } catch (e) {
        if (e instanceof Break) break;
        if (!(e instanceof Continue)) throw e;
      } finally {
        this.vars.length = afterDecl;
      }
    }
    if (items.length === 0 && node.elseList) this.walkList(dot, node.elseList);
    this.vars.length = mark;
  }
}
