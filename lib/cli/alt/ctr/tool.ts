/**
 * `ctr` (containerd 1.7's debug client): `images pull|ls|rm`, `run [--rm] [-t] [-d] REF ID [CMD…]`,
 * `containers ls`, `tasks ls`, `version`, `-n NAMESPACE` (`moby` shows Docker's containers). It
 * talks to the root-owned socket, so without sudo every command fails to dial. urfave/cli wording.
 */
import type { CommandContext, CommandFn } from '../../../shell/types';
import { hostOf, type Engine } from '../../../sim/index';
import { tabwrite } from '../../format/tabwriter';
import { containerdEngine } from '../engines';
import { captureDockerVerb, runDockerVerb } from '../podman/delegate';
import { CtrError } from './errors';
import { ctrImagesLs, ctrImagesRm, ctrPull, fullRef } from './images';

export const CONTAINERD_VERSION = '1.7.24';
const SOCKET = '/run/containerd/containerd.sock';

const ALIASES: Record<string, string> = { c: 'containers', container: 'containers', i: 'images', image: 'images', t: 'tasks', task: 'tasks', ns: 'namespaces', namespace: 'namespaces' };

function isRoot(io: CommandContext): boolean {
  return io.env['USER'] === 'root' || io.env['SUDO_USER'] !== undefined;
}

function containersTable(eng: Engine, ns: string, quiet: boolean): string {
  const rows =
    ns === 'moby'
      ? Object.values(hostOf(eng).containers).map((c) => [c.id, '-', 'io.containerd.runc.v2'])
      : ns === 'default'
        ? Object.values(hostOf(containerdEngine(eng)).containers).map((c) => [c.name, c.config.Image, 'io.containerd.runc.v2'])
        : [];
  if (quiet) return rows.map((r) => r[0] + '\n').join('');
  return tabwrite(['CONTAINER\tIMAGE\tRUNTIME\t', ...rows.map((r) => r.join('\t') + '\t')].join('\n') + '\n', { minwidth: 4, padding: 4 });
}

function tasksTable(eng: Engine, ns: string): string {
  const host = ns === 'moby' ? hostOf(eng) : ns === 'default' ? hostOf(containerdEngine(eng)) : null;
  const rows = host ? Object.values(host.containers).filter((c) => c.state.Running || c.state.Paused).map((c) => [ns === 'moby' ? c.id : c.name, String(c.state.Pid), c.state.Paused ? 'PAUSED' : 'RUNNING']) : [];
  return tabwrite(['TASK\tPID\tSTATUS\t', ...rows.map((r) => r.join('\t') + '\t')].join('\n') + '\n', { minwidth: 4, padding: 4 });
}

function ctrRun(eng: Engine, io: CommandContext, args: string[]): number {
  const flags: string[] = [];
  let i = 0;
  for (; i < args.length && args[i]!.startsWith('-'); i++) {
    const a = args[i]!;
    if (a === '--rm') flags.push('--rm');
    else if (a === '-t' || a === '--tty') flags.push('-it');
    else if (a === '-d' || a === '--detach') flags.push('-d');
    else if (a === '--env') flags.push('-e', args[++i] ?? '');
    else if (a === '--net-host') flags.push('--network', 'host');
    else if (a === '--privileged') flags.push('--privileged');
    else throw new CtrError(`flag provided but not defined: ${a.replace(/^--/, '-')}`);
  }
  const [ref, id, ...cmd] = args.slice(i);
  if (!ref) throw new CtrError('image ref must be provided');
  if (!id) throw new CtrError('container id must be provided');
  if (flags.includes('--rm') && flags.includes('-d')) throw new CtrError('flags --detach and --rm cannot be specified together');
  const c = containerdEngine(eng);
  const full = fullRef(ref);
  if (!hostOf(c).refs[full]) throw new CtrError(`image "${full}": not found`);
  if (Object.values(hostOf(c).containers).some((x) => x.name === id)) throw new CtrError(`container "${id}": already exists`);
  if (!flags.includes('--network')) flags.push('--network', 'none');
  const argv = ['run', '--name', id, '--hostname', id, ...flags, full, ...cmd];
  if (flags.includes('-d')) {
    const r = captureDockerVerb(c, io, argv);
    if (r.code !== 0) throw new CtrError(r.stderr.replace(/^Error: /, '').trim());
    return 0;
  }
  return runDockerVerb(c, io, argv);
}

function dispatch(eng: Engine, io: CommandContext, ns: string, words: string[]): number {
  const [first, sub, ...rest] = words;
  const cmd = ALIASES[first ?? ''] ?? first;
  const say = (t: string) => io.stdout(t);
  if (cmd === 'version') {
    say(`Client:\n  Version:  ${CONTAINERD_VERSION}\n  Revision: \n  Go version: go1.22.2\n\nServer:\n  Version:  ${CONTAINERD_VERSION}\n  Revision: \n  UUID: 7c1f4a3e-2b9d-4e6f-8a15-3d2c9b0e7f41\n`);
    return 0;
  }
  if (cmd === 'run') return ctrRun(eng, io, words.slice(1));
  const c = containerdEngine(eng);
  if (cmd === 'images') {
    if (sub === 'pull') {
      const ref = rest.filter((w) => !w.startsWith('-'))[0];
      if (!ref) throw new CtrError('please provide an image reference to pull');
      if (ns !== 'default') throw new CtrError(`namespace "${ns}": not found`);
      ctrPull(c, ref, say);
      return 0;
    }
    if (sub === 'ls' || sub === 'list' || sub === undefined) {
      const quiet = rest.includes('-q') || rest.includes('--quiet');
      return say(ns === 'default' ? ctrImagesLs(c, quiet) : quiet ? '' : tabwrite('REF\tTYPE\tDIGEST\tSIZE\tPLATFORMS\tLABELS\t\n', { minwidth: 1, padding: 1 })), 0;
    }
    if (sub === 'rm' || sub === 'remove' || sub === 'delete' || sub === 'del') return ctrImagesRm(c, rest, say), 0;
  }
  if (cmd === 'containers' && (sub === 'ls' || sub === 'list' || sub === undefined)) return say(containersTable(eng, ns, rest.includes('-q'))), 0;
  if (cmd === 'tasks' && (sub === 'ls' || sub === 'list' || sub === undefined)) return say(tasksTable(eng, ns)), 0;
  if (cmd === 'namespaces' && (sub === 'ls' || sub === 'list' || sub === undefined)) {
    const names = ['default', 'moby'];
    return say(tabwrite(['NAME\tLABELS\t', ...names.map((n) => `${n}\t\t`)].join('\n') + '\n', { minwidth: 1, padding: 1 })), 0;
  }
  if (['images', 'containers', 'tasks', 'namespaces'].includes(cmd ?? '')) throw new CtrError(`No help topic for '${sub ?? ''}'`, 3);
  throw new CtrError(`No help topic for '${first ?? ''}'`, 3);
}

const HELP = `NAME:\n   ctr - \n        __\n  _____/ /______\n / ___/ __/ ___/\n/ /__/ /_/ /\n\\___/\\__/_/\n\ncontainerd CLI\n\n\nUSAGE:\n   ctr [global options] command [command options] [arguments...]\n\nVERSION:\n   ${CONTAINERD_VERSION}\n\nDESCRIPTION:\n   \nctr is an unsupported debug and administrative client for interacting\nwith the containerd daemon. Because it is unsupported, the commands,\noptions, and operations are not guaranteed to be backward compatible or\nstable from release to release of the containerd project.\n\nCOMMANDS:\n   version                    print the client and server versions\n   containers, c, container   manage containers\n   images, image, i           manage images\n   namespaces, namespace, ns  manage namespaces\n   run                        run a container\n   tasks, t, task             manage tasks\n   help, h                    Shows a list of commands or help for one command\n\nGLOBAL OPTIONS:\n   --address value, -a value    address for containerd's GRPC server (default: "${SOCKET}") [$CONTAINERD_ADDRESS]\n   --namespace value, -n value  namespace to use with commands (default: "default") [$CONTAINERD_NAMESPACE]\n   --help, -h                   show help\n   --version, -v                print the version\n`;

export function ctrCommandFn(eng: Engine): CommandFn {
  return (io) => {
    const words = io.argv.slice(1);
    let ns = io.env['CONTAINERD_NAMESPACE'] || 'default';
    while (words[0]?.startsWith('-')) {
      const a = words.shift()!;
      if (a === '-v' || a === '--version') return io.stdout(`ctr github.com/containerd/containerd ${CONTAINERD_VERSION}\n`), 0;
      if (a === '-h' || a === '--help') return io.stdout(HELP), 0;
      if (a === '-n' || a === '--namespace') ns = words.shift() ?? '';
      else if (a.startsWith('--namespace=')) ns = a.slice(12);
      else return io.stderr(`Incorrect Usage: flag provided but not defined: ${a.replace(/^--/, '-')}\n\n${HELP}`), 1;
    }
    if (words.length === 0 || words[0] === 'help' || words[0] === 'h') return io.stdout(HELP), 0;
    try {
      if (!isRoot(io)) throw new CtrError(`failed to dial "${SOCKET}": connection error: desc = "transport: error while dialing: dial unix:///run/containerd/containerd.sock: connect: permission denied"`);
      return dispatch(eng, io, ns, words);
    } catch (e) {
      if (!(e instanceof CtrError)) throw e;
      io.stderr(e.code === 3 ? `${e.message}\n` : `ctr: ${e.message}\n`);
      return e.code;
    }
  };
}
