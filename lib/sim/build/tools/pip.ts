/**
 * `pip install` (`-r requirements.txt`, package names, `--no-cache-dir`) for RUN steps: resolves
 * a few well-known packages' dependencies, downloads (or reuses wheels from /root/.cache/pip, as
 * a `--mount=type=cache` keeps them), installs into the image's site-packages.
 */
import type { CommandContext, CommandFn } from '../../../shell/types';
import { stableHex } from '../../core/rng';
import { writeSized, type ToolEnv } from './env';

const KNOWN: Record<string, { version: string; deps: string[]; size: number }> = {
  flask: { version: '3.1.1', deps: ['blinker', 'click', 'itsdangerous', 'jinja2', 'markupsafe', 'werkzeug'], size: 300_000 },
  blinker: { version: '1.9.0', deps: [], size: 30_000 },
  click: { version: '8.2.1', deps: [], size: 300_000 },
  itsdangerous: { version: '2.2.0', deps: [], size: 60_000 },
  jinja2: { version: '3.1.6', deps: ['markupsafe'], size: 800_000 },
  markupsafe: { version: '3.0.2', deps: [], size: 60_000 },
  werkzeug: { version: '3.1.3', deps: ['markupsafe'], size: 1_000_000 },
  requests: { version: '2.32.4', deps: ['certifi', 'charset-normalizer', 'idna', 'urllib3'], size: 200_000 },
  certifi: { version: '2025.7.14', deps: [], size: 300_000 },
  'charset-normalizer': { version: '3.4.2', deps: [], size: 500_000 },
  idna: { version: '3.10', deps: [], size: 300_000 },
  urllib3: { version: '2.5.0', deps: [], size: 500_000 },
  gunicorn: { version: '23.0.0', deps: ['packaging'], size: 400_000 },
  packaging: { version: '25.0', deps: [], size: 200_000 },
  redis: { version: '6.2.0', deps: [], size: 1_500_000 },
  psycopg2: { version: '2.9.10', deps: [], size: 3_000_000 },
  'psycopg2-binary': { version: '2.9.10', deps: [], size: 8_000_000 },
  fastapi: { version: '0.116.1', deps: ['pydantic', 'starlette'], size: 400_000 },
  pydantic: { version: '2.11.7', deps: [], size: 2_000_000 },
  starlette: { version: '0.47.2', deps: [], size: 300_000 },
  uvicorn: { version: '0.35.0', deps: ['click', 'h11'], size: 300_000 },
  h11: { version: '0.16.0', deps: [], size: 100_000 },
  numpy: { version: '2.3.1', deps: [], size: 60_000_000 },
  pandas: { version: '2.3.1', deps: ['numpy'], size: 70_000_000 },
};

const join = (dir: string, name: string) => (dir === '/' ? `/${name}` : `${dir}/${name}`);

function info(name: string): { version: string; deps: string[]; size: number } {
  return KNOWN[name] ?? { version: `1.${parseInt(stableHex(name, 2), 16) % 10}.0`, deps: [], size: 200_000 };
}

function sitePackages(ctx: CommandContext): string {
  for (const base of ['/usr/local/lib', '/usr/lib']) {
    try {
      const py = ctx.fs.readdir(base).filter((d) => /^python3\.\d+$/.test(d)).sort().pop();
      if (py) return `${base}/${py}/site-packages`;
    } catch {
      /* next */
    }
  }
  return '/usr/local/lib/python3.12/site-packages';
}

function requested(ctx: CommandContext, args: string[]): string[] | string {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-r' || a === '--requirement') {
      const file = args[++i] ?? '';
      const path = file.startsWith('/') ? file : join(ctx.cwd, file);
      let text: string;
      try {
        text = ctx.fs.readFile(path);
      } catch {
        return `ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'\n`;
      }
      for (const line of text.split('\n')) {
        const t = line.replace(/#.*/, '').trim();
        if (t) out.push(t);
      }
    } else if (!a.startsWith('-')) out.push(a);
  }
  return out;
}

export function pipCommand(env: ToolEnv): CommandFn {
  return (ctx) => {
    const [cmd, ...rest] = ctx.argv.slice(1);
    if (cmd === '--version' || cmd === '-V') {
      ctx.stdout(`pip 25.0.1 from ${sitePackages(ctx)}/pip (python 3.12)\n`);
      return 0;
    }
    if (cmd !== 'install') {
      ctx.stderr(cmd ? `ERROR: unknown command "${cmd}"\n` : '\nUsage:   \n  pip <command> [options]\n');
      return cmd ? 1 : 0;
    }
    const req = requested(ctx, rest);
    if (typeof req === 'string') {
      ctx.stderr(req);
      return 1;
    }
    if (req.length === 0) {
      ctx.stderr('ERROR: You must give at least one requirement to install (see "pip help install")\n');
      return 1;
    }
    const useCache = !rest.includes('--no-cache-dir');
    const names = req.map((r) => r.split(/[=<>~!;\[ ]/)[0]!.toLowerCase());
    const all: string[] = [];
    const visit = (n: string) => {
      if (all.includes(n)) return;
      all.push(n);
      info(n).deps.forEach(visit);
    };
    names.forEach(visit);
    if (!env.network && all.some((n) => !ctx.fs.stat(`/root/.cache/pip/wheels/${n}`))) {
      ctx.stdout(`WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f0c2d1e5e50>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/${names[0]}/\n`);
      ctx.stderr(`ERROR: Could not find a version that satisfies the requirement ${req[0]} (from versions: none)\nERROR: No matching distribution found for ${req[0]}\n`);
      return 1;
    }
    const site = sitePackages(ctx);
    for (const n of all) {
      const p = info(n);
      const wheel = `${n.replace(/-/g, '_')}-${p.version}-py3-none-any.whl`;
      const cached = useCache && ctx.fs.stat(`/root/.cache/pip/wheels/${n}`) !== null;
      const from = names.includes(n) && req.some((r) => r.toLowerCase().startsWith(n)) ? '' : ` (from ${names[0]})`;
      ctx.stdout(`Collecting ${n}${from}\n`);
      if (cached) ctx.stdout(`  Using cached ${wheel} (${Math.round(p.size / 1024)} kB)\n`);
      else {
        ctx.stdout(`  Downloading ${wheel} (${Math.round(p.size / 1024)} kB)\n`);
        env.advance(80 + Math.round(p.size / 5e6 * 1000));
        if (useCache) writeSized(env, ctx.fs, `/root/.cache/pip/wheels/${n}`, wheel + '\n', Math.round(p.size * 0.4));
      }
      writeSized(env, ctx.fs, `${site}/${n.replace(/-/g, '_')}/__init__.py`, `__version__ = "${p.version}"\n`, p.size);
    }
    ctx.stdout(`Installing collected packages: ${all.join(', ')}\nSuccessfully installed ${all.map((n) => `${n}-${info(n).version}`).sort().join(' ')}\n`);
    ctx.stderr("WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager, possibly rendering your system unusable. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the --root-user-action option if you know what you are doing and want to suppress this warning.\n\n[notice] A new release of pip is available: 25.0.1 -> 25.2\n[notice] To update, run: pip install --upgrade pip\n");
    env.advance(300);
    return 0;
  };
}
