/**
 * `npm` for RUN steps: `ci` (needs package-lock.json), `install [pkg…]`, `run <script>`, `test`,
 * `start`. Dependencies come from package.json; each lands in node_modules/<name> with a
 * package.json; `--omit=dev` skips devDependencies. Known build scripts (vite, react-scripts,
 * tsc, next) produce their output directory, test runners print a passing run.
 */
import type { CommandFn, CommandContext } from '../../../shell/types';
import { stableHex } from '../../core/rng';
import { writeSized, type ToolEnv } from './env';
import { npmScript } from './npm-scripts';

interface Manifest {
  name?: string;
  version?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** Transitive package counts of well-known packages (what `added N packages` reports). */
const TRANSITIVE: Record<string, number> = { express: 66, react: 2, 'react-dom': 3, vite: 14, typescript: 1, jest: 290, vitest: 38, nodemon: 28, lodash: 1, axios: 22, pg: 14, mongoose: 22, redis: 10, dotenv: 1, cors: 2, next: 24 };

function transitive(name: string): number {
  return TRANSITIVE[name] ?? 1 + (parseInt(stableHex(name, 2), 16) % 12);
}

const join = (dir: string, name: string) => (dir === '/' ? `/${name}` : `${dir}/${name}`);

function readManifest(ctx: CommandContext): Manifest | null {
  try {
    return JSON.parse(ctx.fs.readFile(join(ctx.cwd, 'package.json'))) as Manifest;
  } catch {
    return null;
  }
}

function enoent(ctx: CommandContext): number {
  const p = join(ctx.cwd, 'package.json');
  ctx.stderr(`npm error code ENOENT\nnpm error syscall open\nnpm error path ${p}\nnpm error errno -2\nnpm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${p}'\nnpm error enoent This is related to npm not being able to find a file.\nnpm error enoent\nnpm error A complete log of this run can be found in: /root/.npm/_logs/2026-01-15T09_00_00_000Z-debug-0.log\n`);
  return 254;
}

function install(ctx: CommandContext, env: ToolEnv, m: Manifest, o: { omitDev: boolean; extra: string[] }): number {
  if (!env.network) {
    ctx.stderr('npm error code EAI_AGAIN\nnpm error syscall getaddrinfo\nnpm error errno EAI_AGAIN\nnpm error request to https://registry.npmjs.org/ failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org\n');
    return 1;
  }
  const deps = { ...(m.dependencies ?? {}), ...(o.omitDev ? {} : m.devDependencies ?? {}) };
  for (const e of o.extra) deps[e.replace(/@[^@/]*$/, '') || e] = '^1.0.0';
  const names = Object.keys(deps).sort();
  let added = 0;
  for (const name of names) {
    const count = transitive(name);
    added += count;
    const dir = join(join(ctx.cwd, 'node_modules'), name);
    writeSized(env, ctx.fs, `${dir}/package.json`, JSON.stringify({ name, version: String(deps[name]).replace(/^[^\d]*/, '') || '1.0.0' }, null, 2) + '\n', 40_000 * count);
    env.advance(40 * count);
  }
  if (names.length > 0) ctx.fs.writeFile(join(ctx.cwd, 'node_modules/.package-lock.json'), JSON.stringify({ name: m.name ?? 'app', lockfileVersion: 3, packages: Object.fromEntries(names.map((n) => [`node_modules/${n}`, { version: deps[n] }])) }, null, 2) + '\n');
  const secs = Math.max(1, Math.round(added / 40));
  ctx.stdout(added === 0 ? `\nup to date, audited 1 package in ${secs}s\n\nfound 0 vulnerabilities\n` : `\nadded ${added} packages, and audited ${added + 1} packages in ${secs}s\n\n${Math.max(1, Math.floor(added / 5))} packages are looking for funding\n  run \`npm fund\` for details\n\nfound 0 vulnerabilities\n`);
  return 0;
}

export function npmCommand(env: ToolEnv): CommandFn {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    const cmd = args[0];
    const rest = args.slice(1);
    if (cmd === undefined || cmd === 'help') {
      ctx.stdout('npm <command>\n\nUsage:\n\nnpm install        install all the dependencies in your project\nnpm run <foo>      run the script named <foo>\n');
      return cmd === undefined ? 1 : 0;
    }
    if (cmd === '--version' || cmd === '-v') {
      ctx.stdout('10.9.3\n');
      return 0;
    }
    const m = readManifest(ctx);
    if (cmd === 'ci' || cmd === 'install' || cmd === 'i') {
      if (!m) return enoent(ctx);
      const omitDev = rest.includes('--omit=dev') || rest.includes('--production') || ctx.env['NODE_ENV'] === 'production';
      if (cmd === 'ci' && !ctx.fs.stat(join(ctx.cwd, 'package-lock.json')) && !ctx.fs.stat(join(ctx.cwd, 'npm-shrinkwrap.json'))) {
        ctx.stderr('npm error code EUSAGE\nnpm error\nnpm error The `npm ci` command can only install with an existing package-lock.json or\nnpm error npm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or\nnpm error later to generate a package-lock.json file, then try again.\nnpm error\nnpm error Clean install a project\nnpm error\nnpm error Usage:\nnpm error npm ci\n');
        return 1;
      }
      const extra = cmd === 'ci' ? [] : rest.filter((a) => !a.startsWith('-'));
      if (extra.length > 0) {
        const deps = { ...(m.dependencies ?? {}) };
        for (const e of extra) deps[e] = '^1.0.0';
        ctx.fs.writeFile(join(ctx.cwd, 'package.json'), JSON.stringify({ ...m, dependencies: deps }, null, 2) + '\n');
      }
      const code = install(ctx, env, m, { omitDev, extra });
      if (code === 0 && cmd !== 'ci' && !ctx.fs.stat(join(ctx.cwd, 'package-lock.json'))) ctx.fs.writeFile(join(ctx.cwd, 'package-lock.json'), JSON.stringify({ name: m.name ?? 'app', version: m.version ?? '1.0.0', lockfileVersion: 3, requires: true }, null, 2) + '\n');
      return code;
    }
    if (cmd === 'run' || cmd === 'run-script' || cmd === 'test' || cmd === 't' || cmd === 'start') {
      if (!m) return enoent(ctx);
      const name = cmd === 'test' || cmd === 't' ? 'test' : cmd === 'start' ? 'start' : rest[0];
      if (name === undefined) {
        ctx.stdout(Object.entries(m.scripts ?? {}).map(([k, v]) => `  ${k}\n    ${v}\n`).join(''));
        return 0;
      }
      return npmScript(ctx, env, { name: m.name ?? 'app', version: m.version ?? '1.0.0', script: name, command: m.scripts?.[name] });
    }
    ctx.stderr(`Unknown command: "${cmd}"\n\nTo see a list of supported npm commands, run:\n  npm help\n`);
    return 1;
  };
}
