/**
 * redis-cli inside a container: options (-h -p -s -a --user -n --raw --no-raw -e -r
 * --no-auth-warning --version), one command from the arguments, commands from standard input,
 * or the interactive prompt (`127.0.0.1:6379> `, `not connected> `) with -it. Replies are
 * formatted for a terminal or raw; connection failures use hiredis's words.
 */
import type { CommandContext, CommandFn } from '../../shell/types';
import { hostOf, type ContainerRecord, type Engine } from '../../sim/index';
import { localServer, tcpServer, type Reached } from '../../sim/db/reach-server';
import type { Reply } from '../../sim/db/redis-commands';
import { formatReply } from './redis-format';
import { RedisConnection } from './redis-server';
import { askerFor, inputIsTerminal, outputIsTerminal, promptLoop, splitArgs, streams } from './terminal';

interface Options {
  host: string;
  port: number;
  socket: string | null;
  password: string | null;
  user: string | null;
  db: number;
  raw: boolean | null;
  errCode: boolean;
  repeat: number;
  noAuthWarning: boolean;
  version: boolean;
  args: string[];
}

const VALUE_OPTS = new Set(['-h', '-p', '-s', '-a', '--pass', '--user', '-n', '-r', '-i', '-u', '--tls-cert']);

function parse(argv: readonly string[], env: Readonly<Record<string, string>>): Options | string {
  const o: Options = { host: '127.0.0.1', port: 6379, socket: null, password: env['REDISCLI_AUTH'] ?? null, user: null, db: 0, raw: null, errCode: false, repeat: 1, noAuthWarning: false, version: false, args: [] };
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    const last = i === argv.length - 1;
    if (VALUE_OPTS.has(a) && !last) {
      const v = argv[++i]!;
      if (a === '-h') o.host = v;
      else if (a === '-p') o.port = Number(v) || 0;
      else if (a === '-s') o.socket = v;
      else if (a === '-a' || a === '--pass') o.password = v;
      else if (a === '--user') o.user = v;
      else if (a === '-n') o.db = Number(v) || 0;
      else if (a === '-r') o.repeat = Number(v) || 1;
      else if (a === '-u') {
        const m = /^rediss?:\/\/(?:([^:@]*)(?::([^@]*))?@)?([^:/]+)(?::(\d+))?(?:\/(\d+))?$/.exec(v);
        if (!m) return `Invalid URI scheme\n`;
        if (m[2] !== undefined) o.password = decodeURIComponent(m[2]);
        if (m[1]) o.user = decodeURIComponent(m[1]);
        o.host = m[3]!;
        if (m[4]) o.port = Number(m[4]);
        if (m[5]) o.db = Number(m[5]);
      }
    } else if (a === '--raw') o.raw = true;
    else if (a === '--no-raw') o.raw = false;
    else if (a === '-e') o.errCode = true;
    else if (a === '--no-auth-warning') o.noAuthWarning = true;
    else if (a === '-v' || a === '--version') o.version = true;
    else if (a.startsWith('-')) return `Unrecognized option or bad number of args for: '${a}'\n`;
    else break;
  }
  o.args = argv.slice(i);
  return o;
}

/** The server process a connection belongs to (a restart makes a new one); null when it is not running. */
const liveKey = (c: ContainerRecord): string | null => (c.state.Running && c.proc ? `${c.id}/${c.state.StartedAt}` : null);

const REASONS: Record<string, string> = { resolve: 'Name or service not known', refused: 'Connection refused', timeout: 'Connection timed out', 'no-socket': 'No such file or directory' };

export function redisCliCommand(eng: Engine, self: ContainerRecord): CommandFn {
  return (ctx0: CommandContext) => {
    const io = streams(ctx0);
    const ctx = Object.assign(Object.create(ctx0) as CommandContext, { stdout: io.out, stderr: io.err });
    const parsed = parse(ctx.argv, ctx.env);
    if (typeof parsed === 'string') {
      ctx.stderr(parsed);
      return 1;
    }
    const o = parsed;
    const version = self.config.Env.find((e) => e.startsWith('REDIS_VERSION='))?.slice(14) ?? '8.2.0';
    if (o.version) {
      ctx.stdout(`redis-cli ${version}\n`);
      return 0;
    }
    if (o.password !== null && !o.noAuthWarning && ctx.argv.some((a) => a === '-a' || a === '-u' || a === '--pass')) {
      ctx.stderr("Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.\n");
    }
    const address = o.socket ?? `${o.host}:${o.port}`;
    let conn: { key: string | null; c: RedisConnection } | null = null;
    /** Connect (or keep the connection while the same server process runs); the error line otherwise. */
    const connect = (): RedisConnection | string => {
      // An open connection stays open while its server process runs (no new lookup per command).
      const live = conn && hostOf(eng).containers[conn.c.server.id];
      if (conn && live && !conn.c.closed && conn.key === liveKey(live)) return conn.c;
      const r: Reached = o.socket ? localServer(eng, self, ['redis']) : tcpServer(eng, self, ['redis'], o.host, o.port);
      if (!r.ok) {
        conn = null;
        return `Could not connect to Redis at ${address}: ${REASONS[r.error]}\n`;
      }
      const key = liveKey(r.c);
      const c = new RedisConnection(eng, r.c, r.fs);
      conn = { key, c };
      if (o.password !== null) {
        const a = c.auth(o.user, o.password);
        if (a.k === 'error') ctx.stderr(`AUTH failed: ${a.s}\n`);
      }
      if (o.db !== 0) c.run(['SELECT', String(o.db)]);
      return c;
    };
    const raw = o.raw ?? !outputIsTerminal(ctx);

    const issue = (args: string[], out: (t: string) => void, err: (t: string) => void): { failed: boolean; reply?: Reply } => {
      const c = connect();
      if (typeof c === 'string') {
        err(c);
        return { failed: true };
      }
      const reply = c.run(args);
      if (args[0]!.toLowerCase() === 'shutdown' && c.closed) return { failed: false, reply };
      if (reply.k === 'error' && o.errCode) {
        err(`${reply.s}\n`);
        return { failed: true, reply };
      }
      out(formatReply(reply, raw, args[0]!));
      return { failed: false, reply };
    };

    if (o.args.length > 0) {
      for (let n = 0; n < o.repeat; n++) if (issue(o.args, (t) => ctx.stdout(t), (t) => ctx.stderr(t)).failed) return 1;
      return 0;
    }
    if (ctx.stdin !== '' || !inputIsTerminal(ctx)) {
      for (const line of ctx.stdin.split('\n')) {
        const args = splitArgs(line);
        if (!args) ctx.stdout('Invalid argument(s)\n');
        else if (args.length > 0 && ['quit', 'exit'].includes(args[0]!.toLowerCase())) return 0;
        else if (args.length > 0) issue(args, (t) => ctx.stdout(t), (t) => ctx.stderr(t));
      }
      return 0;
    }
    const first = connect();
    if (typeof first === 'string') ctx.stderr(first);
    const prompt = () => {
      const live = conn && !conn.c.closed ? conn.c : null;
      return live ? `${address}${live.db ? `[${live.db}]` : ''}> ` : 'not connected> ';
    };
    return promptLoop(askerFor(eng, ctx0), (t) => ctx.stdout(t), prompt, (line) => {
      const args = splitArgs(line);
      if (!args) return { text: 'Invalid argument(s)\n' };
      if (args.length === 0) return { text: '' };
      if (['quit', 'exit'].includes(args[0]!.toLowerCase())) return { text: '', exit: 0 };
      let text = '';
      issue(args, (t) => (text += t), (t) => (text += t));
      return { text };
    });
  };
}
