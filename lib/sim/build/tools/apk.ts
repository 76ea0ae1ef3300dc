/**
 * Alpine's `apk` (add, del, update, info) for RUN steps and containers: fetches the indexes
 * (or fails without network), installs a package with its dependencies as Alpine 3.22 names and
 * versions them, records it in /lib/apk/db/installed and places its programs in /usr/bin.
 */
import type { CommandFn } from '../../../shell/types';
import { installBinary, writeSized, type ToolEnv } from './env';
import { installZoneinfo, removeZoneinfo } from '../../fs/zoneinfo-files';
import type { FileSystem } from '../../fs/types';

interface Pkg {
  version: string;
  deps: string[];
  bins: string[];
  /** Installed size in bytes. */
  size: number;
}

const P = (version: string, size: number, bins: string[] = [], deps: string[] = []): Pkg => ({ version, deps, bins, size });

const CATALOG: Record<string, Pkg> = {
  'brotli-libs': P('1.1.0-r2', 829_000),
  'c-ares': P('1.34.5-r0', 190_000),
  libunistring: P('1.3-r0', 1_800_000),
  libidn2: P('2.3.7-r0', 131_000, [], ['libunistring']),
  'nghttp2-libs': P('1.65.0-r0', 160_000),
  libpsl: P('0.21.5-r3', 77_000, [], ['libidn2']),
  'zstd-libs': P('1.5.7-r0', 700_000),
  libcurl: P('8.14.1-r1', 700_000, [], ['brotli-libs', 'c-ares', 'libidn2', 'libpsl', 'nghttp2-libs', 'zstd-libs']),
  curl: P('8.14.1-r1', 250_000, ['curl'], ['libcurl']),
  wget: P('1.25.0-r1', 480_000, ['wget'], ['libidn2']),
  'ca-certificates': P('20250619-r0', 700_000, ['update-ca-certificates']),
  tzdata: P('2025b-r0', 1_400_000),
  bash: P('5.2.37-r0', 1_300_000, ['bash'], ['readline']),
  readline: P('8.2.13-r1', 280_000),
  jq: P('1.8.0-r0', 320_000, ['jq'], ['oniguruma']),
  oniguruma: P('6.9.10-r0', 560_000),
  git: P('2.49.1-r0', 15_000_000, ['git'], ['libcurl', 'pcre2']),
  pcre2: P('10.43-r1', 700_000),
  openssl: P('3.5.1-r0', 1_700_000, ['openssl']),
  vim: P('9.1.1415-r0', 3_200_000, ['vim', 'vi'], ['xxd']),
  xxd: P('9.1.1415-r0', 20_000, ['xxd']),
  nano: P('8.4-r0', 600_000, ['nano']),
  'python3': P('3.12.11-r0', 42_000_000, ['python3', 'python'], ['libffi', 'sqlite-libs']),
  libffi: P('3.4.8-r0', 50_000),
  'sqlite-libs': P('3.49.2-r1', 1_300_000),
  'py3-pip': P('25.1.1-r0', 8_500_000, ['pip', 'pip3'], ['python3']),
  nodejs: P('22.16.0-r2', 45_000_000, ['node'], ['ca-certificates']),
  npm: P('11.3.0-r1', 12_000_000, ['npm', 'npx'], ['nodejs']),
  make: P('4.4.1-r3', 250_000, ['make']),
  gcc: P('14.2.0-r6', 110_000_000, ['gcc', 'cc'], ['musl-dev']),
  'musl-dev': P('1.2.5-r10', 2_100_000),
  'build-base': P('0.5-r3', 1_000, [], ['gcc', 'make', 'musl-dev']),
  tini: P('0.19.0-r3', 40_000, ['tini']),
  'su-exec': P('0.2-r3', 10_000, ['su-exec']),
  shadow: P('4.17.3-r0', 1_000_000, ['useradd', 'groupadd', 'usermod']),
  'postgresql17-client': P('17.5-r0', 4_500_000, ['psql', 'pg_dump'], ['readline']),
  'mysql-client': P('11.4.5-r2', 3_000_000, ['mysql'], ['readline']),
  'iputils-ping': P('20240905-r0', 100_000, ['ping']),
  'bind-tools': P('9.20.11-r0', 3_000_000, ['dig', 'nslookup', 'host']),
  htop: P('3.4.1-r0', 250_000, ['htop']),
  'procps-ng': P('4.0.4-r3', 900_000, ['ps', 'top', 'free']),
};
const ALIASES: Record<string, string> = { postgresql: 'postgresql17-client', 'postgresql-client': 'postgresql17-client', procps: 'procps-ng' };

const BASE_PACKAGES = 16;
const BASE_MIB = 8;
const DB = '/lib/apk/db/installed';
const LOCK = '/lib/apk/db/lock';
const REPOS = ['main', 'community'];

function installed(text: string): Set<string> {
  return new Set([...text.matchAll(/^P:(.+)$/gm)].map((m) => m[1]!));
}

function readDb(ctx: Parameters<CommandFn>[0]): string {
  try {
    return ctx.fs.readFile(DB);
  } catch {
    return '';
  }
}

/** Dependencies first, each once. */
function closure(names: readonly string[]): string[] {
  const out: string[] = [];
  const visit = (n: string) => {
    if (out.includes(n)) return;
    for (const d of CATALOG[n]?.deps ?? []) visit(d);
    out.push(n);
  };
  names.forEach(visit);
  return out;
}

export function apkCommand(env: ToolEnv): CommandFn {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    const action = args.find((a) => !a.startsWith('-'));
    const names = args.filter((a) => !a.startsWith('-')).slice(1).map((n) => ALIASES[n] ?? n.split('=')[0]!);
    const fetch = () => {
      for (const r of REPOS) ctx.stdout(`fetch https://dl-cdn.alpinelinux.org/alpine/v3.22/${r}/x86_64/APKINDEX.tar.gz\n`);
      env.advance(350);
    };
    if (action === undefined || action === '--help') {
      ctx.stdout('apk-tools 2.14.9, compiled for x86_64.\n\nusage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n');
      return 0;
    }
    if ((action === 'add' || action === 'del' || action === 'update') && !mayLockDb(env, ctx.fs)) {
      ctx.stderr('ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n');
      return 99;
    }
    if (action === 'update') {
      if (!env.network) return noNetwork(ctx);
      fetch();
      ctx.stdout(`v3.22.1-48-g7d5a0e1e8ab [https://dl-cdn.alpinelinux.org/alpine/v3.22/main]\nv3.22.1-47-g3b9d8ac1f5f [https://dl-cdn.alpinelinux.org/alpine/v3.22/community]\nOK: 26324 distinct packages available\n`);
      return 0;
    }
    let db = readDb(ctx);
    const have = installed(db);
    if (action === 'add') {
      if (!env.network) return noNetwork(ctx);
      fetch();
      const unknown = names.filter((n) => !CATALOG[n]);
      if (unknown.length > 0) {
        ctx.stderr('ERROR: unable to select packages:\n' + unknown.map((n) => `  ${n} (no such package):\n    required by: world[${n}]\n`).join(''));
        return 1;
      }
      const todo = closure(names).filter((n) => !have.has(n));
      todo.forEach((n, i) => {
        const p = CATALOG[n]!;
        ctx.stdout(`(${i + 1}/${todo.length}) Installing ${n} (${p.version})\n`);
        for (const b of p.bins) installBinary(env, ctx.fs, `/usr/bin/${b}`, b, Math.round(p.size / Math.max(1, p.bins.length)));
        if (n === 'tzdata') installZoneinfo(ctx.fs);
        else if (p.bins.length === 0) writeSized(env, ctx.fs, `/usr/lib/${n.startsWith('lib') ? n : 'lib' + n}.so`, `${n} ${p.version}\n`, p.size, 0o755);
        db += `P:${n}\nV:${p.version}\nI:${p.size}\n\n`;
        have.add(n);
        env.advance(60 + Math.round(p.size / 2e6));
      });
      if (todo.length > 0) ctx.stdout('Executing busybox-1.37.0-r18.trigger\n');
      ctx.fs.mkdir('/lib/apk/db', { recursive: true });
      ctx.fs.writeFile(DB, db);
    } else if (action === 'del') {
      for (const n of names) {
        for (const b of CATALOG[n]?.bins ?? []) ctx.fs.rm(`/usr/bin/${b}`, { force: true });
        if (n === 'tzdata') removeZoneinfo(ctx.fs);
        db = db.replace(new RegExp(`P:${n.replace(/[.+]/g, '\\$&')}\\n[^]*?\\n\\n`), '');
        have.delete(n);
      }
      ctx.fs.writeFile(DB, db);
    } else if (action === 'info') {
      ctx.stdout([...have].map((n) => `${n}\n`).join(''));
      return 0;
    } else {
      ctx.stderr(`apk: unknown command '${action}'\n`);
      return 1;
    }
    const mib = BASE_MIB + Math.round([...have].reduce((n, p) => n + (CATALOG[p]?.size ?? 0), 0) / 1048576);
    ctx.stdout(`OK: ${mib} MiB in ${BASE_PACKAGES + have.size} packages\n`);
    return 0;
  };
}

/**
 * Whether the process may take apk's database lock (/lib/apk/db/lock, opened for writing as apk
 * does): where the filesystem enforces permissions (a container process as a non-root user), the
 * kernel refuses it.
 */
function mayLockDb(env: ToolEnv, fs: FileSystem): boolean {
  if (!env.enforcesPermissions) return true;
  try {
    fs.writeFile(LOCK, '');
    return true;
  } catch {
    return false;
  }
}

function noNetwork(ctx: Parameters<CommandFn>[0]): number {
  for (const r of REPOS) ctx.stdout(`fetch https://dl-cdn.alpinelinux.org/alpine/v3.22/${r}/x86_64/APKINDEX.tar.gz\n`);
  for (const r of REPOS) ctx.stderr(`WARNING: fetching https://dl-cdn.alpinelinux.org/alpine/v3.22/${r}: temporary error (try again later)\n`);
  ctx.stderr('ERROR: unable to select packages:\n');
  return 1;
}
