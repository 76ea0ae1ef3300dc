/** Parse tree of a Go text/template, and Go's String() of nodes (used in error contexts). */

export type ArgNode =
  | { kind: 'field'; pos: number; ident: string[] }
  | { kind: 'variable'; pos: number; ident: string[] }
  | { kind: 'identifier'; pos: number; name: string }
  | { kind: 'chain'; pos: number; node: ArgNode; field: string[] }
  | { kind: 'dot'; pos: number }
  | { kind: 'nil'; pos: number }
  | { kind: 'bool'; pos: number; value: boolean }
  | { kind: 'number'; pos: number; text: string; value: number; isInt: boolean }
  | { kind: 'string'; pos: number; quoted: string; text: string }
  | PipeNode;

export interface CommandNode {
  kind: 'command';
  pos: number;
  args: ArgNode[];
}

export interface PipeNode {
  kind: 'pipe';
  pos: number;
  line: number;
  isAssign: boolean;
  decl: { pos: number; name: string }[];
  cmds: CommandNode[];
}

/** if / with / range. */
export interface BranchNode {
  kind: 'if' | 'with' | 'range';
  pos: number;
  line: number;
  pipe: PipeNode;
  list: ListNode;
  elseList?: ListNode;
}

export type Node =
  | { kind: 'text'; pos: number; text: string }
  | { kind: 'action'; pos: number; line: number; pipe: PipeNode }
  | BranchNode
  | { kind: 'break' | 'continue'; pos: number; line: number }
  | { kind: 'template'; pos: number; line: number; name: string; pipe?: PipeNode };

export interface ListNode {
  kind: 'list';
  pos: number;
  nodes: Node[];
}

export function argString(n: ArgNode): string {
  switch (n.kind) {
    case 'field':
      return '.' + n.ident.join('.');
    case 'variable':
      return n.ident.join('.');
    case 'identifier':
      return n.name;
    case 'chain': {
      const inner = n.node.kind === 'pipe' ? `(${argString(n.node)})` : argString(n.node);
      return inner + '.' + n.field.join('.');
    }
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'bool':
      return String(n.value);
    case 'number':
      return n.text;
    case 'string':
      return n.quoted;
    case 'pipe':
      return pipeString(n);
  }
}

export function commandString(c: CommandNode): string {
  return c.args.map((a) => (a.kind === 'pipe' ? `(${argString(a)})` : argString(a))).join(' ');
}

export function pipeString(p: PipeNode): string {
  let s = '';
  if (p.decl.length > 0) s = p.decl.map((d) => d.name).join(', ') + (p.isAssign ? ' = ' : ' := ');
  return s + p.cmds.map(commandString).join(' | ');
}

/** Go's String() of statement nodes (for `{{template}}` errors and `expected end; found …`). */
export function nodeString(n: Node | CommandNode): string {
  switch (n.kind) {
    case 'text':
      return n.text;
    case 'action':
      return `{{${pipeString(n.pipe)}}}`;
    case 'command':
      return commandString(n);
    case 'break':
    case 'continue':
      return `{{${n.kind}}}`;
    case 'template':
      return `{{template "${n.name}"${n.pipe ? ' ' + pipeString(n.pipe) : ''}}}`;
    default:
      return `{{${n.kind} ${pipeString(n.pipe)}}}${listString(n.list)}${n.elseList ? '{{else}}' + listString(n.elseList) : ''}{{end}}`;
  }
}

function listString(l: ListNode): string {
  return l.nodes.map(nodeString).join('');
}
