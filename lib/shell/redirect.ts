/**
 * Redirections: `<` `>` `>>` `2>` `2>&1` `>&2` `&>` `&>>` heredocs and here-strings, applied in order
 * to a small fd table. Files are truncated/created when opened (so `cat f > f` empties f, as in bash)
 * and written when the command finishes. /dev/null, /dev/stdout, /dev/stderr and /dev/stdin are special.
 */
import type { Redir, Word } from './ast';
import { FS_ERROR_TEXT, FsError } from '../sim/fs/types';
import { resolvePath } from '../sim/fs/path';
import { expandString, expandTarget } from './expand';
import { CappedBuffer, Stdin, discard, type Io, type Sink } from './io';
import type { Interp } from './interp';

interface FileSink {
  path: string;
  buf: CappedBuffer;
}

export function withRedirs(sh: Interp, redirs: readonly Redir[], io: Io, run: (io: Io) => number): number {
  if (redirs.length === 0) return run(io);
  const files: FileSink[] = [];
  const opened = open(sh, redirs, io, files);
  if (typeof opened === 'number') {
    flush(sh, files);
    return opened;
  }
  try {
    return run(opened);
  } finally {
    flush(sh, files);
  }
}

function flush(sh: Interp, files: FileSink[]): void {
  for (const f of files) {
    if (f.buf.text === '') continue;
    try {
      sh.fs.writeFile(f.path, f.buf.text, { append: true });
    } catch {
      // The file was checked when opened; a later failure (e.g. removed directory) loses the output, as a closed fd would.
    }
  }
}

function open(sh: Interp, redirs: readonly Redir[], io: Io, files: FileSink[]): Io | number {
  let stdin = io.stdin;
  const fds: Record<number, Sink> = { 1: io.out, 2: io.err };
  sh.errSink = io.err;
  for (const r of redirs) {
    const input = r.op === '<' || r.op === '<<' || r.op === '<<-' || r.op === '<<<' || r.op === '<&' || r.op === '<>';
    const fd = r.fd ?? (input ? 0 : 1);
    if (r.op === '<<' || r.op === '<<-') {
      stdin = new Stdin(r.literal ? literalText(r.target) : expandString(sh, r.target));
      continue;
    }
    if (r.op === '<<<') {
      stdin = new Stdin(expandString(sh, r.target) + '\n');
      continue;
    }
    const target = expandTarget(sh, r.target);
    if (target === null) return fail(sh, io, `${wordText(r.target)}: ambiguous redirect`);
    if (r.op === '>&' || r.op === '<&') {
      if (target === '-') {
        if (fd === 0) stdin = new Stdin('');
        else fds[fd] = discard;
        continue;
      }
      if (/^[0-9]+$/.test(target)) {
        const src = Number(target);
        if (fd === 0 || src === 0) continue;
        const sink = fds[src];
        if (!sink) return fail(sh, io, `${target}: Bad file descriptor`);
        fds[fd] = sink;
        continue;
      }
      if (r.op === '<&') return fail(sh, io, `${target}: ambiguous redirect`);
    }
    if (input) {
      const text = readInput(sh, target, stdin);
      if (text instanceof Error) return fail(sh, io, text.message);
      if (fd === 0) stdin = new Stdin(text);
      continue;
    }
    const append = r.op === '>>' || r.op === '&>>';
    const sink = outputSink(sh, target, append, fds, files);
    if (sink instanceof Error) return fail(sh, io, sink.message);
    if (r.op === '&>' || r.op === '&>>' || (r.op === '>&' && r.fd === null)) {
      fds[1] = sink;
      fds[2] = sink;
    } else if (fd === 1 || fd === 2) fds[fd] = sink;
  }
  const out = fds[1] as Sink;
  const err = fds[2] as Sink;
  return { stdin, out, err, outTty: io.outTty && out === io.out, errTty: io.errTty === true && err === io.err, inTty: io.inTty === true && stdin === io.stdin };
}

function fail(sh: Interp, io: Io, message: string): number {
  io.err(`${sh.errPrefix()}${message}\n`);
  return 1;
}

function readInput(sh: Interp, target: string, stdin: Stdin): string | Error {
  if (target === '/dev/null') return '';
  if (target === '/dev/stdin') return stdin.readAll();
  try {
    return sh.fs.readFile(resolvePath(sh.frame.cwd, target));
  } catch (e) {
    if (e instanceof FsError) return new Error(`${target}: ${FS_ERROR_TEXT[e.code]}`);
    throw e;
  }
}

function outputSink(sh: Interp, target: string, append: boolean, fds: Record<number, Sink>, files: FileSink[]): Sink | Error {
  if (target === '/dev/null') return discard;
  if (target === '/dev/stdout') return fds[1] as Sink;
  if (target === '/dev/stderr') return fds[2] as Sink;
  const path = resolvePath(sh.frame.cwd, target);
  const existing = files.find(f => f.path === path);
  if (existing) return existing.buf.write;
  try {
    sh.fs.writeFile(path, '', { append });
  } catch (e) {
    if (e instanceof FsError) return new Error(`${target}: ${FS_ERROR_TEXT[e.code]}`);
    throw e;
  }
  const buf = new CappedBuffer();
  files.push({ path, buf });
  return buf.write;
}

function literalText(word: Word): string {
  return word.map(p => (p.k === 'sq' || p.k === 'lit' ? p.v : '')).join('');
}

/** Approximate source text of a word, for messages such as `$f: ambiguous redirect`. */
export function wordText(word: Word): string {
  return word
    .map(p => {
      switch (p.k) {
        case 'lit':
        case 'sq':
          return p.v;
        case 'dq':
          return `"${wordText(p.parts)}"`;
        case 'param':
          return p.op || p.length ? `\${${p.name}}` : `$${p.name}`;
        case 'cmd':
          return p.src;
        case 'arith':
          return `$((${wordText(p.expr)}))`;
        case 'tilde':
          return `~${p.user}`;
      }
    })
    .join('');
}
