/**
 * The syntax tree of a shell input. Plain data (functions are stored in shell state as AST, and a
 * snapshot of that state must survive JSON), built by parser.ts from lexer.ts tokens.
 */

/** One piece of a word, before expansion. */
export type WordPart =
  /** Unquoted text: subject to field splitting (only when produced by expansion) and globbing. */
  | { k: 'lit'; v: string }
  /** Quoted text ('…', $'…', or a backslash-escaped character): taken literally. */
  | { k: 'sq'; v: string }
  /** "…": the parts inside are expanded but never split or globbed. */
  | { k: 'dq'; parts: WordPart[] }
  | ParamPart
  /** $(…) or `…`: `body` is the parsed command list. */
  | { k: 'cmd'; src: string; body: List }
  /** $((…)): expanded (parameters, substitutions), then evaluated as arithmetic. */
  | { k: 'arith'; expr: WordPart[] }
  /** Leading ~ or ~user (only recognised unquoted at the start of a word or after `=`/`:` in assignments). */
  | { k: 'tilde'; user: string };

export type ParamOp =
  | ':-' | '-' | ':=' | '=' | ':+' | '+' | ':?' | '?'
  | '#' | '##' | '%' | '%%' | '/' | '//' | '/#' | '/%'
  | '^' | '^^' | ',' | ',,' | ':';

export interface ParamPart {
  k: 'param';
  name: string;
  /** ${#name} */
  length?: boolean;
  op?: ParamOp;
  /** The word after the operator (default value, pattern, offset…). */
  arg?: WordPart[];
  /** Second operand: replacement for `/`, length for `:`. */
  arg2?: WordPart[];
  /** Unparseable `${…}` text: expanding it is a `bad substitution` error, as in bash. */
  bad?: string;
  /** Array subscript: `${a[1]}`, `${a[@]}` (the word `@` or `*`), `${a[$i+1]}` (arithmetic). */
  index?: WordPart[];
  /** `${!a[@]}`: the array's indices. */
  keys?: boolean;
  /** `${!name}`: the variable named by name's value. */
  indirect?: boolean;
}

export type Word = WordPart[];

export interface Assign {
  name: string;
  value: Word;
  append: boolean;
  /** `name[i]=value` */
  index?: Word;
  /** `name=(a b c)`: the elements (expanded with splitting and globbing). */
  array?: Word[];
}

export type RedirOp = '>' | '>>' | '<' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<<-' | '<<<' | '>|' | '<>';

export interface Redir {
  /** Explicit fd (`2>`), or null for the operator's default. */
  fd: number | null;
  op: RedirOp;
  /** File name / fd word / here-string; for heredocs, the body. */
  target: Word;
  /** Heredoc: the body was quoted (`<<'EOF'`), so it is taken literally. */
  literal?: boolean;
}

export interface SimpleCommand {
  k: 'simple';
  assigns: Assign[];
  words: Word[];
  redirs: Redir[];
  line: number;
}

export interface IfCommand {
  k: 'if';
  clauses: { cond: List; body: List }[];
  otherwise: List | null;
  redirs: Redir[];
}

export interface ForCommand {
  k: 'for';
  name: string;
  /** null: `for x; do` iterates over "$@". */
  items: Word[] | null;
  body: List;
  redirs: Redir[];
}

export interface WhileCommand {
  k: 'while';
  until: boolean;
  cond: List;
  body: List;
  redirs: Redir[];
  /** C-style `for ((init; cond; step))`: run once before the loop (step is the body's last item). */
  init?: AndOr;
}

export interface CaseCommand {
  k: 'case';
  subject: Word;
  /** `;&` falls into the next body; `;;&` goes on testing the next patterns. */
  items: { patterns: Word[]; body: List; fallthrough: boolean; testNext?: boolean }[];
  redirs: Redir[];
}

export interface GroupCommand {
  k: 'group' | 'subshell';
  body: List;
  redirs: Redir[];
}

export interface ArithCommand {
  k: 'arith';
  expr: Word;
  redirs: Redir[];
}

/** `[[ … ]]`: words kept unexpanded; evaluated by the test builtin in [[ mode. */
export interface CondCommand {
  k: 'cond';
  words: Word[];
  redirs: Redir[];
}

export interface FunctionDef {
  k: 'func';
  name: string;
  body: Command;
}

export type Command =
  | SimpleCommand
  | IfCommand
  | ForCommand
  | WhileCommand
  | CaseCommand
  | GroupCommand
  | ArithCommand
  | CondCommand
  | FunctionDef;

export interface Pipeline {
  negate: boolean;
  cmds: Command[];
  /** `time [-p] pipeline`: report how long it took (`posix` for -p). */
  timed?: 'bash' | 'posix';
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
  /** Terminated by `&`. */
  background: boolean;
}

export type List = AndOr[];
