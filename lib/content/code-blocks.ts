/**
 * What a fenced code block offers the learner: the languages we highlight, which blocks get a
 * "Run" button, and the text that Copy and Run use.
 */

/** Every language a lesson may use in a fence (shiki grammar names or aliases it knows). */
export const CODE_LANGUAGES = [
  'bash', 'sh', 'shell', 'console', 'shellsession',
  'dockerfile', 'docker', 'yaml', 'yml', 'json', 'jsonc', 'ini', 'dotenv', 'toml', 'properties',
  'text', 'txt', 'plaintext',
  'javascript', 'js', 'typescript', 'ts', 'python', 'py', 'go', 'sql', 'html', 'xml', 'nginx',
  'diff', 'makefile', 'hcl', 'powershell', 'groovy',
] as const;

/** Shell-session languages: commands are the lines after a `$ ` prompt. */
const SESSION_LANGS = new Set(['console', 'shellsession']);
/** Script languages: the whole block is input for the shell. */
const SCRIPT_LANGS = new Set(['bash', 'sh', 'shell']);

export function isKnownLanguage(lang: string): boolean {
  return (CODE_LANGUAGES as readonly string[]).includes(lang);
}

export interface CodeBlockActions {
  /** What the Copy button puts on the clipboard. */
  copyText: string;
  /** What the Run button types into the terminal (complete commands, one per line), or null. */
  runText: string | null;
  /** The block shows a command that fails on purpose (```bash error```): labelled "expected error". */
  expectError: boolean;
}

/**
 * Meta flags a fence may carry after its language:
 * - `norun`: the commands cannot run in the simulator (host tools, CI steps): Copy only.
 * - `error`: the block demonstrates a failure; its commands run, and an error is what the lesson expects.
 */
export const META_FLAGS = ['norun', 'error'] as const;
export type MetaFlag = (typeof META_FLAGS)[number];

export function isMetaFlag(flag: string): flag is MetaFlag {
  return (META_FLAGS as readonly string[]).includes(flag);
}

/** Meta words after the language, e.g. ```bash norun``` → ['norun']. */
export function metaFlags(meta: string | null | undefined): string[] {
  return (meta ?? '').split(/\s+/).filter(Boolean);
}

/**
 * Commands in a console transcript: lines starting with `$ ` (prompt removed), plus the lines that
 * continue them (`> ` prompts, or any line after one ending in `\`). Output lines are dropped.
 */
export function consoleCommands(code: string): string[] {
  const commands: string[] = [];
  let current: string[] | null = null;
  for (const line of code.split('\n')) {
    const last = current?.[current.length - 1];
    if (line.startsWith('$ ') || line === '$') {
      current = [line.slice(2)];
      commands.push('');
    } else if (current && (line.startsWith('> ') || last?.endsWith('\\'))) {
      current.push(line.startsWith('> ') ? line.slice(2) : line);
    } else {
      current = null;
      continue;
    }
    commands[commands.length - 1] = current.join('\n');
  }
  return commands.filter((c) => c.trim() !== '');
}

export function codeBlockActions(lang: string, code: string, meta?: string | null): CodeBlockActions {
  const text = code.replace(/\n+$/, '');
  const flags = metaFlags(meta);
  const norun = flags.includes('norun');
  const runnable = SESSION_LANGS.has(lang) || SCRIPT_LANGS.has(lang);
  const expectError = runnable && flags.includes('error');
  if (SESSION_LANGS.has(lang)) {
    const commands = consoleCommands(text);
    const joined = commands.join('\n');
    return { copyText: joined || text, runText: norun || commands.length === 0 ? null : joined, expectError };
  }
  if (SCRIPT_LANGS.has(lang)) {
    return { copyText: text, runText: norun || text.trim() === '' ? null : text, expectError };
  }
  return { copyText: text, runText: null, expectError: false };
}
