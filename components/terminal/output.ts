/** Shell output and prompts, prepared for a VT terminal. */

/** xterm needs CRLF; the shell writes LF. */
export function toTerminal(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** Colour a bash-style prompt like Ubuntu's default: user@host in green, the path in blue. */
export function colourPrompt(prompt: string): string {
  const m = /^([^@\s:]+@[^:\s]+)(:)([^$#]*)([$#] ?)$/.exec(prompt);
  if (!m) return prompt;
  return `\x1b[1;32m${m[1]}\x1b[0m${m[2]}\x1b[1;34m${m[3]}\x1b[0m${m[4]}`;
}

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][A-Z0-9]|\x1b[=>]/g;

/** Text without escape sequences, for the screen-reader log. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}
