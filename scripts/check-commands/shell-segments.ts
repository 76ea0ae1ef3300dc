/**
 * Shell text → the docker / kubectl / docker-compose commands in it, ready to be judged by a real
 * client without a daemon: heredoc bodies and comments dropped, `\` continuations joined, lists and
 * pipelines split (`&&`, `||`, `;`, `|`, `&`), command substitutions judged on their own and replaced
 * by a placeholder word, variables and `<placeholder>` words replaced, redirections removed (so nothing
 * is written anywhere when the line is run).
 */

/** A command found in a script: its text and the script line (0-based) it starts on. */
export interface Segment {
  text: string;
  line: number;
  /** The line carried the `# check-commands: invalid` marker. */
  expectInvalid: boolean;
}

export const INVALID_MARKER = 'check-commands: invalid';
export const PLACEHOLDER = 'placeholder';
/** What a variable after `@` stands for (`nginx@$DIGEST`). */
const DIGEST = `sha256:${'0'.repeat(64)}`;
const TOOLS = new Set(['docker', 'kubectl', 'docker-compose']);
const PREFIXES = new Set(['sudo', 'time', 'exec', 'command', '!', 'nohup']);

interface Logical {
  text: string;
  line: number;
}

/** Lines of a script with heredoc bodies removed and `\` continuations joined. */
function logicalLines(script: string): Logical[] {
  const out: Logical[] = [];
  const lines = script.replace(/\r\n?/g, '\n').split('\n');
  let heredoc: string | null = null;
  let pending: Logical | null = null;
  lines.forEach((raw, i) => {
    if (heredoc !== null) {
      if (raw.trim() === heredoc) heredoc = null;
      return;
    }
    const here = /<<-?\s*(['"]?)([A-Za-z_][\w-]*)\1/.exec(raw);
    let text = raw;
    if (here) {
      heredoc = here[2]!;
      text = raw.replace(here[0], '');
    }
    const current: Logical = pending ? { text: `${pending.text} ${text.trim()}`, line: pending.line } : { text, line: i };
    if (/\\$/.test(text) && heredoc === null) pending = { text: current.text.replace(/\\$/, ''), line: current.line };
    else {
      pending = null;
      out.push(current);
    }
  });
  if (pending) out.push(pending);
  return out;
}

/** Read a `$( … )` starting at `i` (pointing at `$`); returns the inner text and the index after `)`. */
function readSubstitution(s: string, i: number): { inner: string; end: number } {
  let depth = 0;
  let quote: string | null = null;
  for (let j = i + 1; j < s.length; j++) {
    const c = s[j]!;
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return { inner: s.slice(i + 2, j), end: j + 1 };
  }
  return { inner: s.slice(i + 2), end: s.length };
}

interface Split {
  parts: string[];
  nested: string[];
  marker: boolean;
}

/**
 * One logical line → its simple commands with substitutions, variables, redirections and comments
 * rewritten; the substitutions' own texts are returned in `nested`.
 */
function splitLine(line: string): Split {
  const parts: string[] = [];
  const nested: string[] = [];
  let cur = '';
  let quote: string | null = null;
  let marker = false;
  const s = line.replace(/<([A-Za-z][\w.:/-]*)>/g, PLACEHOLDER);
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const next = s[i + 1];
    if (quote === "'") {
      cur += c;
      if (c === "'") quote = null;
      continue;
    }
    if (c === '\\' && next !== undefined) {
      cur += c + next;
      i++;
      continue;
    }
    if (c === '$' && next === '(' && s[i + 2] !== '(') {
      const sub = readSubstitution(s, i);
      nested.push(sub.inner);
      cur += PLACEHOLDER;
      i = sub.end - 1;
      continue;
    }
    if (c === '`') {
      const end = s.indexOf('`', i + 1);
      nested.push(s.slice(i + 1, end < 0 ? s.length : end));
      cur += PLACEHOLDER;
      i = end < 0 ? s.length : end;
      continue;
    }
    if (c === '$' && next !== undefined && /[A-Za-z_{]/.test(next)) {
      const m = /^\$(?:\{[^}]*\}|[A-Za-z_]\w*)/.exec(s.slice(i))!;
      cur += cur.endsWith('@') ? DIGEST : PLACEHOLDER;
      i += m[0].length - 1;
      continue;
    }
    if (quote === '"') {
      cur += c;
      if (c === '"') quote = null;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      cur += c;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(s[i - 1]!))) {
      marker = s.slice(i).includes(INVALID_MARKER);
      break;
    }
    if (c === ';' || c === '|' || c === '&') {
      if ((c === '&' && next === '>') || (c === '&' && s[i - 1] === '>')) continue;
      parts.push(cur);
      cur = '';
      if ((c === '|' || c === '&') && next === c) i++;
      continue;
    }
    if (c === '>' || c === '<') {
      if (/\d$/.test(cur) && /\s\d$|^\d$/.test(cur)) cur = cur.slice(0, -1);
      let j = i + 1;
      if (s[j] === c) j++;
      if (s[j] === '&') j++;
      while (s[j] === ' ') j++;
      while (j < s.length && !/[\s;|&]/.test(s[j]!)) j++;
      i = j - 1;
      continue;
    }
    cur += c;
  }
  parts.push(cur);
  return { parts, nested, marker };
}

/** The tool command in a simple command (`FOO=1 sudo docker ps` → `docker ps`), or null. */
function toolCommand(part: string): string | null {
  const words = part.trim().split(/\s+/);
  let k = 0;
  while (k < words.length && (/^[A-Za-z_]\w*=/.test(words[k]!) || PREFIXES.has(words[k]!))) k++;
  const tool = words[k];
  if (!tool || !TOOLS.has(tool)) return null;
  return words.slice(k).join(' ');
}

/** Every docker / kubectl / docker-compose command of a script, in order. */
export function toolSegments(script: string): Segment[] {
  const found: Segment[] = [];
  const visit = (text: string, line: number, inherited: boolean) => {
    const { parts, nested, marker } = splitLine(text);
    const expectInvalid = inherited || marker;
    for (const part of parts) {
      const cmd = toolCommand(part);
      if (cmd) found.push({ text: cmd, line, expectInvalid });
    }
    for (const inner of nested) visit(inner, line, expectInvalid);
  };
  for (const l of logicalLines(script)) visit(l.text, l.line, false);
  return found;
}
