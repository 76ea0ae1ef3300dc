/**
 * Options of the mysql/mariadb clients and mysqladmin (my_getopt: `-uroot` or `-u root`,
 * `--user=root` or `--user root`; -p takes its password only attached, `-p` alone asks).
 */

export interface MysqlOptions {
  user: string | null;
  /** null: none given; '' with `ask`: -p alone. */
  password: string | null;
  ask: boolean;
  /** The password was on the command line (the client's warning). */
  passwordOnCommandLine: boolean;
  host: string | null;
  port: number;
  database: string | null;
  execute: string[];
  table: boolean;
  batch: boolean;
  skipColumnNames: boolean;
  force: boolean;
  version: boolean;
  args: string[];
}

const LONG_VALUES: Record<string, keyof MysqlOptions> = { user: 'user', host: 'host', port: 'port', database: 'database', execute: 'execute', socket: 'args', protocol: 'args' };
const SHORT_VALUES: Record<string, string> = { u: 'user', h: 'host', P: 'port', D: 'database', e: 'execute', S: 'socket' };
const FLAGS: Record<string, keyof MysqlOptions> = { t: 'table', table: 'table', B: 'batch', batch: 'batch', N: 'skipColumnNames', 'skip-column-names': 'skipColumnNames', f: 'force', force: 'force', V: 'version', version: 'version' };
const IGNORED = new Set(['s', 'silent', 'v', 'verbose', 'i', 'ignore-spaces', 'no-auto-rehash', 'A', 'q', 'quick', 'n', 'unbuffered', 'r', 'raw', 'E', 'vertical', 'default-character-set', 'no-defaults', 'protocol', 'socket', 'ssl-mode', 'skip-ssl', 'ssl']);

/** Parse; a string is the client's complaint (exit 7). */
export function parseMysqlOptions(argv: readonly string[], program: string): MysqlOptions | string {
  const o: MysqlOptions = { user: null, password: null, ask: false, passwordOnCommandLine: false, host: null, port: 3306, database: null, execute: [], table: false, batch: false, skipColumnNames: false, force: false, version: false, args: [] };
  const set = (key: string, v: string) => {
    if (key === 'user') o.user = v;
    else if (key === 'host') o.host = v;
    else if (key === 'port') o.port = Number(v) || 3306;
    else if (key === 'database') o.database = v;
    else if (key === 'execute') o.execute.push(v);
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const value = eq < 0 ? undefined : a.slice(eq + 1);
      if (name === 'password') {
        if (value === undefined) o.ask = true;
        else [o.password, o.passwordOnCommandLine] = [value, true];
      } else if (LONG_VALUES[name]) {
        const v = value ?? argv[++i];
        if (v === undefined) return `${program}: [ERROR] ${program}: option '--${name}' requires an argument.`;
        set(name, v);
      } else if (FLAGS[name]) (o[FLAGS[name]] as boolean) = true;
      else if (!IGNORED.has(name)) return `${program}: [ERROR] unknown option '--${name}'.`;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const ch = a[j]!;
        if (ch === 'p') {
          if (j + 1 < a.length) [o.password, o.passwordOnCommandLine] = [a.slice(j + 1), true];
          else o.ask = true;
          break;
        }
        if (SHORT_VALUES[ch]) {
          const v = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
          if (v === undefined) return `${program}: [ERROR] ${program}: option '-${ch}' requires an argument.`;
          set(SHORT_VALUES[ch], v);
          break;
        }
        if (FLAGS[ch]) (o[FLAGS[ch]] as boolean) = true;
        else if (!IGNORED.has(ch)) return `${program}: [ERROR] unknown option '-${ch}'.`;
      }
      continue;
    }
    o.args.push(a);
  }
  if (o.database === null && o.args[0] !== undefined) o.database = o.args[0];
  return o;
}
