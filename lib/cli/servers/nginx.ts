/**
 * `nginx` run inside a container (`docker exec web nginx -t`): options as nginx parses them
 * (letters may be grouped, `-s`/`-c`/`-g`/`-p`/`-e` take the rest of the word or the next one),
 * -v/-V/-h, the configuration test (-t/-T/-q), and -s stop|quit|reopen|reload, which reads the
 * pid file (nginx.conf's `pid`, /run/nginx.pid) and signals the master: a reload re-reads the configuration, stop ends PID 1.
 */
import type { CommandContext, CommandFn } from '../../shell/types';
import { endMainProcess, type ContainerRecord, type Engine } from '../../sim/index';
import { deliverSignal } from '../../sim/containers/control';
import { signalNumber } from '../../sim/containers/signals';
import { checkNginxConfig, NGINX_CONF_PATH } from '../../sim/containers/behaviours/nginx-conf-check';
import { emerg, loggedTwice, nginxPidPath, nginxTest, nginxVersionText } from '../../sim/containers/behaviours/nginx-program';
import { nginxTime } from '../../sim/containers/behaviours/time-formats';

const SIGNALS: Record<string, string> = { stop: 'SIGTERM', quit: 'SIGQUIT', reopen: 'SIGUSR1', reload: 'SIGHUP' };

interface NginxOptions {
  help: boolean;
  version: boolean;
  full: boolean;
  test: boolean;
  dump: boolean;
  quiet: boolean;
  signal: string | null;
  conf: string;
}

/** nginx's own option parser; a string is the error line (without `nginx: `). */
function parseNginxOptions(args: readonly string[]): NginxOptions | string {
  const o: NginxOptions = { help: false, version: false, full: false, test: false, dump: false, quiet: false, signal: null, conf: NGINX_CONF_PATH };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-')) return `invalid option: "${arg}"`;
    for (let k = 1; k < arg.length; k++) {
      const ch = arg[k]!;
      if ('?h'.includes(ch)) [o.version, o.help] = [true, true];
      else if (ch === 'v') o.version = true;
      else if (ch === 'V') [o.version, o.full] = [true, true];
      else if (ch === 't') o.test = true;
      else if (ch === 'T') [o.test, o.dump] = [true, true];
      else if (ch === 'q') o.quiet = true;
      else if ('scgpe'.includes(ch)) {
        const rest = arg.slice(k + 1);
        const value = rest !== '' ? rest : args[++i];
        if (value === undefined) return `option "-${ch}" requires ${ch === 's' ? 'parameter' : ch === 'g' ? 'parameter' : ch === 'c' ? 'file name' : ch === 'p' ? 'directory name' : 'file name'}`;
        if (ch === 's') {
          if (!(value in SIGNALS)) return `invalid option: "-s ${value}"`;
          o.signal = value;
        } else if (ch === 'c') o.conf = value.startsWith('/') ? value : `/etc/nginx/${value}`;
        break;
      } else return `invalid option: "${ch}"`;
    }
  }
  return o;
}

const USAGE = `Usage: nginx [-?hvVtTq] [-s signal] [-p prefix]
             [-e filename] [-c filename] [-g directives]

Options:
  -?,-h         : this help
  -v            : show version and exit
  -V            : show version and configure options then exit
  -t            : test configuration and exit
  -T            : test configuration, dump it and exit
  -q            : suppress non-error messages during configuration testing
  -s signal     : send signal to a master process: stop, quit, reopen, reload
  -p prefix     : set prefix path (default: /etc/nginx/)
  -e filename   : set error log file (default: /var/log/nginx/error.log)
  -c filename   : set configuration file (default: /etc/nginx/nginx.conf)
  -g directives : set global directives out of configuration file

`;

export function nginxCommand(eng: Engine, c: ContainerRecord): CommandFn {
  return (ctx: CommandContext) => {
    const o = parseNginxOptions(ctx.argv.slice(1));
    if (typeof o === 'string') {
      ctx.stderr(`nginx: ${o}\n`);
      return 1;
    }
    const now = eng.world.clock;
    const pid = Math.max(7, c.nextLocalPid - 1);
    if (o.version) {
      ctx.stderr(nginxVersionText(ctx.fs, ctx.env, o.full) + (o.help ? USAGE : ''));
      if (!o.test) return 0;
    }
    if (o.test) {
      const r = nginxTest(ctx.fs, pid, now, { dump: o.dump, quiet: o.quiet, conf: o.conf });
      if (r.stderr) ctx.stderr(r.stderr);
      if (r.stdout) ctx.stdout(r.stdout);
      return r.code;
    }
    const check = checkNginxConfig(ctx.fs, o.conf);
    if (check.error !== null) {
      ctx.stderr(emerg(check, pid, now));
      return 1;
    }
    if (o.signal !== null) return signalMaster(eng, c, ctx, o.signal, pid, now);
    return alreadyRunning(ctx, pid, now);
  };
}

/** `nginx -s …`: the pid in the pid file gets the signal (errors logged twice, as the image's error log is stderr). */
function signalMaster(eng: Engine, c: ContainerRecord, ctx: CommandContext, name: string, pid: number, now: number): number {
  const t = nginxTime(now);
  const pidFile = nginxPidPath(ctx.fs);
  ctx.stderr(`${t} [notice] ${pid}#${pid}: signal process started\n`);
  const error = (msg: string) => {
    ctx.stderr(loggedTwice('error', msg, pid, now));
    return 1;
  };
  let text: string;
  try {
    text = ctx.fs.readFile(pidFile);
  } catch {
    return error(`open() "${pidFile}" failed (2: No such file or directory)`);
  }
  const raw = text.replace(/\n$/, '');
  if (!/^\d+$/.test(raw)) return error(`invalid PID number "${raw}" in "${pidFile}"`);
  const target = Number(raw);
  const master = c.proc?.behaviour === 'nginx' && target === 1 && c.state.Running;
  if (!master) return target === 1 ? 0 : error(`kill(${target}, ${signalNumber(SIGNALS[name]!)}) failed (3: No such process)`);
  const code = deliverSignal(eng, c, SIGNALS[name]!);
  if (code !== null) {
    try {
      ctx.fs.rm(pidFile, { force: true });
    } catch {
      /* read-only root: the file stays */
    }
    endMainProcess(eng, c.id, code);
  }
  return 0;
}

/** A second nginx in a container whose master holds the ports: nginx retries bind() five times, then gives up. */
function alreadyRunning(ctx: CommandContext, pid: number, now: number): number {
  let running = false;
  try {
    running = /^\d+\n?$/.test(ctx.fs.readFile(nginxPidPath(ctx.fs)));
  } catch {
    running = false;
  }
  if (!running) return 0;
  const line = (msg: string) => loggedTwice('emerg', msg, pid, now);
  let out = '';
  for (let i = 0; i < 5; i++) out += line('bind() to 0.0.0.0:80 failed (98: Address already in use)') + line('bind() to [::]:80 failed (98: Address already in use)');
  ctx.stderr(out + line('still could not bind()'));
  return 1;
}
