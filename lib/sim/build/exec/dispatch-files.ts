/**
 * WORKDIR, COPY and ADD: destination relative to the working directory, `--chown` resolved in
 * the stage's /etc/passwd and /etc/group, `--chmod`, sources from the context, another stage or
 * an image, heredoc files, ADD's URLs and archives; cache keys from the copied content.
 */
import { OverlayFs } from '../../fs/overlay';
import { normPath, type LayerData } from '../../fs/overlay-data';
import type { FileSystem } from '../../fs/types';
import { copyToLayer, SourceNotFound } from '../context/copy';
import { stableHex } from '../../core/rng';
import { chainKey, layerDiffId } from '../digest';
import { DockerfileError } from '../dockerfile/errors';
import type { Instruction } from '../dockerfile/instructions';
import { newLexer } from '../dockerfile/shell-lex';
import type { DispatchCtx } from './context';
import { fetchUrl } from './fetch-url';
import { history } from './dispatch-meta';
import { runStep, StepError } from './step';
import { stepName, upperFirstWord, type StageState } from './state';

type FileIns = Extract<Instruction, { kind: 'copy' | 'add' }>;
const rawLexer = newLexer('\\', { skipProcessQuotes: true });

export function stageFs(st: StageState, now: () => number): OverlayFs {
  return new OverlayFs(st.fs, { writable: false, now });
}

/** BuildKit's name for a step: the instruction text with known variables expanded. */
export function displayName(ctx: DispatchCtx, st: StageState, code: string): string {
  try {
    return upperFirstWord(ctx.lexer.processWord(code, st.env).result);
  } catch {
    return upperFirstWord(code);
  }
}

function lookupId(fs: FileSystem, file: string, name: string): number | null {
  let text = '';
  try {
    text = fs.readFile(file);
  } catch {
    return null;
  }
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f[0] === name && f[2] !== undefined) return Number(f[2]);
  }
  return null;
}

function resolveChown(fs: FileSystem, spec: string, at: FileIns): { uid: number; gid: number } {
  const [u = '', g] = spec.split(':', 2);
  const fail = (what: string, n: string) => new DockerfileError(`unable to convert uid/gid chown string to host mapping: can't find ${what} for user ${n}: no such user: ${n}`, at.location);
  const uid = /^\d+$/.test(u) ? Number(u) : lookupId(fs, '/etc/passwd', u);
  if (uid === null) throw fail('uid', u);
  let gid = uid;
  if (g !== undefined && g !== '') {
    const found = /^\d+$/.test(g) ? Number(g) : lookupId(fs, '/etc/group', g);
    if (found === null) throw fail('gid', g);
    gid = found;
  } else if (!/^\d+$/.test(u)) {
    const line = (() => {
      try {
        return fs.readFile('/etc/passwd').split('\n').find((l) => l.startsWith(u + ':'));
      } catch {
        return undefined;
      }
    })();
    gid = Number(line?.split(':')[3] ?? uid);
  }
  return { uid, gid };
}

function parseChmod(spec: string, at: FileIns): number {
  if (!/^[0-7]+$/.test(spec) || parseInt(spec, 8) > 0o7777) throw new DockerfileError(`invalid chmod parameter: '${spec}'. it should be octal string and between 0 and 07777`, at.location);
  return parseInt(spec, 8);
}

/** pathRelativeToWorkingDir, keeping a trailing slash. */
export function destPath(st: StageState, dest: string): string {
  const wd = st.image.config.WorkingDir || '/';
  const d = dest === '.' || dest === '' ? './' : dest;
  const abs = normPath(d.startsWith('/') ? d : `${wd}/${d}`);
  return d.endsWith('/') && abs !== '/' ? abs + '/' : abs;
}

export function dispatchWorkdir(ctx: DispatchCtx, st: StageState, ins: Extract<Instruction, { kind: 'workdir' }>, onbuild: boolean): void {
  if (!st.workdirSet && !ins.path.startsWith('/')) ctx.lint.run('WorkdirRelativePath', ins.location[0]?.start ?? 0, ins.path);
  st.workdirSet = true;
  const wd = normPath(ins.path.startsWith('/') ? ins.path : `${st.image.config.WorkingDir || '/'}/${ins.path}`);
  st.image.config.WorkingDir = wd;
  if (wd === '/') {
    history(st, 'WORKDIR /');
    return;
  }
  const user = st.image.config.User;
  runStep(ctx, st, {
    name: stepName(st, displayName(ctx, st, ins.code), onbuild),
    key: chainKey(st.key, 'mkdir', wd, user),
    createdBy: `WORKDIR ${wd}`,
    noCache: ctx.req.noCache,
    location: ins.location,
    run: () => {
      const lower = stageFs(st, () => ctx.eng.world.clock);
      const upper: LayerData = { entries: {} };
      const fs = new OverlayFs([upper, ...st.fs], { writable: true, now: () => ctx.eng.world.clock });
      if (!lower.stat(wd)) {
        fs.mkdir(wd, { recursive: true, mode: 0o755 });
        if (user) {
          const owner = resolveChown(lower, user, { location: ins.location } as FileIns);
          fs.chown(wd, owner.uid, owner.gid);
        }
      }
      return upper;
    },
  });
}

function sourceFs(ctx: DispatchCtx, st: StageState, source: StageState | undefined, ins: FileIns): OverlayFs {
  if (!source) return ctx.contextFs();
  if (!source.done) throw new DockerfileError(`cannot copy from stage ${JSON.stringify(ins.kind === 'copy' ? ins.from : '')}, it needs to be defined before current stage ${JSON.stringify(st.name || `stage-${st.index}`)}`, ins.location);
  return stageFs(source, () => ctx.eng.world.clock);
}

const isUrl = (s: string) => /^https?:\/\//.test(s);

export function dispatchFiles(ctx: DispatchCtx, st: StageState, ins: FileIns, source: StageState | undefined, onbuild: boolean): void {
  const now = () => ctx.eng.world.clock;
  const onto = stageFs(st, now);
  const dest = destPath(st, ins.files.dest);
  const owner = ins.chown ? resolveChown(onto, ins.chown, ins) : undefined;
  const mode = ins.chmod ? parseChmod(ins.chmod, ins) : undefined;
  const word = ins.kind === 'add' ? 'ADD' : 'COPY';
  const flags = (ins.chown ? ` --chown=${ins.chown}` : '') + (ins.chmod ? ` --chmod=${ins.chmod}` : '');
  const createdBy = `${word}${flags}${ins.files.sources.map((s) => ' ' + s).join('')}${ins.files.contents.map((c) => ' <<' + c.path).join('')} ${ins.files.dest} # buildkit`;
  const name = stepName(st, displayName(ctx, st, ins.code), onbuild);
  const contents = ins.files.contents.map((c) => ({ path: c.path, data: c.expand ? rawLexer.processWord(c.data, st.env).result : c.data }));
  const urls = ins.kind === 'add' ? ins.files.sources.filter(isUrl) : [];
  if (ins.kind === 'copy' && ins.files.sources.some(isUrl)) throw new DockerfileError('source can\'t be a URL for COPY', ins.location);
  const local = ins.files.sources.filter((s) => !isUrl(s));
  const downloads = urls.map((u) => fetchUrl(ctx, u, name, ins));
  let diff: LayerData;
  try {
    const from = local.length > 0 ? sourceFs(ctx, st, source, ins) : onto;
    diff = copyToLayer({ from, sources: local, contents: [...contents, ...downloads], dest: normPath(dest), destIsDir: dest.endsWith('/'), onto, ...(owner ? { owner } : {}), ...(mode !== undefined ? { mode } : {}), now: now(), unpack: ins.kind === 'add' });
  } catch (e) {
    if (!(e instanceof SourceNotFound)) throw e;
    const ref = `${source ? source.key.slice(7, 32) : ctx.eng.host}::${source ? 'stage' : 'context'}`;
    const why = `failed to calculate checksum of ref ${checksumRef(ctx, ref)}: ${e.message}`;
    const v = ctx.progress.start(name);
    throw new StepError(why, `failed to compute cache key: ${why}`, ins.location, v.fail(why));
  }
  runStep(ctx, st, {
    name,
    key: chainKey(st.key, 'copy', dest, ins.chown, ins.chmod, layerDiffId(diff)),
    createdBy,
    noCache: ctx.req.noCache,
    location: ins.location,
    run: (v) => {
      v.spend(5 + Math.round(Object.keys(diff.entries).length / 4));
      return diff;
    },
  });
}

/** A ref like `7a9be817-6313-4f17-a671-9c047f8d1c16::dh4pq78gjp8h47r1yizef3cl3` (a session and a snapshot id). */
function checksumRef(ctx: DispatchCtx, seed: string): string {
  const h = stableHex(`${seed}#${ctx.eng.world.seq}`, 32);
  const b36 = stableHex(`${seed}#ref`, 50).replace(/../g, (x) => '0123456789abcdefghijklmnopqrstuvwxyz'[parseInt(x, 16) % 36]!).slice(0, 25);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}::${b36}`;
}
