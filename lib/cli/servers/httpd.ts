/**
 * Apache httpd inside a container: `httpd -v` / `-V` (stdout), `httpd -t` (the ServerName
 * warning and `Syntax OK`, both on stderr), and `apachectl` (which passes -v/-V/-t on, and turns
 * `-k graceful|restart|stop` / `graceful|restart|stop|configtest` into a signal to the master).
 */
import type { CommandContext, CommandFn } from '../../shell/types';
import { endMainProcess, hostOf, type ContainerRecord, type Engine } from '../../sim/index';
import { deliverSignal } from '../../sim/containers/control';
import { apacheBuiltTime } from '../../sim/containers/behaviours/time-formats';

function versionOf(c: ContainerRecord): string {
  const e = c.config.Env.find((x) => x.startsWith('HTTPD_VERSION='));
  return e ? e.slice('HTTPD_VERSION='.length) : '2.4.65';
}

/** `Jul 23 2025 03:12:09`: when the image was built (its creation time). */
function builtAt(eng: Engine, c: ContainerRecord): string {
  return apacheBuiltTime(hostOf(eng).images[c.imageId]?.created ?? Date.UTC(2025, 6, 23));
}

function versionText(eng: Engine, c: ContainerRecord, full: boolean): string {
  const head = `Server version: Apache/${versionOf(c)} (Unix)\nServer built:   ${builtAt(eng, c)}\n`;
  if (!full) return head;
  return (
    head +
    "Server's Module Magic Number: 20120211:141\nServer loaded:  APR 1.7.2, APR-UTIL 1.6.3, PCRE 10.42 2022-12-11\n" +
    'Compiled using: APR 1.7.2, APR-UTIL 1.6.3, PCRE 10.42 2022-12-11\nArchitecture:   64-bit\nServer MPM:     event\n' +
    '  threaded:     yes (fixed thread count)\n    forked:     yes (variable process count)\nServer compiled with....\n' +
    ' -D APR_HAS_SENDFILE\n -D APR_HAS_MMAP\n -D APR_HAVE_IPV6 (IPv4-mapped addresses enabled)\n -D APR_USE_PROC_PTHREAD_SERIALIZE\n' +
    ' -D APR_USE_PTHREAD_SERIALIZE\n -D SINGLE_LISTEN_UNSERIALIZED_ACCEPT\n -D APR_HAS_OTHER_CHILD\n -D AP_HAVE_RELIABLE_PIPED_LOGS\n' +
    ' -D DYNAMIC_MODULE_LIMIT=256\n -D HTTPD_ROOT="/usr/local/apache2"\n -D SUEXEC_BIN="/usr/local/apache2/bin/suexec"\n' +
    ' -D DEFAULT_PIDLOG="logs/httpd.pid"\n -D DEFAULT_SCOREBOARD="logs/apache_runtime_status"\n -D DEFAULT_ERRORLOG="logs/error_log"\n' +
    ' -D AP_TYPES_CONFIG_FILE="conf/mime.types"\n -D SERVER_CONFIG_FILE="conf/httpd.conf"\n'
  );
}

/** The AH00558 warning httpd prints whenever it reads a configuration without ServerName. */
function serverNameWarning(c: ContainerRecord, ctx: CommandContext): string {
  try {
    if (/^\s*ServerName\s+\S/m.test(ctx.fs.readFile('/usr/local/apache2/conf/httpd.conf'))) return '';
  } catch {
    /* no configuration file: the warning still comes first */
  }
  const ip = Object.values(c.networks)[0]?.ipAddress || '127.0.0.1';
  return `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message\n`;
}

/** `httpd` with its own options; anything but -v/-V/-t/-h would start a second server (not simulated). */
function httpdMain(eng: Engine, c: ContainerRecord, ctx: CommandContext, args: readonly string[]): number {
  const a = args[0];
  if (a === '-v' || a === '-V') {
    ctx.stdout(versionText(eng, c, a === '-V'));
    return 0;
  }
  if (a === '-t') {
    ctx.stderr(`${serverNameWarning(c, ctx)}Syntax OK\n`);
    return 0;
  }
  if (a === undefined || a === '-DFOREGROUND' || a === '-D') {
    ctx.stderr(`${serverNameWarning(c, ctx)}(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80\n(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80\nno listening sockets available, shutting down\nAH00015: Unable to open logs\n`);
    return 1;
  }
  ctx.stderr(`httpd: illegal option -- ${a.replace(/^-+/, '').slice(0, 1)}\n`);
  return 1;
}

export function httpdCommand(eng: Engine, c: ContainerRecord): CommandFn {
  return (ctx) => httpdMain(eng, c, ctx, ctx.argv.slice(1));
}

const APACHECTL_SIGNALS: Record<string, string> = { graceful: 'SIGUSR1', restart: 'SIGHUP', stop: 'SIGTERM', 'graceful-stop': 'SIGWINCH' };

export function apachectlCommand(eng: Engine, c: ContainerRecord): CommandFn {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    const action = args[0] === '-k' ? args[1] : args[0];
    if (action === 'configtest') return httpdMain(eng, c, ctx, ['-t']);
    const sig = action !== undefined ? APACHECTL_SIGNALS[action] : undefined;
    if (sig === undefined) return httpdMain(eng, c, ctx, args);
    ctx.stderr(serverNameWarning(c, ctx));
    if (c.proc?.behaviour !== 'httpd' || !c.state.Running) {
      ctx.stderr('httpd (no pid file) not running\n');
      return 0;
    }
    const code = deliverSignal(eng, c, sig);
    if (code !== null) endMainProcess(eng, c.id, code);
    return 0;
  };
}
