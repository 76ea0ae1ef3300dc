/**
 * The docker verbs, run against Podman's engine host: Podman's CLI is Docker's, so most commands
 * (stop, start, rm, logs, exec, inspect, volume, network…) reuse the docker verbs through the
 * engine, and only their errors are reworded the way Podman prints them (`Error: …`, exit 125;
 * `podman rm` of a missing container exits 1).
 */
import type { CommandContext } from '../../../shell/types';
import type { Engine } from '../../../sim/index';
import { CliError } from '../../command';
import { dockerCommand, dockerTool } from '../../docker/tool';

const NAME_OR_ID = ['stop', 'start', 'rm', 'kill', 'restart', 'pause', 'unpause', 'wait', 'port', 'top', 'inspect'];

const REWRITES: Array<[RegExp, string | ((...m: string[]) => string)]> = [
  [/^docker: /gm, ''],
  [/^'docker (\S+)' requires (?:at least )?(\d+) arguments?[\s\S]*?(?:See|Run) 'docker [^']+ --help'[^\n]*\n?/gm, (_m, verb, n) => (NAME_OR_ID.includes(verb!) ? 'Error: you must provide at least one name or id\n' : `Error: requires at least ${n} arg(s), only received 0\n`)],
  [/^(?:Error response from daemon|Error): No such container: (\S+)$/gm, 'Error: no container with name or ID "$1" found: no such container'],
  [/^(?:Error response from daemon|Error): No such image: (\S+?)(?::latest)?$/gm, 'Error: $1: image not known'],
  [/^Error: No such object: (\S+)$/gm, 'Error: inspecting object: no such object: "$1"'],
  [/^Error response from daemon: Conflict\. The container name "\/([^"]+)" is already in use by container "([0-9a-f]+)"\..*$/gm, 'Error: creating container storage: the container name "$1" is already in use by $2. You have to remove that container to be able to reuse that name: that name is already in use, or use --replace to instruct Podman to do so.'],
  [/^Error response from daemon: .*Bind for ([\d.]+):(\d+) failed: port is already allocated.*$/gm, 'Error: rootlessport listen tcp $1:$2: bind: address already in use'],
  [/^Error response from daemon: (?:cannot|You cannot) remove (?:a )?running container ([0-9a-f]+)\..*$/gm, 'Error: cannot remove container $1 as it is running - running or paused containers cannot be removed without force: container state improper'],
  [/^(?:Error response from daemon: )?failed to create task for container: .*exec: "([^"]+)": executable file not found in \$PATH: unknown$/gm, 'Error: crun: executable file not found in $$PATH: No such file or directory: OCI runtime attempted to invoke a command that was not found'],
  [/^Error response from daemon: /gm, 'Error: '],
  [/^See 'docker ([^']+) --help'\.$/gm, "See 'podman $1 --help'"],
  [/\n*^Run 'docker [^']+ --help' for more information\n?/gm, '\n'],
];

export function podmanWording(text: string): string {
  let out = text;
  for (const [re, to] of REWRITES) out = typeof to === 'string' ? out.replace(re, to) : out.replace(re, (...m: unknown[]) => to(...(m.slice(0, -2) as string[])));
  return out;
}

/** Run `docker <argv>` on Podman's engine with Podman's error wording; `verb` decides exit codes. */
export function runDockerVerb(p: Engine, io: CommandContext, argv: readonly string[]): number {
  const fn = dockerCommand(p);
  let err = '';
  const ctx: CommandContext = { ...io, stdin: io.stdin, argv: ['docker', ...argv], stdout: (t) => io.stdout(t), stderr: (t) => (err += t) };
  const code = fn(ctx);
  const worded = podmanWording(err);
  if (worded) io.stderr(worded);
  const failed = /^Error: /m.test(worded);
  if (code !== 1 || !failed) return code;
  return argv[0] === 'rm' ? 1 : 125;
}

/** Whether a docker flag of `verb` takes a value (so the next word is not a positional). */
function takesValue(verb: string, word: string): boolean {
  const node = dockerTool().tree.root.child(verb);
  if (!node || word.includes('=')) return false;
  const set = node.flagSet();
  const def = word.startsWith('--') ? set.lookup(word.slice(2)) : set.lookupShort(word.slice(-1));
  return !!def && def.noOptDefVal === undefined;
}

function checkKnown(verb: string, word: string): void {
  const set = dockerTool().tree.root.child(verb)?.flagSet();
  if (!set || word === '--help') return;
  if (word.startsWith('--')) {
    const name = word.slice(2).split('=')[0]!;
    if (!set.lookup(name)) throw new CliError(`Error: unknown flag: --${name}\nSee 'podman ${verb} --help'`, 125);
    return;
  }
  for (const ch of word.slice(1)) {
    const def = set.lookupShort(ch);
    if (!def) throw new CliError(`Error: unknown shorthand flag: '${ch}' in ${word}\nSee 'podman ${verb} --help'`, 125);
    if (def.noOptDefVal === undefined) return;
  }
}

/** Index of the first positional of a docker `verb` command line (the image of run/create); unknown flags are Podman's usage errors. */
export function firstPositional(verb: string, args: readonly string[]): number {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') return i + 1;
    if (!a.startsWith('-') || a === '-') return i;
    checkKnown(verb, a);
    if (takesValue(verb, a)) i++;
  }
  return -1;
}

/** Run a docker verb on Podman's engine and keep what it printed (for Podman's own commands). */
export function captureDockerVerb(p: Engine, io: CommandContext, argv: readonly string[]): { stdout: string; stderr: string; code: number } {
  let stdout = '';
  let stderr = '';
  const code = dockerCommand(p)({ ...io, stdin: io.stdin, argv: ['docker', ...argv], stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { stdout, stderr: podmanWording(stderr), code };
}
