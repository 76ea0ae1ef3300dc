/**
 * Command-line options of psql, pg_dump and pg_isready (getopt_long: `-Uuser`, `-U user`,
 * `--username=user`, `--username user`), a connection URI in -d, and the PG* environment.
 */
import type { PgTarget } from './pg-connect';

export interface OptionSpec {
  /** short letter → long name; value options end with ':' in `values`. */
  short: Record<string, string>;
  values: ReadonlySet<string>;
}

export interface Parsed {
  opts: Map<string, string[]>;
  args: string[];
}

/** Parse argv; a string is getopt's complaint. */
export function parseOptions(argv: readonly string[], spec: OptionSpec, program: string): Parsed | string {
  const opts = new Map<string, string[]>();
  const args: string[] = [];
  const add = (k: string, v: string) => opts.set(k, [...(opts.get(k) ?? []), v]);
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      if (!Object.values(spec.short).includes(name) && !spec.values.has(name) && !['version', 'help'].includes(name)) return `${program}: unrecognized option '${a.slice(0, eq < 0 ? undefined : eq)}'`;
      if (spec.values.has(name)) {
        const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
        if (v === undefined) return `${program}: option '--${name}' requires an argument`;
        add(name, v);
      } else add(name, '');
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const name = spec.short[a[j]!];
        if (!name) return `${program}: invalid option -- '${a[j]}'`;
        if (spec.values.has(name)) {
          const v = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
          if (v === undefined) return `${program}: option requires an argument -- '${a[j]}'`;
          add(name, v);
          break;
        }
        add(name, '');
      }
      continue;
    }
    args.push(a);
  }
  return { opts, args };
}

export const last = (p: Parsed, name: string): string | undefined => p.opts.get(name)?.at(-1);

/** Where to connect: options, then a postgresql:// URI in the database name, then PG* variables. */
export function pgTarget(p: Parsed, env: Readonly<Record<string, string>>, osUser: string, positionalUser = true): PgTarget {
  let dbname = last(p, 'dbname') ?? p.args[0];
  let host = last(p, 'host') ?? env['PGHOST'] ?? null;
  let port = Number(last(p, 'port') ?? env['PGPORT'] ?? 5432);
  let user = last(p, 'username') ?? (positionalUser ? p.args[1] : undefined) ?? env['PGUSER'];
  let password = env['PGPASSWORD'] ?? null;
  const uri = dbname ? /^postgres(?:ql)?:\/\/(?:([^:@/]*)(?::([^@/]*))?@)?([^:/?]*)(?::(\d+))?(?:\/([^?]*))?/.exec(dbname) : null;
  if (uri) {
    if (uri[1]) user = decodeURIComponent(uri[1]);
    if (uri[2] !== undefined) password = decodeURIComponent(uri[2]);
    if (uri[3]) host = uri[3];
    if (uri[4]) port = Number(uri[4]);
    dbname = uri[5] ? decodeURIComponent(uri[5]) : undefined;
  }
  const u = user ?? osUser;
  return { host: host && !host.startsWith('/') ? host : null, port, user: u, dbname: dbname ?? env['PGDATABASE'] ?? u, password };
}
