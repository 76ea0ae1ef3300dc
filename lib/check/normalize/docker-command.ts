/**
 * One `docker …` invocation in canonical form, read through the real command tree (lib/cli): the
 * command path by its first mount (`docker ps` = `docker container ls`), flags by long name with
 * their parsed values (`-d` = `--detach` = `--detach=true`; `-m 512m` = `--memory=536870912`), list
 * flags as sorted sets, defaults dropped, and positionals normalised where the use line says what
 * they are (`IMAGE`: `nginx` = `docker.io/library/nginx:latest`; `PATH`: `.` = `./`).
 */
import { traverse } from '../../cli/command/find';
import type { CommandNode } from '../../cli/command/tree';
import { dockerTool } from '../../cli/docker/tool';
import type { DockerEnv } from '../../cli/docker/env';
import { FlagState } from '../../cli/flags/flag-set';
import { parseFlags } from '../../cli/flags/parse';
import type { FlagDef } from '../../cli/flags/types';
import { familiarName, parseReference } from '../../sim/images/reference';

export interface NormalizedCommand {
  /** The program: `docker`, `curl`, `ls`… */
  tool: string;
  /** Canonical command path below the tool (`container run`), '' for other programs. */
  path: string;
  /** Long flag name → canonical value (JSON text). */
  flags: Record<string, string>;
  args: string[];
  /** False when the tool would reject the words (unknown flag, bad value): compared as written. */
  valid: boolean;
}

/** Commands that do the same thing under two paths (`docker build` is buildx's build since 23.0). */
const SAME_COMMAND: Record<string, string> = { 'buildx build': 'image build', 'builder build': 'image build' };

/** Hidden or deprecated spellings of the same option. */
const SAME_FLAG: Record<string, string> = { net: 'network', 'net-alias': 'network-alias', 'dns-opt': 'dns-option', time: 'timeout' };

function canonicalPath(node: CommandNode<DockerEnv>): string {
  const first = node.aliasesLine().split(', ')[0];
  const path = first && first.startsWith('docker ') ? first : node.path;
  const short = path.replace(/^docker ?/, '');
  return SAME_COMMAND[short] ?? short;
}

function portValue(value: string): string {
  return /\/(tcp|udp|sctp)$/.test(value) ? value : `${value}/tcp`;
}

function flagValue(def: FlagDef, value: unknown): string {
  if (Array.isArray(value)) {
    const items = value.map(String).map((v) => (def.name === 'publish' || def.name === 'expose' ? portValue(v) : v));
    return JSON.stringify([...items].sort());
  }
  if (value instanceof Map) return JSON.stringify([...value.entries()].sort());
  return JSON.stringify(value);
}

function changedFlags(state: FlagState, defs: readonly FlagDef[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const def of defs) {
    if (!state.changed(def)) continue;
    const value = flagValue(def, state.get(def));
    if (value === flagValue(def, def.create().get())) continue;
    out[SAME_FLAG[def.name] ?? def.name] = value;
  }
  return out;
}

/** Positional slots from a use line: `run [OPTIONS] IMAGE [COMMAND] [ARG...]` → IMAGE, COMMAND, ARG... */
function slots(use: string): string[] {
  return use
    .split(' ')
    .slice(1)
    .filter((t) => t !== '[OPTIONS]' && t !== '|')
    .map((t) => (t.startsWith('[') && t.endsWith(']') ? t.slice(1, -1) : t));
}

function imageArg(value: string, defaultTag: boolean): string {
  try {
    const ref = parseReference(value);
    const tag = ref.tag ?? (defaultTag && !ref.digest ? 'latest' : undefined);
    return `${familiarName(ref)}${tag ? `:${tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
  } catch {
    return value;
  }
}

function pathArg(value: string): string {
  const trimmed = value.replace(/\/+$/, '').replace(/^(\.\/)+/, '');
  return trimmed === '' || trimmed === '.' ? '.' : trimmed;
}

function normalizeArgs(use: string, args: readonly string[]): string[] {
  const names = slots(use);
  return args.map((arg, i) => {
    const slot = names[Math.min(i, names.length - 1)] ?? '';
    if (/IMAGE|^NAME\[:TAG/.test(slot)) return imageArg(arg, true);
    if (/^REPOSITORY\[:TAG/.test(slot)) return imageArg(arg, false);
    if (/^PATH\b/.test(slot)) return pathArg(arg);
    return arg;
  });
}

/** Canonical form of `docker <argv>`. */
export function normalizeDocker(argv: readonly string[]): NormalizedCommand {
  const tree = dockerTool().tree;
  const state = new FlagState({ env: {} });
  const asWritten: NormalizedCommand = { tool: 'docker', path: '', flags: {}, args: [...argv], valid: false };
  try {
    const globals = parseFlags(argv, tree.root.flagSet(), state, false);
    const { node, args } = traverse(tree.root, globals.args, state);
    const parsed = parseFlags(args, node.flagSet(), state, node.command.interspersed);
    const defs = [...node.flagDefs(), ...(node === tree.root ? [] : tree.root.flagDefs())];
    return { tool: 'docker', path: canonicalPath(node), flags: changedFlags(state, defs), args: normalizeArgs(node.command.use, parsed.args), valid: true };
  } catch {
    return asWritten;
  }
}
