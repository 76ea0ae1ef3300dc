/**
 * tar: create (-c), extract (-x) and list (-t) archives stored as files in the vfs, with -z
 * compressing with the simulator's gzip (sim/fs/compress.ts), -j/-J accepted, -v, -f, -C,
 * --strip-components. GNU tar wording.
 */
import { collectEntries, decodeArchive, encodeArchive, extractEntry, type ArchiveEntry } from '../../sim/fs/archive';
import { gzipText, isGzip } from '../../sim/fs/compress';
import { FsError } from '../../sim/fs/types';
import type { Cmd, ShellCommandContext } from '../context';
import { abs, errText, idNames } from './common';
import { modeString } from './ls-format';
import { formatDate } from './date-format';

interface TarOpts {
  mode: 'c' | 'x' | 't' | null;
  verbose: boolean;
  file: string | null;
  dir: string | null;
  strip: number;
  /** -z / --gzip: compress on create; on read the stream must be gzip (GNU tar runs gzip -d). */
  gzip: boolean;
  operands: string[];
}

function parse(ctx: ShellCommandContext): TarOpts | string {
  const args = ctx.argv.slice(1);
  const o: TarOpts = { mode: null, verbose: false, file: null, dir: null, strip: 0, gzip: false, operands: [] };
  const takeValue = (letter: string): string | null => {
    const v = args.shift();
    if (v === undefined) return null;
    if (letter === 'f') o.file = v;
    else o.dir = v;
    return v;
  };
  if (args[0] !== undefined && !args[0].startsWith('-') && /^[cxtzjJvfCpP]+$/.test(args[0])) {
    // Old-style bundled options (`tar czvf out.tgz dir`): value letters take the next words in order.
    const old = args.shift() as string;
    const rewritten = old.replace(/[fC]/g, '') === '' ? [] : ['-' + old.replace(/[fC]/g, '')];
    for (const c of old) {
      if (c !== 'f' && c !== 'C') continue;
      const v = args.shift();
      if (v === undefined) return `Old option '${c}' requires an argument.`;
      rewritten.push('-' + c, v);
    }
    args.unshift(...rewritten);
  }
  while (args.length > 0) {
    const a = args.shift() as string;
    if (a.startsWith('--')) {
      const [key, value] = a.slice(2).split('=');
      if (key === 'strip-components' || key === 'strip') o.strip = Number(value ?? args.shift() ?? 0);
      else if (key === 'directory') o.dir = value ?? args.shift() ?? null;
      else if (key === 'file') o.file = value ?? args.shift() ?? null;
      else if (key === 'create' || key === 'extract' || key === 'list') o.mode = key === 'create' ? 'c' : key === 'extract' ? 'x' : 't';
      else if (key === 'verbose') o.verbose = true;
      else if (key === 'gzip' || key === 'gunzip') o.gzip = true;
      else if (!['gzip', 'gunzip', 'bzip2', 'xz', 'preserve-permissions', 'same-owner', 'no-same-owner', 'overwrite'].includes(key as string)) return `unrecognized option '${a}'`;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let i = 1; i < a.length; i++) {
        const c = a[i] as string;
        if (c === 'c' || c === 'x' || c === 't') o.mode = c;
        else if (c === 'v') o.verbose = true;
        else if (c === 'z') o.gzip = true;
        else if (c === 'f' || c === 'C') {
          const rest = a.slice(i + 1);
          if (rest !== '') {
            if (c === 'f') o.file = rest;
            else o.dir = rest;
          } else if (takeValue(c) === null) return `option requires an argument -- '${c}'`;
          break;
        } else if (!'zjJpPaO'.includes(c)) return `invalid option -- '${c}'`;
      }
      continue;
    }
    o.operands.push(a);
  }
  return o;
}

export const tar: Cmd = ctx => {
  const o = parse(ctx);
  if (typeof o === 'string') {
    ctx.stderr(`tar: ${o}\nTry 'tar --help' or 'tar --usage' for more information.\n`);
    return 2;
  }
  if (o.mode === null) {
    ctx.stderr("tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\nTry 'tar --help' or 'tar --usage' for more information.\n");
    return 2;
  }
  if (o.mode === 'c') return create(ctx, o);
  return readArchive(ctx, o);
};

function create(ctx: ShellCommandContext, o: TarOpts): number {
  if (o.operands.length === 0) {
    ctx.stderr("tar: Cowardly refusing to create an empty archive\nTry 'tar --help' or 'tar --usage' for more information.\n");
    return 2;
  }
  const base = o.dir ? abs(ctx, o.dir) : ctx.cwd;
  const entries: ArchiveEntry[] = [];
  let failed = false;
  let warned = false;
  for (const op of o.operands) {
    const name = op.replace(/^\/+/, '');
    if (name !== op && !warned) {
      ctx.stderr("tar: Removing leading `/' from member names\n");
      warned = true;
    }
    const path = op.startsWith('/') ? op : `${base}/${op}`;
    try {
      if (!ctx.fs.lstat(path)) throw new FsError('ENOENT', path);
    } catch (e) {
      ctx.stderr(`tar: ${op}: Cannot stat: ${errText(e)}\n`);
      failed = true;
      continue;
    }
    try {
      collectEntries(ctx.fs, path, name, entries);
    } catch (e) {
      ctx.stderr(`tar: ${op}: Cannot open: ${errText(e)}\n`);
      failed = true;
    }
  }
  if (o.verbose) ctx.stdout(entries.map(e => e.path + '\n').join(''));
  const archive = o.gzip ? gzipText(encodeArchive(entries)) : encodeArchive(entries);
  if (o.file === null || o.file === '-') ctx.stdout(archive);
  else {
    try {
      ctx.fs.writeFile(abs(ctx, o.file), archive);
    } catch (e) {
      ctx.stderr(`tar: ${o.file}: Cannot open: ${errText(e)}\ntar: Error is not recoverable: exiting now\n`);
      return 2;
    }
  }
  if (failed) ctx.stderr('tar: Exiting with failure status due to previous errors\n');
  return failed ? 2 : 0;
}

function readArchive(ctx: ShellCommandContext, o: TarOpts): number {
  let text: string;
  if (o.file === null || o.file === '-') text = ctx.stdin;
  else {
    try {
      text = ctx.fs.readFile(abs(ctx, o.file));
    } catch (e) {
      ctx.stderr(`tar: ${o.file}: Cannot open: ${errText(e)}\ntar: Error is not recoverable: exiting now\n`);
      return 2;
    }
  }
  if (o.gzip && !isGzip(text)) {
    ctx.stderr('gzip: stdin: not in gzip format\ntar: Child returned status 1\ntar: Error is not recoverable: exiting now\n');
    return 2;
  }
  const entries = decodeArchive(text);
  if (!entries) {
    ctx.stderr('tar: This does not look like a tar archive\ntar: Exiting with failure status due to previous errors\n');
    return 2;
  }
  const wanted = o.operands.map(p => p.replace(/^\/+/, '').replace(/\/$/, ''));
  const selected = entries.filter(e => wanted.length === 0 || wanted.some(w => e.path === w || e.path === w + '/' || e.path.startsWith(w + '/')));
  if (o.mode === 't') {
    const names = idNames(ctx.fs);
    ctx.stdout(selected.map(e => (o.verbose ? longLine(e, names) : e.path) + '\n').join(''));
    return 0;
  }
  const dir = o.dir ? abs(ctx, o.dir) : ctx.cwd;
  if (o.dir && ctx.fs.stat(dir)?.type !== 'dir') {
    ctx.stderr(`tar: ${o.dir}: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n`);
    return 2;
  }
  let failed = false;
  for (const e of selected) {
    const parts = e.path.split('/').filter(Boolean);
    if (parts.length <= o.strip) continue;
    const rel = parts.slice(o.strip).join('/') + (e.type === 'dir' ? '/' : '');
    if (o.verbose) ctx.stdout(e.path + '\n');
    try {
      extractEntry(ctx.fs, dir, e, rel);
    } catch (err) {
      ctx.stderr(`tar: ${rel}: Cannot open: ${errText(err)}\n`);
      failed = true;
    }
  }
  if (failed) ctx.stderr('tar: Exiting with failure status due to previous errors\n');
  return failed ? 2 : 0;
}

function longLine(e: ArchiveEntry, names: ReturnType<typeof idNames>): string {
  const owner = `${names.user(e.uid)}/${names.group(e.gid)}`;
  const size = String(e.type === 'file' ? (e.data ?? '').length : 0);
  const when = formatDate('%Y-%m-%d %H:%M', e.mtime);
  return `${modeString({ type: e.type, mode: e.mode })} ${owner} ${size.padStart(Math.max(1, 18 - owner.length))} ${when} ${e.path}${e.type === 'symlink' ? ` -> ${e.target}` : ''}`;
}
