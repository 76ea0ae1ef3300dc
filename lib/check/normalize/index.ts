/**
 * Command lines in canonical form, for "the learner ran a command of this shape" goals, the
 * misconception detectors and the quiz's "type the command" questions:
 *
 *   normalizeCommand('docker container run --detach --name=web nginx:latest')
 *   sameCommandShape('docker run -d --name web nginx', 'docker container run --detach --name=web nginx:latest') // true
 */
import { normalizeDocker, type NormalizedCommand } from './docker-command';
import { simpleCommands } from './words';

export type { NormalizedCommand };
export { simpleCommands };

/** Words that run the next word as the command (`sudo docker ps`). */
const PREFIXES = new Set(['sudo', 'command', 'exec', 'time']);

function normalizeWords(words: readonly string[]): NormalizedCommand {
  let rest = [...words];
  while (rest.length > 1 && PREFIXES.has(rest[0]!)) rest = rest.slice(1);
  const [tool = '', ...argv] = rest;
  if (tool === 'docker') return normalizeDocker(argv);
  return { tool, path: '', flags: {}, args: argv, valid: true };
}

/** Every simple command of `line`, each in canonical form, in source order. */
export function normalizeCommand(line: string): NormalizedCommand[] {
  return simpleCommands(line).map(normalizeWords);
}

/** One canonical text per command (for display, logs and equality). */
export function commandKey(cmd: NormalizedCommand): string {
  const flags = Object.keys(cmd.flags)
    .sort()
    .map((name) => `--${name}=${cmd.flags[name]}`);
  return [cmd.tool, cmd.path, ...flags, ...cmd.args.map((a) => JSON.stringify(a))].filter(Boolean).join(' ');
}

export interface ShapeOptions {
  /** `have` may carry flags `want` does not name. */
  extraFlags?: boolean;
}

/** Whether one normalised command has the shape of another. */
export function matchesShape(have: NormalizedCommand, want: NormalizedCommand, opts: ShapeOptions = {}): boolean {
  if (have.tool !== want.tool || have.path !== want.path) return false;
  if (have.args.length !== want.args.length || have.args.some((a, i) => a !== want.args[i])) return false;
  for (const [name, value] of Object.entries(want.flags)) if (have.flags[name] !== value) return false;
  return opts.extraFlags === true || Object.keys(have.flags).length === Object.keys(want.flags).length;
}

/** Whether `line` runs the commands of `shape`, up to aliases, flag order and short/long forms (`extraFlags`: `line` may add flags). */
export function sameCommandShape(line: string, shape: string, opts: ShapeOptions = {}): boolean {
  const left = normalizeCommand(line);
  const right = normalizeCommand(shape);
  return left.length === right.length && left.every((cmd, i) => matchesShape(cmd, right[i]!, opts));
}
