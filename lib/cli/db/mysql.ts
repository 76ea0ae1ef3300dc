/**
 * The mysql/mariadb client and mysqladmin inside a container. `mysql -uroot -p$PW -e "…"`
 * runs statements in batch mode; with no -e it reads stdin, or opens the `mysql> ` prompt
 * with -it. The password warning, `Enter password: ` and the connection errors are the
 * clients' own (MySQL 8.4 / MariaDB 11).
 */
import type { CommandContext, CommandFn } from '../../shell/types';
import type { ContainerRecord, Engine } from '../../sim/index';
import type { MysqlKind } from '../../sim/db/mysql-data';
import type { Reached } from '../../sim/db/reach-server';
import { connectMysql, reachMysql, serverVersion, type MysqlConnection, type MysqlTarget } from './mysql-connect';
import { parseMysqlOptions, type MysqlOptions } from './mysql-options';
import { MysqlRunner } from './mysql-runner';
import { osUser } from './os-user';
import { askerFor, inputIsTerminal, outputIsTerminal, promptLoop, streams } from './terminal';

const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);

type Then = (o: MysqlOptions, password: string | null, io: { out: (t: string) => void; err: (t: string) => void }, reached: Reached) => number;

/**
 * Shared start of mysql and mysqladmin: options, warnings, the server reached, then the password
 * (asked when -p is alone: the connection is already open, as the client's is).
 */
function start(eng: Engine, self: ContainerRecord, ctx: CommandContext, kind: MysqlKind, then: Then): number {
  const program = base(ctx.argv[0] ?? 'mysql');
  const io = streams(ctx);
  const o = parseMysqlOptions(ctx.argv, program);
  if (typeof o === 'string') {
    io.err(o + '\n');
    return 7;
  }
  if (kind === 'mariadb' && (program === 'mysql' || program === 'mysqladmin')) io.err(`${program}: Deprecated program name. It will be removed in a future release, use '/usr/bin/${program === 'mysql' ? 'mariadb' : 'mariadb-admin'}' instead\n`);
  if (o.passwordOnCommandLine && kind === 'mysql') io.err(`${program}: [Warning] Using a password on the command line interface can be insecure.\n`);
  const reached = reachMysql(eng, self, o.host ?? 'localhost', o.port);
  if (!o.ask) return then(o, o.password, io, reached);
  ctx.stdout('Enter password: ');
  const ask = askerFor(eng, ctx);
  if (!ask || !inputIsTerminal(ctx)) {
    ctx.stdout('\n');
    return then(o, (ctx.stdin.split('\n')[0] ?? '') || null, io, reached);
  }
  ask((answer) => {
    let stdout = '\n';
    let stderr = '';
    const code = then(o, answer === '' ? null : answer, { out: (t) => void (stdout += t), err: (t) => void (stderr += t) }, reached);
    return { stdout, stderr, exitCode: code };
  }, { secret: true });
  return 0;
}

function target(ctx: CommandContext, o: MysqlOptions, password: string | null): MysqlTarget {
  const os = osUser(ctx);
  return { host: o.host ?? 'localhost', port: o.port, user: o.user ?? os, password, database: o.database, osUser: os };
}

export function mysqlCommand(eng: Engine, self: ContainerRecord, kind: MysqlKind): CommandFn {
  return (ctx: CommandContext) => {
    if (ctx.argv.includes('-V') || ctx.argv.includes('--version')) {
      const mine = kind === 'mysql' ? serverVersion(self) : serverVersion(self).replace(/-ubu\d+$/, '');
      const v = kind === 'mysql' ? `${base(ctx.argv[0]!)}  Ver ${mine} for Linux on x86_64 (MySQL Community Server - GPL)` : `${base(ctx.argv[0]!)} from ${mine}, client 15.2 for debian-linux-gnu (x86_64) using  EditLine wrapper`;
      ctx.stdout(v + '\n');
      return 0;
    }
    return start(eng, self, ctx, kind, (o, password, io, reached) => {
      const r = connectMysql(eng, self, target(ctx, o, password), kind, reached);
      if (!r.ok) {
        io.err(r.line + '\n');
        return 1;
      }
      const script = o.execute.length > 0 ? o.execute.join('\n') : ctx.stdin !== '' || !inputIsTerminal(ctx) ? ctx.stdin : null;
      if (script !== null) {
        const runner = new MysqlRunner(r.conn, { interactive: false, table: o.table || (outputIsTerminal(ctx) && !o.batch), header: !o.skipColumnNames, force: o.force }, io.out, io.err);
        const ok = runner.feed(script) && runner.end(script.split('\n').length);
        return ok && !runner.failed ? 0 : 1;
      }
      return interactive(eng, ctx, r.conn, io);
    });
  };
}

function interactive(eng: Engine, ctx: CommandContext, conn: MysqlConnection, io: { out: (t: string) => void }): number {
  const maria = conn.kind === 'mariadb';
  io.out(
    maria
      ? `Welcome to the MariaDB monitor.  Commands end with ; or \\g.\nYour MariaDB connection id is 3\nServer version: ${serverVersion(conn.server)} mariadb.org binary distribution\n\nCopyright (c) 2000, 2018, Oracle, MariaDB Corporation Ab and others.\n\nType 'help;' or '\\h' for help. Type '\\c' to clear the current input statement.\n\n`
      : `Welcome to the MySQL monitor.  Commands end with ; or \\g.\nYour MySQL connection id is 8\nServer version: ${serverVersion(conn.server)} MySQL Community Server - GPL\n\nCopyright (c) 2000, 2025, Oracle and/or its affiliates.\n\nOracle is a registered trademark of Oracle Corporation and/or its\naffiliates. Other names may be trademarks of their respective\nowners.\n\nType 'help;' or '\\h' for help. Type '\\c' to clear the current input statement.\n\n`,
  );
  let text = '';
  const runner = new MysqlRunner(conn, { interactive: true, table: true, header: true, force: true }, (t) => void (text += t), (t) => void (text += t));
  const prompt = () => (runner.midStatement ? '    -> ' : maria ? `MariaDB [${conn.db?.name ?? '(none)'}]> ` : 'mysql> ');
  return promptLoop(askerFor(eng, ctx), io.out, prompt, (line) => {
    text = '';
    const word = line.trim().replace(/;$/, '').toLowerCase();
    if (!runner.midStatement && (word === 'exit' || word === 'quit' || word === '\\q')) return { text: 'Bye\n', exit: 0 };
    runner.feed(line);
    return { text };
  });
}

/** mysqladmin / mariadb-admin: ping, version, status. */
export function mysqlAdminCommand(eng: Engine, self: ContainerRecord, kind: MysqlKind): CommandFn {
  return (ctx: CommandContext) =>
    start(eng, self, ctx, kind, (o, password, io, reached) => {
      const program = base(ctx.argv[0] ?? 'mysqladmin');
      const command = o.args[0];
      if (command === undefined) {
        io.err(`${program}: no command given\n`);
        return 1;
      }
      if (!['ping', 'version', 'status'].includes(command)) {
        io.err(`${program}: Unknown command: '${command}'\n`);
        return 1;
      }
      const t = target(ctx, { ...o, database: null }, password);
      const r = connectMysql(eng, self, t, kind, reached);
      if (!r.ok) {
        const reason = r.line.replace(/^ERROR \d+ \([^)]*\): /, '');
        io.err(`${program}: connect to server at '${t.host}' failed\nerror: '${reason}'\n`);
        if (r.line.startsWith('ERROR 2002')) io.err(`Check that mysqld is running and that the socket: '${kind === 'mysql' ? '/var/run/mysqld/mysqld.sock' : '/run/mysqld/mysqld.sock'}' exists!\n`);
        // ping: the server answered (even to refuse), so it is alive.
        return command === 'ping' && r.line.startsWith('ERROR 1045') ? 0 : 1;
      }
      const up = Math.max(0, Math.floor((eng.world.clock - (r.conn.server.state.StartedAt ?? eng.world.clock)) / 1000));
      if (command === 'ping') io.out('mysqld is alive\n');
      else if (command === 'status') io.out(`Uptime: ${up}  Threads: 2  Questions: 8  Slow queries: 0  Opens: 119  Flush tables: 3  Open tables: 38  Queries per second avg: 0.000\n`);
      else io.out(`${program}  Ver ${kind === 'mysql' ? `${serverVersion(self)} for Linux on x86_64 (MySQL Community Server - GPL)` : `10.0 Distrib ${serverVersion(self).replace(/-ubu\d+$/, '')}, for debian-linux-gnu on x86_64`}\nCopyright (c) 2000, 2025, Oracle and/or its affiliates.\n\nServer version\t\t${serverVersion(r.conn.server)}\nProtocol version\t10\nConnection\t\tLocalhost via UNIX socket\nUNIX socket\t\t/var/run/mysqld/mysqld.sock\nUptime:\t\t\t${up} sec\n`);
      return 0;
    });
}
