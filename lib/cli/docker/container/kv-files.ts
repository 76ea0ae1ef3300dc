/**
 * `--env-file` and `--label-file` (docker/cli pkg/kvfile): line-delimited `KEY[=VALUE]` files read
 * from the client's filesystem, then `-e`/`-l` values appended so they override.
 */
import type { FileSystem } from '../../../sim/fs/types';
import { resolvePath } from '../../../sim/fs/path';

export interface KvSource {
  fs: FileSystem;
  cwd: string;
  /** The client's environment, for `KEY` lines without a value (env files only). */
  lookup?: (key: string) => string | undefined;
}

function readClientFile(src: KvSource, name: string): string {
  const path = resolvePath(src.cwd, name);
  const st = src.fs.stat(path);
  if (!st) throw new Error(`open ${name}: no such file or directory`);
  if (st.type === 'dir') throw new Error(`read ${name}: is a directory`);
  try {
    return src.fs.readFile(path);
  } catch {
    throw new Error(`open ${name}: permission denied`);
  }
}

/** kvfile.Parse over one file. */
export function parseKvFile(src: KvSource, name: string): string[] {
  const text = readClientFile(src, name);
  const out: string[] = [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((raw, i) => {
    const line = (i === 0 ? raw.replace(/^\uFEFF/, '') : raw).replace(/\r$/, '').replace(/^\s+/, '');
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    const key = eq < 0 ? line : line.slice(0, eq);
    if (key === '') throw new Error(`invalid env file (${name}): no variable name on line '${line}'`);
    if (/[ \t]/.test(key)) throw new Error(`invalid env file (${name}): variable '${key}' contains whitespaces`);
    if (eq >= 0) {
      out.push(line);
      return;
    }
    const value = src.lookup?.(line);
    if (value !== undefined) out.push(`${key}=${value}`);
  });
  return out;
}

/** opts.ReadKVStrings / ReadKVEnvStrings: file contents, then the flag values. */
export function readKvStrings(src: KvSource, files: readonly string[], override: readonly string[]): string[] {
  return [...files.flatMap((f) => parseKvFile(src, f)), ...override];
}
