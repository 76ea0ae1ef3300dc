/**
 * The first parsing pass (BuildKit's parser.Parse): parser directives (`# syntax=`, `# escape=`,
 * `# check=`), comments, line continuations with the escape token, empty continuation lines
 * (a warning), heredoc bodies, and one AST node per instruction with its source lines.
 */
import { DockerfileError, lineRanges } from './errors';
import { heredocsFromLine, type Heredoc } from './heredoc';
import {
  parseHealthConfig,
  parseMaybeJSON,
  parseMaybeJSONToList,
  parseNameOrNameVal,
  parseNameVal,
  parseString,
  parseStringsWhitespaceDelimited,
  type ParsedArgs,
} from './line-parsers';
import { splitCommand, trimLeftSpace } from './split';

export interface AstNode {
  /** The instruction word as written (`RUN`, `run`, `RUNN`). */
  value: string;
  /** The whole logical line (continuations joined). */
  original: string;
  flags: string[];
  args: string[];
  json: boolean;
  /** ONBUILD's trigger instruction. */
  sub?: AstNode;
  heredocs: Heredoc[];
  startLine: number;
  endLine: number;
  /** Comment lines right above the instruction (`# check=…`, descriptions). */
  comments: string[];
}

export interface Directive {
  name: 'syntax' | 'escape' | 'check';
  value: string;
  line: number;
}

export interface ParseWarning {
  /** Rule name, e.g. `NoEmptyContinuation`. */
  rule: string;
  message: string;
  line: number;
}

export interface Ast {
  nodes: AstNode[];
  escape: string;
  directives: Directive[];
  warnings: ParseWarning[];
}

const RE_DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const HEREDOC_INSTRUCTIONS = new Set(['add', 'copy', 'run']);

class DirectiveParser {
  private done = false;
  private readonly seen = new Set<string>();
  line = 0;
  parse(line: string): Directive | null {
    this.line++;
    if (this.done) return null;
    if (!line.startsWith('#')) {
      this.done = true;
      return null;
    }
    const m = RE_DIRECTIVE.exec(trimLeftSpace(line.slice(1)));
    const name = m?.[1]?.toLowerCase();
    if (!m || (name !== 'syntax' && name !== 'escape' && name !== 'check')) {
      this.done = true;
      return null;
    }
    if (this.seen.has(name)) throw new DockerfileError(`only one ${name} parser directive can be used`);
    this.seen.add(name);
    return { name, value: m[2]!, line: this.line };
  }
}

function continuationRegex(escape: string): RegExp {
  const e = '\\' + escape;
  return new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
}

const trimNewline = (s: string) => s.replace(/[\r\n]+$/, '');
const isComment = (s: string) => trimLeftSpace(s).startsWith('#');

/** Split into lines that keep their `\n` (Go's bufio scanner variant BuildKit uses). */
function scanLines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl + 1;
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

function dispatchArgs(cmd: string, rest: string, escape: string): ParsedArgs {
  switch (cmd.toLowerCase()) {
    case 'add':
    case 'copy':
    case 'volume':
      return parseMaybeJSONToList(rest);
    case 'arg':
      return parseNameOrNameVal(rest, escape);
    case 'cmd':
    case 'entrypoint':
    case 'run':
    case 'shell':
      return parseMaybeJSON(rest);
    case 'env':
      return parseNameVal(rest, 'ENV', escape);
    case 'label':
      return parseNameVal(rest, 'LABEL', escape);
    case 'expose':
    case 'from':
      return parseStringsWhitespaceDelimited(rest);
    case 'healthcheck':
      return parseHealthConfig(rest);
    case 'maintainer':
    case 'stopsignal':
    case 'user':
    case 'workdir':
      return parseString(rest);
    default:
      return { args: [], json: false };
  }
}

/** One logical line → a node (BuildKit's newNodeFromLine). */
export function nodeFromLine(line: string, escape: string, comments: string[] = []): AstNode {
  const { cmd, flags, args: rest } = splitCommand(line, escape);
  const node: AstNode = { value: cmd, original: line, flags, args: [], json: false, heredocs: [], startLine: 0, endLine: 0, comments };
  if (cmd.toLowerCase() === 'onbuild') {
    if (rest !== '') node.sub = nodeFromLine(rest, escape);
    return node;
  }
  const parsed = dispatchArgs(cmd, rest, escape);
  node.args = parsed.args;
  node.json = parsed.json;
  return node;
}

function canContainHeredoc(node: AstNode): boolean {
  const target = node.value.toLowerCase() === 'onbuild' && node.sub ? node.sub : node;
  return HEREDOC_INSTRUCTIONS.has(target.value.toLowerCase()) && !target.json;
}

export function parseAst(source: string): Ast {
  const lines = scanLines(source);
  const directives: Directive[] = [];
  const warnings: ParseWarning[] = [];
  const nodes: AstNode[] = [];
  const dp = new DirectiveParser();
  let escape = '\\';
  let contRe = continuationRegex(escape);
  let comments: string[] = [];
  let i = 0;
  let currentLine = 0;

  const processLine = (raw: string, stripLeft: boolean): string => {
    let token = trimNewline(raw);
    if (stripLeft) token = trimLeftSpace(token);
    const d = dp.parse(token);
    if (d) {
      if (d.name === 'escape') {
        if (d.value !== '`' && d.value !== '\\') throw new DockerfileError(`invalid escape token '${d.value}' does not match \` or \\`);
        escape = d.value;
        contRe = continuationRegex(escape);
      }
      directives.push(d);
      comments.pop();
    }
    return isComment(token) ? '' : token;
  };
  const trimContinuation = (line: string): [string, boolean] => (contRe.test(line) ? [line.replace(contRe, '$1'), false] : [line, true]);

  while (i < lines.length) {
    let raw = lines[i++]!;
    if (currentLine === 0) raw = raw.replace(/^\ufeff/, '');
    if (isComment(raw)) {
      const c = trimLeftSpace(raw).slice(1).trim();
      if (c === '') comments = [];
      else comments.push(c);
    }
    let text: string;
    try {
      text = processLine(raw, true);
    } catch (e) {
      throw e instanceof DockerfileError ? e.at(lineRanges(currentLine, 0)) : e;
    }
    currentLine++;
    const startLine = currentLine;
    let [buf, eol] = trimContinuation(text);
    if (eol && buf === '') continue;
    let emptyContinuation = false;
    while (!eol && i < lines.length) {
      const next = lines[i++]!;
      const part = processLine(next, false);
      currentLine++;
      if (isComment(next)) continue;
      if (trimLeftSpace(trimNewline(part)) === '') {
        emptyContinuation = true;
        continue;
      }
      let piece: string;
      [piece, eol] = trimContinuation(part);
      buf += piece;
    }
    if (emptyContinuation) warnings.push({ rule: 'NoEmptyContinuation', message: 'Empty continuation line', line: currentLine });
    let node: AstNode;
    try {
      node = nodeFromLine(buf, escape, comments);
    } catch (e) {
      throw e instanceof DockerfileError ? e.at(lineRanges(startLine, currentLine)) : e;
    }
    if (canContainHeredoc(node) && buf.includes('<<')) {
      for (const h of heredocsFromLine(buf)) {
        let content = '';
        let terminated = false;
        while (i < lines.length) {
          const body = lines[i++]!;
          currentLine++;
          let candidate = trimNewline(body);
          if (h.chomp) candidate = candidate.replace(/^\t+/, '');
          if (candidate === h.name) {
            terminated = true;
            break;
          }
          content += body;
        }
        if (!terminated) throw new DockerfileError('unterminated heredoc', lineRanges(startLine, currentLine));
        node.heredocs.push({ ...h, content });
      }
    }
    node.startLine = startLine;
    node.endLine = currentLine;
    nodes.push(node);
    comments = [];
  }
  if (nodes.length === 0) throw new DockerfileError('file with no instructions', lineRanges(currentLine, 0));
  return { nodes, escape, directives, warnings };
}
