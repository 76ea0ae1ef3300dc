/**
 * Wording of the shell's own syntax errors, per flavour and mode, checked against bash 5.2:
 *   interactive  bash: syntax error near unexpected token `|'
 *   bash -c      bash: -c: line 1: syntax error near unexpected token `|'  +  bash: -c: line 1: `| ls'
 *   script       run.sh: line 3: syntax error: unexpected end of file
 *   open quote   bash: unexpected EOF while looking for matching `"'
 * BusyBox ash (alpine `sh`): `sh: syntax error: unexpected "|"`, `sh: syntax error: unterminated quoted string`.
 */
import { IncompleteInput, ShellSyntaxError } from './errors';
import type { InterpMode } from './interp';

export function syntaxMessage(e: ShellSyntaxError | IncompleteInput, src: string, shell: 'bash' | 'sh', mode: InterpMode): string {
  if (shell === 'sh') return ashMessage(e);
  const line = e.line;
  const where = mode.kind === 'script' ? `${mode.name}: line ${line}: ` : mode.kind === 'command' ? `bash: -c: line ${line}: ` : 'bash: ';
  if (e instanceof IncompleteInput) {
    if (e.open === 'eof' || e.open === 'heredoc') {
      const eofLine = src.split('\n').length + (src.endsWith('\n') ? 0 : 1);
      const at = mode.kind === 'script' ? `${mode.name}: line ${eofLine}: ` : mode.kind === 'command' ? `bash: -c: line ${eofLine}: ` : 'bash: ';
      return `${at}syntax error: unexpected end of file\n`;
    }
    return `${where}unexpected EOF while looking for matching \`${e.open}'\n`;
  }
  const head = `${where}syntax error near unexpected token \`${e.token}'\n`;
  if (mode.kind === 'interactive') return head;
  const text = src.split('\n')[line - 1] ?? '';
  return `${head}${where}\`${text}'\n`;
}

function ashMessage(e: ShellSyntaxError | IncompleteInput): string {
  if (e instanceof IncompleteInput) {
    if (e.open === '"' || e.open === "'" || e.open === '`') return 'sh: syntax error: unterminated quoted string\n';
    if (e.open === ')' ) return 'sh: syntax error: unexpected end of file (expecting ")")\n';
    return 'sh: syntax error: unexpected end of file\n';
  }
  const tok = e.token === 'newline' ? 'newline' : `"${e.token}"`;
  return `sh: syntax error: unexpected ${tok}\n`;
}

/** `bash: foo: command not found` / `sh: foo: not found`. */
export function notFound(prefix: string, shell: 'bash' | 'sh', name: string): string {
  return shell === 'sh' ? `${prefix}${name}: not found\n` : `${prefix}${name}: command not found\n`;
}
