/**
 * Parser for Go's text/template (if/else if/with/range/break/continue/define/template/block,
 * pipelines, variables, parenthesised pipelines, field chains) with Go's parse errors:
 * `template: :1: function "foo" not defined`, `unexpected "}" in operand`, `unexpected EOF`…
 */
import { type ArgNode, argString, type CommandNode, type ListNode, type Node, nodeString, type PipeNode } from './ast';
import type { Token } from './lexer';
import { TemplateError, TokenCursor } from './token-cursor';
import { parseNumberToken, unquoteGo } from './literals';

export interface ParsedTemplate {
  readonly name: string;
  readonly text: string;
  readonly root: ListNode;
  /** `{{define "x"}}` and `{{block "x"}}` bodies. */
  readonly defines: Map<string, ListNode>;
}

type Control = 'end' | 'else';

class Parser extends TokenCursor {
  private vars: string[] = ['$'];
  private rangeDepth = 0;
  readonly defines = new Map<string, ListNode>();

  constructor(
    name: string,
    text: string,
    private readonly hasFunction: (name: string) => boolean,
  ) {
    super(name, text);
  }

  parse(): ListNode {
    const root: ListNode = { kind: 'list', pos: this.peek().pos, nodes: [] };
    while (this.peek().type !== 'eof') {
      if (this.peek().type === 'leftDelim') {
        const saved = this.i;
        this.next();
        if (this.nextNonSpace().type === 'define') {
          this.definition();
          continue;
        }
        this.i = saved;
      }
      const n = this.textOrAction();
      if (typeof n === 'string') this.errorf(`unexpected {{${n}}}`);
      root.nodes.push(n);
    }
    return root;
  }

  definition(): void {
    const nameTok = this.nextNonSpace();
    const name = this.templateName(nameTok, 'define clause');
    this.expect('rightDelim', 'define clause');
    const [list, end] = this.itemList();
    if (end !== 'end') this.errorf(`unexpected {{${end}}} in define clause`);
    this.defines.set(name, list);
  }

  templateName(t: Token, context: string): string {
    if (t.type === 'string' || t.type === 'rawString') return this.unquote(t);
    this.unexpected(t, context);
  }

  unquote(t: Token): string {
    try {
      return unquoteGo(t.val);
    } catch {
      this.errorf('invalid syntax');
    }
  }

  itemList(): [ListNode, Control] {
    const list: ListNode = { kind: 'list', pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().type !== 'eof') {
      const n = this.textOrAction();
      if (typeof n === 'string') return [list, n];
      list.nodes.push(n);
    }
    this.errorf('unexpected EOF');
  }

  textOrAction(): Node | Control {
    const t = this.nextNonSpace();
    if (t.type === 'text') return { kind: 'text', pos: t.pos, text: t.val };
    if (t.type === 'leftDelim') {
      this.actionLine = this.line(t.pos);
      try {
        return this.action();
      } finally {
        this.actionLine = 0;
      }
    }
    this.unexpected(t, 'input');
  }

  action(): Node | Control {
    const t = this.nextNonSpace();
    switch (t.type) {
      case 'block': {
        const nameTok = this.nextNonSpace();
        const name = this.templateName(nameTok, 'block clause');
        const pipe = this.pipeline('block clause', 'rightDelim');
        const [list, end] = this.itemList();
        if (end !== 'end') this.errorf(`unexpected {{${end}}} in block clause`);
        this.defines.set(name, list);
        return { kind: 'template', pos: nameTok.pos, line: this.line(nameTok.pos), name, pipe };
      }
      case 'break':
      case 'continue': {
        const after = this.nextNonSpace();
        if (after.type !== 'rightDelim') this.unexpected(after, `{{${t.type}}}`);
        if (this.rangeDepth === 0) this.errorf(`{{${t.type}}} outside {{range}}`);
        return { kind: t.type, pos: t.pos, line: this.line(t.pos) };
      }
      case 'else':
        if (this.peekNonSpace().type === 'if') return 'else';
        this.expect('rightDelim', 'else');
        return 'else';
      case 'end':
        this.expect('rightDelim', 'end');
        return 'end';
      case 'if':
      case 'range':
      case 'with':
        return this.control(t.type);
      case 'template': {
        const nameTok = this.nextNonSpace();
        const name = this.templateName(nameTok, 'template clause');
        let pipe: PipeNode | undefined;
        if (this.nextNonSpace().type !== 'rightDelim') {
          this.backup();
          pipe = this.pipeline('template clause', 'rightDelim');
        }
        return { kind: 'template', pos: nameTok.pos, line: this.line(nameTok.pos), name, pipe };
      }
    }
    this.backup();
    const start = this.peek();
    return { kind: 'action', pos: start.pos, line: this.line(start.pos), pipe: this.pipeline('command', 'rightDelim') };
  }

  control(kind: 'if' | 'range' | 'with'): Node {
    const saved = this.vars.length;
    const pipe = this.pipeline(kind, 'rightDelim');
    if (kind === 'range') this.rangeDepth++;
    const [list, next] = this.itemList();
    if (kind === 'range') this.rangeDepth--;
    let elseList: ListNode | undefined;
    if (next === 'else') {
      if (kind === 'if' && this.peek().type === 'if') {
        const ifTok = this.next();
        elseList = { kind: 'list', pos: ifTok.pos, nodes: [this.control('if')] };
      } else {
        const [l, end] = this.itemList();
        if (end !== 'end') this.errorf(`expected end; found {{${end}}}`);
        elseList = l;
      }
    }
    this.vars.length = saved;
    return { kind, pos: pipe.pos, line: pipe.line, pipe, list, elseList };
  }

  pipeline(context: string, end: 'rightDelim' | 'rightParen'): PipeNode {
    const first = this.peekNonSpace();
    const pipe: PipeNode = { kind: 'pipe', pos: first.pos, line: this.line(first.pos), isAssign: false, decl: [], cmds: [] };
    for (;;) {
      const v = this.peekNonSpace();
      if (v.type !== 'variable') break;
      this.nextNonSpace();
      const afterVar = this.peek();
      const next = this.peekNonSpace();
      if (next.type === 'assign' || next.type === 'declare') {
        pipe.isAssign = next.type === 'assign';
        this.nextNonSpace();
        pipe.decl.push({ pos: v.pos, name: v.val });
        this.vars.push(v.val);
        break;
      }
      if (next.type === 'char' && next.val === ',') {
        this.nextNonSpace();
        pipe.decl.push({ pos: v.pos, name: v.val });
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const p = this.peekNonSpace().type;
          if (p === 'variable' || p === 'rightDelim' || p === 'rightParen') continue;
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      }
      this.backup(afterVar.type === 'space' ? 2 : 1);
      break;
    }
    for (;;) {
      const t = this.nextNonSpace();
      if (t.type === end) {
        if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
        pipe.cmds.slice(1).forEach((c, i) => {
          if (['bool', 'dot', 'nil', 'number', 'string'].includes(c.args[0]!.kind)) this.errorf(`non executable command in pipeline stage ${i + 2}`);
        });
        return pipe;
      }
      if (['bool', 'charConstant', 'complex', 'dot', 'field', 'identifier', 'number', 'nil', 'rawString', 'string', 'variable', 'leftParen'].includes(t.type)) {
        this.backup();
        pipe.cmds.push(this.command());
      } else this.unexpected(t, context);
    }
  }

  command(): CommandNode {
    const cmd: CommandNode = { kind: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const t = this.next();
      if (t.type === 'space') continue;
      if (t.type === 'rightDelim' || t.type === 'rightParen') this.backup();
      else if (t.type !== 'pipe') this.unexpected(t, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  operand(): ArgNode | undefined {
    const node = this.term();
    if (!node || this.peek().type !== 'field') return node;
    const pos = this.peek().pos;
    const fields: string[] = [];
    while (this.peek().type === 'field') fields.push(this.next().val.slice(1));
    if (node.kind === 'field') return { kind: 'field', pos, ident: [...node.ident, ...fields] };
    if (node.kind === 'variable') return { kind: 'variable', pos, ident: [...node.ident, ...fields] };
    if (['bool', 'string', 'number', 'nil', 'dot'].includes(node.kind)) this.errorf(`unexpected . after term ${JSON.stringify(argString(node))}`);
    return { kind: 'chain', pos, node, field: fields };
  }

  term(): ArgNode | undefined {
    const t = this.nextNonSpace();
    switch (t.type) {
      case 'identifier':
        if (!this.hasFunction(t.val)) this.errorf(`function ${JSON.stringify(t.val)} not defined`);
        return { kind: 'identifier', pos: t.pos, name: t.val };
      case 'dot':
        return { kind: 'dot', pos: t.pos };
      case 'nil':
        return { kind: 'nil', pos: t.pos };
      case 'variable': {
        const ident = t.val.split('.');
        if (!this.vars.includes(ident[0]!)) this.errorf(`undefined variable ${JSON.stringify(ident[0])}`);
        return { kind: 'variable', pos: t.pos, ident };
      }
      case 'field':
        return { kind: 'field', pos: t.pos, ident: t.val.slice(1).split('.') };
      case 'bool':
        return { kind: 'bool', pos: t.pos, value: t.val === 'true' };
      case 'number':
      case 'charConstant':
      case 'complex':
        return this.number(t);
      case 'leftParen':
        return this.pipeline('parenthesized pipeline', 'rightParen');
      case 'string':
      case 'rawString':
        return { kind: 'string', pos: t.pos, quoted: t.val, text: this.unquote(t) };
    }
    this.backup();
    return undefined;
  }

  number(t: Token): ArgNode {
    try {
      return { kind: 'number', pos: t.pos, text: t.val, ...parseNumberToken(t) };
    } catch {
      this.errorf(`illegal number syntax: ${JSON.stringify(t.val)}`);
    }
  }

}

/** Parse a template; `hasFunction` tells which identifiers are functions (Go checks at parse time). */
export function parseTemplate(text: string, hasFunction: (name: string) => boolean, name = ''): ParsedTemplate {
  const p = new Parser(name, text, hasFunction);
  const root = p.parse();
  return { name, text, root, defines: p.defines };
}

export { nodeString, TemplateError };
