/**
 * `runc` (1.1.12, Ubuntu 24.04's): `--version`, `spec [--rootless] [-b DIR]` (writes config.json
 * with tabs, refuses to overwrite), `list` (its state root: empty for the learner; Docker keeps its
 * containers under /run/docker/runtime-runc/moby, which `sudo runc --root … list` shows), help.
 * Errors are logrus lines (`time="…" level=error msg="…"`), exit 1.
 */
import type { CommandContext, CommandFn } from '../../../shell/types';
import { hostOf, type Engine } from '../../../sim/index';
import { rfc3339Nano } from '../../../sim/index';
import { tabwrite } from '../../format/tabwriter';
import { DEFAULT_SPEC } from './spec-template';

export const RUNC_VERSION = 'runc version 1.1.12-0ubuntu3.1\nspec: 1.0.2-dev\ngo: go1.22.2\nlibseccomp: 2.5.5\n';
const MOBY_ROOT = '/run/docker/runtime-runc/moby';

const COMMANDS: ReadonlyArray<[string, string]> = [
  ['checkpoint', 'checkpoint a running container'], ['create', 'create a container'], ['delete', 'delete any resources held by the container often used with detached container'],
  ['events', 'display container events such as OOM notifications, cpu, memory, and IO usage statistics'], ['exec', 'execute new process inside the container'],
  ['kill', "kill sends the specified signal (default: SIGTERM) to the container's init process"], ['list', 'lists containers started by runc with the given root'],
  ['pause', 'pause suspends all processes inside the container'], ['ps', 'ps displays the processes running inside a container'], ['restore', 'restore a container from a previous checkpoint'],
  ['resume', 'resumes all processes that have been previously paused'], ['run', 'create and run a container'], ['spec', 'create a new specification file'],
  ['start', 'executes the user defined process in a created container'], ['state', 'output the state of a container'], ['update', 'update container resource constraints'],
  ['features', 'show the enabled features'], ['help, h', 'Shows a list of commands or help for one command'],
];

const HELP = `NAME:\n   runc - Open Container Initiative runtime\n\nrunc is a command line client for running applications packaged according to\nthe Open Container Initiative (OCI) format and is a compliant implementation of the\nOpen Container Initiative specification.\n\nUSAGE:\n   runc [global options] command [command options] [arguments...]\n\nVERSION:\n   ${RUNC_VERSION.replace('runc version ', '').trimEnd()}\n\nCOMMANDS:\n${COMMANDS.map(([n, d]) => `   ${n.padEnd(10)}  ${d}\n`).join('')}\nGLOBAL OPTIONS:\n   --debug             enable debug logging\n   --root value        root directory for storage of container state (this should be located in tmpfs) (default: "/run/user/1000/runc")\n   --help, -h          show help\n   --version, -v       print the version\n`;

function logError(io: CommandContext, eng: Engine, msg: string): number {
  io.stderr(`time="${new Date(eng.world.clock).toISOString().replace(/\.\d+Z$/, 'Z')}" level=error msg="${msg}"\n`);
  return 1;
}

const isRoot = (io: CommandContext) => io.env['USER'] === 'root' || io.env['SUDO_USER'] !== undefined;

function abs(io: CommandContext, p: string): string {
  return p.startsWith('/') ? p : `${io.cwd.replace(/\/$/, '')}/${p}`;
}

function spec(io: CommandContext, eng: Engine, args: string[]): number {
  let bundle = '.';
  let rootless = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--rootless') rootless = true;
    else if (a === '-b' || a === '--bundle') bundle = args[++i] ?? '.';
    else if (a.startsWith('--bundle=')) bundle = a.slice(9);
    else return logError(io, eng, `flag provided but not defined: ${a.replace(/^--/, '-')}`);
  }
  const path = abs(io, `${bundle.replace(/\/$/, '')}/config.json`).replace(/\/\.\//g, '/');
  if (io.fs.stat(path)) return logError(io, eng, 'File config.json exists. Remove it first');
  const s: Record<string, unknown> = JSON.parse(JSON.stringify(DEFAULT_SPEC));
  if (rootless) {
    const linux = s['linux'] as Record<string, unknown>;
    linux['uidMappings'] = [{ containerID: 0, hostID: 1000, size: 1 }];
    linux['gidMappings'] = [{ containerID: 0, hostID: 1000, size: 1 }];
    linux['namespaces'] = [{ type: 'pid' }, { type: 'ipc' }, { type: 'uts' }, { type: 'mount' }, { type: 'cgroup' }, { type: 'user' }];
    delete linux['resources'];
  }
  try {
    io.fs.writeFile(path, JSON.stringify(s, null, '\t'));
  } catch {
    return logError(io, eng, `open ${path}: permission denied`);
  }
  return 0;
}

function list(io: CommandContext, eng: Engine, root: string, args: string[]): number {
  const quiet = args.includes('-q') || args.includes('--quiet');
  const rows = root === MOBY_ROOT && isRoot(io) ? Object.values(hostOf(eng).containers).filter((c) => c.state.Running || c.state.Paused) : [];
  if (root === MOBY_ROOT && !isRoot(io)) return logError(io, eng, `open ${MOBY_ROOT}: permission denied`);
  if (quiet) return io.stdout(rows.map((c) => c.id + '\n').join('')), 0;
  const lines = rows.map((c) => [c.id, String(c.state.Pid), c.state.Paused ? 'paused' : 'running', `/run/containerd/io.containerd.runtime.v2.task/moby/${c.id}`, rfc3339Nano(c.state.StartedAt ?? c.created), 'root'].join('\t'));
  io.stdout(tabwrite(['ID\tPID\tSTATUS\tBUNDLE\tCREATED\tOWNER', ...lines].join('\n') + '\n', { minwidth: 12, padding: 1 }));
  return 0;
}

export function runcCommandFn(eng: Engine): CommandFn {
  return (io) => {
    const words = io.argv.slice(1);
    let root = isRoot(io) ? '/run/runc' : '/run/user/1000/runc';
    while (words[0]?.startsWith('-')) {
      const a = words.shift()!;
      if (a === '-v' || a === '--version') return io.stdout(RUNC_VERSION), 0;
      if (a === '-h' || a === '--help') return io.stdout(HELP), 0;
      if (a === '--root') root = words.shift() ?? root;
      else if (a.startsWith('--root=')) root = a.slice(7);
      else if (a !== '--debug' && a !== '--systemd-cgroup') return logError(io, eng, `flag provided but not defined: ${a.replace(/^--/, '-')}`);
    }
    const [cmd, ...rest] = words;
    if (cmd === undefined || cmd === 'help' || cmd === 'h') return io.stdout(HELP), 0;
    if (cmd === 'spec') return spec(io, eng, rest);
    if (cmd === 'list' || cmd === 'ls') return list(io, eng, root, rest);
    if (!COMMANDS.some(([n]) => n === cmd)) return io.stderr(`No help topic for '${cmd}'\n`), 3;
    const bundle = io.fs.stat(abs(io, 'config.json'));
    if (!bundle && (cmd === 'run' || cmd === 'create')) return logError(io, eng, 'JSON specification file config.json not found');
    if (!io.fs.stat(abs(io, 'rootfs')) && (cmd === 'run' || cmd === 'create')) return logError(io, eng, `rootfs (${abs(io, 'rootfs')}) does not exist`);
    const id = rest.filter((w) => !w.startsWith('-')).pop();
    if (!id) return logError(io, eng, `"${cmd}" requires exactly 1 argument(s)`);
    if (cmd === 'run' || cmd === 'create') {
      if (!isRoot(io)) return logError(io, eng, `runc ${cmd} failed: rootless container requires user namespaces`);
      return logError(io, eng, `runc ${cmd} failed: starting containers from a bundle is not available in the Dockerlings simulator (use docker, podman or ctr)`);
    }
    return logError(io, eng, 'container does not exist');
  };
}
