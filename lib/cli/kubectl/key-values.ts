/** --from-literal / --from-file / --from-env-file for configmaps and secrets. */
import { CliError } from '../command';
import type { KubectlRun } from './env';

function resolve(ctx: KubectlRun, path: string): string {
  return path.startsWith('/') ? path : `${ctx.io.cwd.replace(/\/$/, '')}/${path}`;
}

function readText(ctx: KubectlRun, path: string): string {
  const abs = resolve(ctx, path);
  const st = ctx.io.fs.stat(abs);
  if (!st) throw new CliError(`error: error reading ${path}: no such file or directory`, 1);
  return ctx.io.fs.readFile(abs);
}

export function readKeyValues(ctx: KubectlRun, literals: readonly string[], files: readonly string[], envFiles: readonly string[]): Record<string, string> {
  const data: Record<string, string> = {};
  const add = (k: string, v: string) => {
    if (k in data) throw new CliError(`error: cannot add key ${k}, another key by that name already exists in data: ${JSON.stringify(data)}`, 1);
    data[k] = v;
  };
  for (const lit of literals) {
    const i = lit.indexOf('=');
    if (i <= 0) throw new CliError(`error: invalid literal source ${lit}, expected key=value`, 1);
    add(lit.slice(0, i), lit.slice(i + 1));
  }
  for (const spec of files) {
    const i = spec.indexOf('=');
    const [key, path] = i > 0 ? [spec.slice(0, i), spec.slice(i + 1)] : [spec.slice(spec.lastIndexOf('/') + 1), spec];
    const abs = resolve(ctx, path);
    if (ctx.io.fs.stat(abs)?.type === 'dir') {
      for (const name of ctx.io.fs.readdir(abs)) if (ctx.io.fs.stat(`${abs}/${name}`)?.type === 'file') add(name, ctx.io.fs.readFile(`${abs}/${name}`));
    } else add(key, readText(ctx, path));
  }
  for (const path of envFiles) {
    for (const line of readText(ctx, path).split('\n')) {
      const t = line.trim();
      if (t === '' || t.startsWith('#')) continue;
      const i = t.indexOf('=');
      if (i < 0) add(t, ctx.io.env[t] ?? '');
      else add(t.slice(0, i), t.slice(i + 1));
    }
  }
  return data;
}
