/**
 * pg_dump (plain format to stdout or -f) and pg_isready (`/var/run/postgresql:5432 - accepting
 * connections`, exit 0; `no response`, exit 2, before the server is up or when there is none).
 */
import type { CommandContext, CommandFn } from '../../shell/types';
import type { ContainerRecord, Engine } from '../../sim/index';
import { resolvePath } from '../../sim/fs/path';
import { localServer, tcpServer } from '../../sim/db/reach-server';
import { connectPg, pgVersion } from './pg-connect';
import { pgDump } from './pg-dump';
import { last, parseOptions, pgTarget } from './pg-options';
import { osUser } from './os-user';

const DUMP_SPEC = {
  short: { U: 'username', d: 'dbname', h: 'host', p: 'port', f: 'file', F: 'format', t: 'table', a: 'data-only', s: 'schema-only', w: 'no-password', W: 'password', c: 'clean', C: 'create', O: 'no-owner', x: 'no-privileges', v: 'verbose', V: 'version' },
  values: new Set(['username', 'dbname', 'host', 'port', 'file', 'format', 'table']),
};

export function pgDumpCommand(eng: Engine, self: ContainerRecord): CommandFn {
  return (ctx: CommandContext) => {
    const p = parseOptions(ctx.argv, DUMP_SPEC, 'pg_dump');
    if (typeof p === 'string') {
      ctx.stderr(`${p}\npg_dump: hint: Try "pg_dump --help" for more information.\n`);
      return 1;
    }
    const version = pgVersion(self);
    if (p.opts.has('version')) {
      ctx.stdout(`pg_dump (PostgreSQL) ${version.release}\n`);
      return 0;
    }
    const format = last(p, 'format') ?? 'p';
    if (!/^p(lain)?$/.test(format)) {
      ctx.stderr(`pg_dump: error: this simulation writes plain SQL dumps only (-F p); "${format}" is not simulated\n`);
      return 1;
    }
    const target = pgTarget(p, ctx.env, osUser(ctx), false);
    const r = connectPg(eng, self, target);
    if (!r.ok) {
      ctx.stderr(`pg_dump: error: ${r.text}\n`);
      return 1;
    }
    const text = pgDump(r.conn.db, { version: pgVersion(r.conn.server), dataOnly: p.opts.has('data-only'), schemaOnly: p.opts.has('schema-only'), tables: p.opts.get('table') ?? [] });
    const file = last(p, 'file');
    if (!file) {
      ctx.stdout(text);
      return 0;
    }
    try {
      ctx.fs.writeFile(resolvePath(ctx.cwd, file), text);
    } catch {
      ctx.stderr(`pg_dump: error: could not open output file "${file}": Permission denied\n`);
      return 1;
    }
    return 0;
  };
}

const READY_SPEC = {
  short: { h: 'host', p: 'port', U: 'username', d: 'dbname', q: 'quiet', t: 'timeout', V: 'version' },
  values: new Set(['host', 'port', 'username', 'dbname', 'timeout']),
};

export function pgIsReadyCommand(eng: Engine, self: ContainerRecord): CommandFn {
  return (ctx: CommandContext) => {
    const p = parseOptions(ctx.argv, READY_SPEC, 'pg_isready');
    if (typeof p === 'string') {
      ctx.stderr(`${p}\npg_isready: hint: Try "pg_isready --help" for more information.\n`);
      return 3;
    }
    const host = last(p, 'host') ?? ctx.env['PGHOST'] ?? null;
    const port = Number(last(p, 'port') ?? ctx.env['PGPORT'] ?? 5432);
    const local = host === null || host.startsWith('/');
    const r = local ? localServer(eng, self, ['postgres']) : tcpServer(eng, self, ['postgres'], host, port);
    const [text, code] = r.ok ? ['accepting connections', 0] : ['no response', 2];
    if (!p.opts.has('quiet')) ctx.stdout(`${local ? host ?? '/var/run/postgresql' : host}:${port} - ${text}\n`);
    return code;
  };
}
