/**
 * Tab completion over a command tree: given the words after the tool name (the last one
 * being completed, possibly ''), offer subcommands, flags, or the command's own candidates
 * (object names from the engine, via the declaration's `complete` hook).
 */
import type { Tool } from './execute';
import type { CommandNode } from './tree';
import type { ToolContext } from './types';

function flagWords<E>(tool: Tool<E>, node: CommandNode<E>, env: E): string[] {
  const defs = node.flagSet().visible().filter((d) => tool.dialect.isFlagAvailable?.(d, env) ?? true);
  const words: string[] = [];
  for (const d of defs) {
    words.push(`--${d.name}`);
    if (d.short && !d.shorthandDeprecated) words.push(`-${d.short}`);
  }
  return words;
}

/** Candidates for the last word of `words`, sorted, without duplicates. */
export function completeWords<E>(tool: Tool<E>, words: readonly string[], io: ToolContext, env: E): string[] {
  const partial = words[words.length - 1] ?? '';
  let node = tool.tree.root;
  const positionals: string[] = [];
  let expectValue = false;
  let flagsDone = false;
  for (const word of words.slice(0, -1)) {
    if (expectValue) {
      expectValue = false;
      continue;
    }
    if (!flagsDone && word === '--') {
      flagsDone = true;
      continue;
    }
    if (!flagsDone && word.startsWith('-') && word.length > 1) {
      const set = node.flagSet();
      const def = word.startsWith('--') ? set.lookup(word.slice(2)) : set.lookupShort(word.slice(-1));
      expectValue = !word.includes('=') && def !== undefined && def.noOptDefVal === undefined && (word.startsWith('--') || word.length === 2);
      continue;
    }
    const child = positionals.length === 0 ? node.child(word) : undefined;
    if (child) node = child;
    else {
      positionals.push(word);
      if (!node.command.interspersed) flagsDone = true;
    }
  }
  if (expectValue) return [];
  let candidates: string[];
  if (!flagsDone && partial.startsWith('-')) candidates = flagWords(tool, node, env);
  else if (positionals.length === 0 && node.hasSubCommands) {
    candidates = node.visibleChildren().filter((c) => tool.dialect.isAvailable?.(c, env) ?? true).map((c) => c.name);
  } else candidates = [...(node.command.complete?.({ env, io }, positionals, partial) ?? [])];
  return [...new Set(candidates.filter((c) => c.startsWith(partial)))].sort();
}
