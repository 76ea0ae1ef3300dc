/**
 * `docker compose exec SERVICE COMMAND`: a command in the service's running container (the
 * first, or `--index`), with a TTY when stdout is the terminal (`-T`, or stdout redirected, turns it off; then stderr stays separate).
 * A shell (`exec db sh`) opens a nested shell until `exit`. The exit status is the command's.
 */
import { serviceContainers } from '../../sim/compose/index';
import { beginExec, endExec, EngineError, execRun, type ExecOptions } from '../../sim/index';
import { CliError, defineCommand, f, requiresMinArgs, StatusError } from '../command';
import { isInteractiveShell } from '../docker/container/exec';
import { shellNameOf } from '../docker/container/foreground';
import { stdoutIsTerminal } from '../docker/container/terminal';
import type { ComposeEnv } from './env';
import { projectName } from './project-options';

export function envMap(list: readonly string[], lookup: (k: string) => string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of list) {
    const i = e.indexOf('=');
    if (i >= 0) out[e.slice(0, i)] = e.slice(i + 1);
    else {
      const v = lookup(e);
      if (v !== undefined) out[e] = v;
    }
  }
  return out;
}

export const exec = defineCommand<ComposeEnv>()({
  use: 'exec [OPTIONS] SERVICE COMMAND [ARGS...]',
  short: 'Execute a command in a running container',
  args: requiresMinArgs(2),
  interspersed: false,
  flags: {
    detach: f.bool({ short: 'd', usage: 'Detached mode: Run command in the background' }),
    env: f.stringArray({ short: 'e', usage: 'Set environment variables' }),
    index: f.int({ usage: 'Index of the container if service has multiple replicas' }),
    interactive: f.bool({ short: 'i', usage: 'Keep STDIN open even if not attached.', default: true, hidden: true }),
    tty: f.bool({ short: 't', usage: 'Allocate a pseudo-TTY.', default: true, hidden: true }),
    noTty: f.bool({ name: 'no-TTY', short: 'T', usage: 'Disable pseudo-TTY allocation. By default `docker compose exec` allocates a TTY.', default: false }),
    privileged: f.bool({ usage: 'Give extended privileges to the process' }),
    user: f.string({ short: 'u', usage: 'Run the command as this user' }),
    workdir: f.string({ short: 'w', usage: 'Path to workdir directory for this command' }),
  },
  run(ctx, o, args) {
    const eng = ctx.env.eng;
    const [service, ...argv] = args as [string, ...string[]];
    const name = projectName(ctx);
    const cs = serviceContainers(eng, name, service).filter((c) => c.state.Running);
    const index = o.index > 0 ? o.index : 1;
    const c = cs.find((x) => x.config.Labels['com.docker.compose.container-number'] === String(index)) ?? (o.index > 0 ? undefined : cs[0]);
    if (!c) {
      if (o.index > 0 && cs.length > 0) throw new CliError(`service "${service}" is not running container #${o.index}`);
      throw new CliError(`service "${service}" is not running`);
    }
    // cmd/compose/exec.go: --no-TTY defaults to !stdout.IsTerminal() (`… exec web cat f > out` gets no TTY); the hidden -t is ignored
    const tty = !(ctx.changed('no-TTY') ? o.noTty : !stdoutIsTerminal(ctx.io));
    const opts: ExecOptions = {
      ...(o.user !== '' ? { user: o.user } : {}),
      env: envMap(o.env, (k) => ctx.io.env[k]),
      ...(o.workdir !== '' ? { workdir: o.workdir } : {}),
      tty,
      interactive: true,
    };
    if (o.detach) {
      execRun(eng, c.id, argv, opts);
      return 0;
    }
    try {
      if (tty && isInteractiveShell(argv) && ctx.io.stdin === '') {
        const s = beginExec(eng, c.id, argv, opts);
        ctx.io.shell.enter({ ...s.machine, shellName: shellNameOf(argv[0]!) }, (code) => void endExec(eng, s, code), { cwd: s.cwd, env: s.env });
        return 0;
      }
      const r = execRun(eng, c.id, argv, { ...opts, stdin: ctx.io.stdin });
      ctx.out(r.stdout);
      if (tty) ctx.out(r.stderr);
      else ctx.err(r.stderr);
      if (r.exitCode !== 0) throw new StatusError(r.exitCode);
      return 0;
    } catch (e) {
      if (e instanceof EngineError && e.exitStatus !== undefined && e.message.startsWith('OCI runtime exec failed')) {
        ctx.out(e.message + '\r\n');
        throw new StatusError(e.exitStatus);
      }
      throw e;
    }
  },
});
