/**
 * psql inside a container: connect (socket by default, -h over the network, password prompt or
 * PGPASSWORD for other hosts), then the -c strings and then the -f files, or a script on stdin
 * (`docker exec -i db psql … < dump.sql`), or the interactive prompt (`postgres=# `) with -it.
 * Exit status: 2 when the connection fails, 1 for a failed -c, 3 when ON_ERROR_STOP stopped a
 * script, else 0.
 */
import type { CommandContext, CommandFn } from '../../shell/types';
import type { ContainerRecord, Engine } from '../../sim/index';
import { resolvePath } from '../../sim/fs/path';
import { connectPg, pgVersion, type PgConnection, type PgTarget } from './pg-connect';
import { last, parseOptions, pgTarget, type Parsed } from './pg-options';
import { DEFAULT_PRINT } from './pg-table';
import { PsqlRunner } from './psql-runner';
import { osUser } from './os-user';
import { askerFor, inputIsTerminal, promptLoop, streams } from './terminal';

const SPEC = {
  short: { c: 'command', d: 'dbname', f: 'file', h: 'host', p: 'port', U: 'username', t: 'tuples-only', A: 'no-align', q: 'quiet', X: 'no-psqlrc', v: 'set', l: 'list', w: 'no-password', W: 'password', F: 'field-separator', V: 'version', e: 'echo-queries', a: 'echo-all', '1': 'single-transaction', P: 'pset' },
  values: new Set(['command', 'dbname', 'file', 'host', 'port', 'username', 'set', 'variable', 'field-separator', 'pset']),
};

const HELP_TEXT = 'You are using psql, the command-line interface to PostgreSQL.\nType:  \\copyright for distribution terms\n       \\h for help with SQL commands\n       \\? for help with psql commands\n       \\g or terminate with semicolon to execute query\n       \\q to quit\n';

export function psqlCommand(eng: Engine, self: ContainerRecord): CommandFn {
  return (ctx0: CommandContext) => {
    const io = streams(ctx0);
    const ctx = Object.assign(Object.create(ctx0) as CommandContext, { stdout: io.out, stderr: io.err });
    const p = parseOptions(ctx.argv, SPEC, 'psql');
    if (typeof p === 'string') {
      ctx.stderr(`${p}\npsql: hint: Try "psql --help" for more information.\n`);
      return 1;
    }
    const v = pgVersion(self);
    if (p.opts.has('version')) {
      // The postgres image's client names its Debian package; a distribution's package (apk add postgresql-client) does not.
      const packaged = self.config.Env.some((e) => e.startsWith('PG_VERSION='));
      ctx.stdout(`psql (PostgreSQL) ${packaged ? v.release : v.short}\n`);
      return 0;
    }
    const target = pgTarget(p, ctx.env, osUser(ctx));
    const r = connectPg(eng, self, target);
    if (r.ok) return session(ctx, p, r.conn, eng, self);
    const ask = askerFor(eng, ctx0);
    const retry = r.password;
    if (!retry || p.opts.has('no-password') || !inputIsTerminal(ctx) || !ask) {
      ctx.stderr(`psql: error: ${r.text}\n`);
      return 2;
    }
    ctx.stdout(`Password for user ${target.user}: `);
    ask((answer) => {
      let out = '\n';
      let err = '';
      const inner: CommandContext = Object.assign(Object.create(ctx) as CommandContext, { stdout: (t: string) => void (out += t), stderr: (t: string) => void (err += t) });
      const again = retry(answer);
      if (!again.ok) return { stdout: out, stderr: `psql: error: ${again.text}\n`, exitCode: 2 };
      const code = session(inner, p, again.conn, eng, self);
      return { stdout: out, stderr: err, exitCode: code };
    }, { secret: true });
    return 0;
  };
}

/** Connected: run what the options and stdin say. */
function session(ctx: CommandContext, p: Parsed, conn: PgConnection, eng: Engine, self: ContainerRecord): number {
  const vars = [...(p.opts.get('set') ?? []), ...(p.opts.get('variable') ?? [])];
  const onErrorStop = vars.some((x) => /^ON_ERROR_STOP=(1|on|true)$/i.test(x));
  const print = { ...DEFAULT_PRINT, tuplesOnly: p.opts.has('tuples-only'), unaligned: p.opts.has('no-align'), separator: last(p, 'field-separator') ?? '|' };
  const reconnect = (dbname: string, user?: string): PgConnection | string => {
    const r = connectPg(eng, self, { ...runner.conn.target, dbname, user: user ?? runner.conn.user } satisfies PgTarget);
    return r.ok ? r.conn : r.text;
  };
  const io = { out: (t: string) => ctx.stdout(t), err: (t: string) => ctx.stderr(t) };
  const runner = new PsqlRunner(conn, io, { print, quiet: p.opts.has('quiet'), onErrorStop }, reconnect);
  if (p.opts.has('list')) return runner.commandString('\\l');
  const actions: Array<['command' | 'file', string]> = [];
  for (const c of p.opts.get('command') ?? []) actions.push(['command', c]);
  for (const f of p.opts.get('file') ?? []) actions.push(['file', f]);
  if (actions.length > 0) {
    for (const [kind, value] of actions) {
      if (kind === 'command') {
        if (runner.commandString(value) !== 0) return 1;
        continue;
      }
      const text = value === '-' ? ctx.stdin : readFile(ctx, value);
      if (text === null) {
        ctx.stderr(`psql: error: ${value}: No such file or directory\n`);
        return 1;
      }
      script(runner, text, value === '-' ? '<stdin>' : value);
      if (runner.stopped && !runner.quit) return 3;
    }
    return 0;
  }
  if (ctx.stdin !== '' || !inputIsTerminal(ctx)) {
    script(runner, ctx.stdin, '<stdin>');
    return runner.stopped && !runner.quit ? 3 : 0;
  }
  ctx.stdout(`psql (${pgVersion(self).release})\nType "help" for help.\n\n`);
  const prompt = () => {
    const su = runner.conn.cluster.roles[runner.conn.user]?.superuser ? '#' : '>';
    const mark = runner.openQuote ?? (runner.midStatement ? '-' : '=');
    return `${runner.conn.db.name}${mark}${su} `;
  };
  return promptLoop(askerFor(eng, ctx), (t) => ctx.stdout(t), prompt, (line) => {
    let text = '';
    const replIo = { out: (t: string) => void (text += t), err: (t: string) => void (text += t) };
    const word = line.trim().toLowerCase().replace(/;$/, '');
    if (!runner.midStatement && (word === 'quit' || word === 'exit')) return { text, exit: 0 };
    if (!runner.midStatement && word === 'help') return { text: HELP_TEXT };
    // At the prompt everything goes to the one terminal, in order.
    Object.assign(io, replIo);
    runner.line(line, 0, null);
    return runner.quit ? { text, exit: 0 } : { text };
  });
}

function script(runner: PsqlRunner, text: string, label: string): void {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((l, i) => runner.line(l, i + 1, label));
  runner.end(label, lines.length);
}

function readFile(ctx: CommandContext, path: string): string | null {
  try {
    return ctx.fs.readFile(resolvePath(ctx.cwd, path));
  } catch {
    return null;
  }
}
