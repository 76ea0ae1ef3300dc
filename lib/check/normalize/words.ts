/**
 * A command line as the simple commands it contains, each as its words with quotes removed:
 * `docker create --name web nginx && docker start "web"` → [[docker, create, --name, web, nginx],
 * [docker, start, web]]. Parsed with the simulator's own shell parser, so quoting, pipelines, `&&`,
 * `;`, groups and `$( … )` bodies are understood as bash does. Expansions are kept as written
 * (`$PORT`), since grading must not depend on the learner's variables.
 */
import type { List, SimpleCommand, Word, WordPart } from '../../shell/ast';
import { parse } from '../../shell/parser';

function partText(part: WordPart): string {
  switch (part.k) {
    case 'lit':
    case 'sq':
      return part.v;
    case 'dq':
      return part.parts.map(partText).join('');
    case 'param':
      return `$${part.name}`;
    case 'cmd':
      return part.src.startsWith('$(') || part.src.startsWith('`') ? part.src : `$(${part.src})`;
    case 'arith':
      return `$((${part.expr.map(partText).join('')}))`;
    case 'tilde':
      return `~${part.user}`;
  }
}

export const wordText = (word: Word): string => word.map(partText).join('');

/** Every simple command in the tree, in source order (command substitutions after their command). */
function collect(node: unknown, out: SimpleCommand[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record.k === 'simple') out.push(record as unknown as SimpleCommand);
  for (const value of Object.values(record)) {
    if (value !== null && typeof value === 'object') collect(value, out);
  }
}

/** The simple commands of `line`, as word lists (assignment-only commands are left out). */
export function simpleCommands(line: string): string[][] {
  let list: List;
  try {
    list = parse(line).parser.parseAll();
  } catch {
    // Not complete shell syntax (an open quote…): fall back to whitespace, one command.
    const words = line.trim().split(/\s+/).filter(Boolean);
    return words.length > 0 ? [words] : [];
  }
  const found: SimpleCommand[] = [];
  collect(list, found);
  return found.map((cmd) => cmd.words.map(wordText)).filter((words) => words.length > 0);
}
