/**
 * Executing a parsed Go template over JS data with Go's semantics: pipelines (the previous
 * result becomes the last argument), variables and scoping, if/with/range/else/break/continue,
 * {{template}}, field chains and methods, argument type checks, and Go's error texts with
 * location and context: `template: :1:2: executing "" at <.Foo>: can't evaluate field Foo …`.
 */
import { type ArgNode, argString, type BranchNode, type CommandNode, type ListNode, type Node, type PipeNode } from './ast';
import { anyParams, isExported, type Src, srcText } from './exec-support';
import { checkArgKind, KIND_NAMES } from './arg-kinds';
import type { FuncMap, ParamKind, TemplateFunc } from './funcs';
import { type ParsedTemplate, TemplateError } from './parser';
import { goTypeOf, isGoMap, mapGet, mapKeys, NIL_PTR, NO_VALUE, printValue, structType, truth } from './values';

export type MissingKey = 'default' | 'zero' | 'error';
const NO_FINAL = Symbol('missingVal');
const MAX_DEPTH = 200;

class Break {}
class Continue {}

export class Executor {
  out = '';
  private node: { pos: number; src: Src } | undefined;
  private vars: { name: string; value: unknown }[];
  private readonly root: unknown;

  constructor(
    private readonly tmpl: ParsedTemplate,
    private readonly funcs: FuncMap,
    private readonly missingKey: MissingKey,
    private readonly execName: string,
    dot: unknown,
    private readonly depth = 0,
  ) {
    this.vars = [{ name: '$', value: dot }];
    this.root = dot;
  }

  private at(pos: number, src: Src): void {
    this.node = { pos, src };
  }

  errorf(message: string): never {
    if (!this.node) throw new TemplateError(`template: ${this.tmpl.name}: ${message}`);
    const before = this.tmpl.text.slice(0, this.node.pos);
    const nl = before.lastIndexOf('\n');
    const col = nl < 0 ? this.node.pos : this.node.pos - (nl + 1);
    const line = before.split('\n').length;
    const text = srcText(this.node.src);
    const runes = [...text];
    const context = runes.length > 20 ? runes.slice(0, 20).join('') + '...' : text;
    throw new TemplateError(`template: ${this.tmpl.name}:${line}:${col}: executing ${JSON.stringify(this.execName)} at <${context}>: ${message}`);
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
        this.at(node.pos, { is: 'node', n: node });
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
    this.at(node.pos, { is: 'node', n: node });
    const mark = this.vars.length;
    const val = this.evalPipeline(dot, node.pipe);
    const afterDecl = this.vars.length;
    const items: [unknown, unknown][] = [];
    if (Array.isArray(val)) val.forEach((v, i) => items.push([i, v]));
    else if (isGoMap(val)) for (const k of mapKeys(val)) items.push([k, mapGet(val, k)]);
    else if (typeof val === 'number' && Number.isInteger(val)) for (let i = 0; i < val; i++) items.push([i, i]);
    else if (val !== NO_VALUE && val !== null && val !== undefined) this.errorf(`range can't iterate over ${printValue(val)}`);
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

  evalPipeline(dot: unknown, pipe: PipeNode): unknown {
    this.at(pipe.pos, { is: 'arg', n: pipe });
    let value: unknown = NO_FINAL;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      // Go digs into interface{} results: a nil from a map or slice becomes "no value".
      if (value === null || value === undefined) value = NO_VALUE;
    }
    for (const d of pipe.decl) {
      if (pipe.isAssign) {
        const v = this.lookupVar(d.name);
        if (!v) this.errorf(`undefined variable: ${d.name}`);
        v.value = value;
      } else this.vars.push({ name: d.name, value });
    }
    return value;
  }

  private notAFunction(args: readonly ArgNode[], final: unknown): void {
    if (args.length > 1 || final !== NO_FINAL) this.errorf(`can't give argument to non-function ${argString(args[0]!)}`);
  }

  private evalCommand(dot: unknown, cmd: CommandNode, final: unknown): unknown {
    const first = cmd.args[0]!;
    switch (first.kind) {
      case 'field':
        this.at(first.pos, { is: 'arg', n: first });
        return this.evalFieldChain(dot, dot, first.ident, cmd.args, final);
      case 'chain':
        return this.evalChain(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, { pos: cmd.pos, src: { is: 'cmd', n: cmd } }, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariable(dot, first, cmd.args, final);
    }
    this.at(first.pos, { is: 'arg', n: first });
    this.notAFunction(cmd.args, final);
    switch (first.kind) {
      case 'bool':
        return first.value;
      case 'dot':
        return dot;
      case 'nil':
        return this.errorf('nil is not a command');
      case 'number':
        return first.value;
      case 'string':
        return first.text;
    }
  }

  private evalChain(dot: unknown, chain: Extract<ArgNode, { kind: 'chain' }>, args: readonly ArgNode[], final: unknown): unknown {
    this.at(chain.pos, { is: 'arg', n: chain });
    if (chain.node.kind === 'nil') this.errorf(`indirection through explicit nil in ${argString(chain)}`);
    const receiver = this.evalArg(dot, 'value', chain.node);
    return this.evalFieldChain(dot, receiver, chain.field, args, final);
  }

  private evalVariable(dot: unknown, v: Extract<ArgNode, { kind: 'variable' }>, args: readonly ArgNode[], final: unknown): unknown {
    this.at(v.pos, { is: 'arg', n: v });
    const found = this.lookupVar(v.ident[0]!);
    if (!found) this.errorf(`undefined variable: ${v.ident[0]}`);
    if (v.ident.length === 1) {
      this.notAFunction(args, final);
      return found.value;
    }
    return this.evalFieldChain(dot, found.value, v.ident.slice(1), args, final);
  }

  /** The innermost variable called `name`. */
  private lookupVar(name: string): { name: string; value: unknown } | undefined {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i]!.name === name) return this.vars[i];
    return undefined;
  }

  private evalFieldChain(dot: unknown, receiver: unknown, ident: readonly string[], args: readonly ArgNode[], final: unknown): unknown {
    for (let i = 0; i < ident.length - 1; i++) receiver = this.evalField(dot, ident[i]!, [], NO_FINAL, receiver);
    return this.evalField(dot, ident[ident.length - 1]!, args, final, receiver);
  }

  private evalField(dot: unknown, name: string, args: readonly ArgNode[], final: unknown, receiver: unknown): unknown {
    if (receiver === NO_VALUE) {
      if (this.missingKey === 'error') this.errorf(`nil data; no entry for key ${JSON.stringify(name)}`);
      return NO_VALUE;
    }
    if (receiver === null || receiver === undefined || receiver === NIL_PTR) this.errorf(`nil pointer evaluating interface {}.${name}`);
    const hasArgs = args.length > 1 || final !== NO_FINAL;
    if (typeof receiver === 'object' && !Array.isArray(receiver)) {
      const prop = (receiver as Record<string, unknown>)[name];
      // Methods: functions on objects; on Map subclasses only Go-style exported names (`Label`).
      if (typeof prop === 'function' && (!(receiver instanceof Map) || isExported(name))) {
        if (prop.length === 0 && !hasArgs) return this.callMethod(prop as () => unknown, receiver, name);
        const method: TemplateFunc = { params: anyParams(prop.length), fn: (...a) => (prop as (...x: unknown[]) => unknown).apply(receiver, a) };
        return this.evalCall(dot, method, name, args.slice(1), final, this.node);
      }
      if (isGoMap(receiver)) {
        if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
        const v = mapGet(receiver, name);
        if (v !== NO_VALUE) return v;
        if (this.missingKey === 'error') this.errorf(`map has no entry for key ${JSON.stringify(name)}`);
        return this.missingKey === 'zero' ? null : NO_VALUE;
      }
      if (structType(receiver) !== undefined && name in receiver) {
        if (hasArgs) this.errorf(`${name} has arguments but cannot be invoked as function`);
        return prop ?? NIL_PTR;
      }
    }
    // Values taken out of maps and slices have Go's static type interface {}.
    const typed = structType(receiver) !== undefined || receiver === this.root;
    return this.errorf(`can't evaluate field ${name} in type ${typed ? goTypeOf(receiver) : 'interface {}'}`);
  }

  /** A method without arguments (a formatter context's field): what evalCall does, minus the checks. */
  private callMethod(method: () => unknown, receiver: unknown, name: string): unknown {
    try {
      return method.call(receiver);
    } catch (e) {
      if (e instanceof TemplateError) throw e;
      return this.errorf(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** `cmd` is where `error calling …` points: the whole command, or the identifier used as an argument. */
  private evalFunction(dot: unknown, node: Extract<ArgNode, { kind: 'identifier' }>, cmd: { pos: number; src: Src }, args: readonly ArgNode[], final: unknown): unknown {
    this.at(node.pos, { is: 'text', n: node.name });
    const fn = this.funcs[node.name];
    if (!fn) this.errorf(`${JSON.stringify(node.name)} is not a defined function`);
    return this.evalCall(dot, fn, node.name, args.slice(1), final, cmd);
  }

  private evalCall(dot: unknown, fn: TemplateFunc, name: string, args: readonly ArgNode[], final: unknown, where?: { pos: number; src: Src }): unknown {
    const numIn = args.length + (final !== NO_FINAL ? 1 : 0);
    const fixed = fn.params.length;
    if (fn.variadic) {
      if (numIn < fixed) this.errorf(`wrong number of args for ${name}: want at least ${fixed} got ${args.length}`);
    } else if (numIn !== fixed) this.errorf(`wrong number of args for ${name}: want ${fixed} got ${numIn}`);
    const kindAt = (i: number): ParamKind => (i < fixed ? fn.params[i]! : fn.variadic!);
    if (fn.variadic && (name === 'and' || name === 'or') && fn === this.funcs[name]) {
      let v: unknown = NO_VALUE;
      for (const a of args) {
        v = this.evalArg(dot, 'value', a);
        if (truth(v) === (name === 'or')) return v;
      }
      return final !== NO_FINAL ? final : v;
    }
    const argv = args.map((a, i) => this.evalArg(dot, kindAt(i), a));
    if (final !== NO_FINAL) argv.push(this.validate(final, kindAt(args.length)));
    try {
      return fn.fn(...argv);
    } catch (e) {
      if (e instanceof TemplateError) throw e;
      if (where) this.at(where.pos, where.src);
      return this.errorf(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private validate(v: unknown, kind: ParamKind): unknown {
    const checked = checkArgKind(v, kind);
    return 'error' in checked ? this.errorf(checked.error) : checked.value;
  }


  private evalArg(dot: unknown, kind: ParamKind, n: ArgNode): unknown {
    this.at(n.pos, { is: 'arg', n });
    switch (n.kind) {
      case 'dot':
        return this.validate(dot, kind);
      case 'nil':
        if (kind === 'value') return NO_VALUE;
        if (kind === 'any' || kind === 'strings') return null;
        return this.errorf(`cannot assign nil to ${KIND_NAMES[kind]}`);
      case 'field':
        return this.validate(this.evalFieldChain(dot, dot, n.ident, [n], NO_FINAL), kind);
      case 'variable':
        return this.validate(this.evalVariable(dot, n, [n], NO_FINAL), kind);
      case 'pipe':
        return this.validate(this.evalPipeline(dot, n), kind);
      case 'identifier':
        return this.validate(this.evalFunction(dot, n, { pos: n.pos, src: { is: 'text', n: n.name } }, [n], NO_FINAL), kind);
      case 'chain':
        return this.validate(this.evalChain(dot, n, [], NO_FINAL), kind);
    }
    const literal = n.kind === 'string' ? n.text : n.value;
    if (kind === 'value' || kind === 'any') return literal;
    if (kind === 'string' && n.kind === 'string') return literal;
    if (kind === 'int' && n.kind === 'number' && n.isInt) return literal;
    if (kind === 'string') return this.errorf(`expected string; found ${argString(n)}`);
    if (kind === 'int') return this.errorf(`expected integer; found ${argString(n)}`);
    return this.errorf(`can't handle ${argString(n)} for arg of type []string`);
  }
}
