/**
 * `docker exec` / `docker container exec`: a command in a running container. `-it` with a shell
 * (`sh`, `bash`…) opens a nested shell on the container's Machine until `exit`; otherwise the
 * command runs to completion (stdin from a pipe with `-i`) and its exit status is docker's.
 * OCI start failures print the runtime's message (exit 126/127) as the daemon streams it.
 */
import { beginExec, EngineError, endExec, execRun, requireContainer, type ExecOptions } from '../../../sim/index';
import { CliError, defineCommand, f, requiresMinArgs, StatusError } from '../../command';
import { validateEnv } from '../../flags';
import type { DockerEnv } from '../env';
import { stdinIsTerminal } from './terminal';
import { runningNames } from './completion';
import { exitWith, shellNameOf } from './foreground';
import { kvToMap } from '../kv-map';
import { readKvStrings } from './kv-files';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);

/** A shell started for a person (`sh`, `bash -l`, `/bin/sh`), not `sh -c '…'`. */
export function isInteractiveShell(argv: readonly string[]): boolean {
  const name = argv[0]!.slice(argv[0]!.lastIndexOf('/') + 1);
  return SHELLS.has(name) && argv.slice(1).every((a) => ['-l', '--login', '-i', '-il', '-li'].includes(a));
}

export const exec = defineCommand<DockerEnv>()({
  use: 'exec [OPTIONS] CONTAINER COMMAND [ARG...]',
  short: 'Execute a command in a running container',
  args: requiresMinArgs(2),
  interspersed: false,
  aliasesLine: 'docker container exec, docker exec',
  at: [{ parent: 'container' }, { parent: '' }],
  flags: {
    detachKeys: f.string({ usage: 'Override the key sequence for detaching a container' }),
    interactive: f.bool({ short: 'i', usage: 'Keep STDIN open even if not attached' }),
    tty: f.bool({ short: 't', usage: 'Allocate a pseudo-TTY' }),
    detach: f.bool({ short: 'd', usage: 'Detached mode: run command in the background' }),
    user: f.string({ short: 'u', usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")' }),
    privileged: f.bool({ usage: 'Give extended privileges to the command' }),
    env: f.list({ short: 'e', usage: 'Set environment variables', validator: validateEnv }),
    envFile: f.list({ usage: 'Read in a file of environment variables' }),
    workdir: f.string({ short: 'w', usage: 'Working directory inside the container' }),
  },
  complete: (ctx, args) => (args.length === 0 ? runningNames(ctx.env) : []),
  run(ctx, o, args) {
    const eng = ctx.env.eng;
    let env: Record<string, string>;
    try {
      env = kvToMap(readKvStrings({ fs: ctx.io.fs, cwd: ctx.io.cwd, lookup: (k) => ctx.io.env[k] }, o.envFile, o.env).filter((e) => e.includes('=')));
    } catch (e) {
      throw new CliError((e as Error).message);
    }
    const [name, ...argv] = args as [string, ...string[]];
    requireContainer(eng, name);
    if (!o.detach && o.tty && o.interactive && !stdinIsTerminal(ctx.io)) throw new CliError('the input device is not a TTY');
    // The optional fields are set only when given (no conditional spreads: one small object).
    const opts: ExecOptions = { tty: o.tty, interactive: o.interactive };
    if (o.user !== '') opts.user = o.user;
    for (const _ in env) {
      opts.env = env;
      break;
    }
    if (o.workdir !== '') opts.workdir = o.workdir;
    if (o.detach) {
      execRun(eng, name, argv, opts);
      return 0;
    }
    try {
      if (o.interactive && isInteractiveShell(argv) && ctx.io.stdin === '') {
        const s = beginExec(eng, name, argv, opts);
        const machine = { ...s.machine, shellName: shellNameOf(argv[0]!) };
        ctx.io.shell.enter(machine, (code) => void endExec(eng, s, code), { cwd: s.cwd, env: s.env });
        return 0;
      }
      if (o.interactive) opts.stdin = ctx.io.stdin;
      const r = execRun(eng, name, argv, opts);
      if (r.stdout) ctx.out(r.stdout);
      if (r.stderr) {
        if (o.tty) ctx.out(r.stderr);
        else ctx.err(r.stderr);
      }
      return exitWith(r.exitCode);
    } catch (e) {
      if (e instanceof EngineError && e.exitStatus !== undefined && e.message.startsWith('OCI runtime exec failed')) {
        ctx.out(e.message + '\r\n');
        throw new StatusError(e.exitStatus);
      }
      throw e;
    }
  },
});
