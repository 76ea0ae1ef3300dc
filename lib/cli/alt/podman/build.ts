/**
 * `podman build` / `buildah build` (bud): the docker build engine does the work on Podman's store;
 * the output is Buildah's: `STEP i/N: INSTRUCTION` (per stage `[s/S] STEP …` when multi-stage), the
 * RUN steps' output, `--> <id>` after each step, `COMMIT <tag>`, `Successfully tagged
 * localhost/<tag>`, and the image id. Containerfile is preferred over Dockerfile; unqualified tags
 * land under `localhost/`.
 */
import type { CommandContext } from '../../../shell/types';
import { findImage, hostOf, stableHex, tagImage, type Engine } from '../../../sim/index';
import { deleteRef } from '../../../sim/images/store';
import { parseReference } from '../../../sim/images/reference';
import { captureDockerVerb } from './delegate';
import { imageForRun } from './pull';

const VALUED = new Set(['-f', '--file', '-t', '--tag', '--build-arg', '--target', '--label', '--platform', '--network', '--iidfile', '--secret']);

interface Instruction {
  text: string;
  keyword: string;
}

function instructions(source: string): Instruction[] {
  const out: Instruction[] = [];
  let pending = '';
  for (const raw of source.split('\n')) {
    const line = raw.trimEnd();
    if (pending === '' && (/^\s*#/.test(line) || line.trim() === '')) continue;
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1);
      continue;
    }
    const text = (pending + line).trim();
    pending = '';
    out.push({ text, keyword: text.split(/\s+/)[0]!.toUpperCase() });
  }
  return out;
}

const qualify = (tag: string) => {
  const first = tag.split('/')[0]!;
  const q = tag.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost') ? tag : `localhost/${tag}`;
  return /:[^/]+$/.test(q) ? q : `${q}:latest`;
};

interface RunBlock {
  lines: string[];
  failed: string | null;
}

/** RUN outputs from buildkit's plain progress, in RUN order, with the exit status of a failed one. */
function runOutputs(plain: string): RunBlock[] {
  const blocks = new Map<string, RunBlock>();
  const order: string[] = [];
  for (const line of plain.split('\n')) {
    const head = /^#(\d+) \[[^\]]*\] RUN /.exec(line);
    if (head) {
      order.push(head[1]!);
      blocks.set(head[1]!, { lines: [], failed: null });
      continue;
    }
    const out = /^#(\d+) \d+\.\d+ (.*)$/.exec(line);
    if (out && blocks.has(out[1]!)) blocks.get(out[1]!)!.lines.push(out[2]!);
    const err = /^#(\d+) ERROR: .*exit code: (\d+)/.exec(line);
    if (err && blocks.has(err[1]!)) blocks.get(err[1]!)!.failed = err[2]!;
  }
  return order.map((k) => blocks.get(k)!);
}

export function containerBuild(p: Engine, io: CommandContext, args: readonly string[]): number {
  const pass: string[] = [];
  const tags: string[] = [];
  let file = '';
  let context = '.';
  let quiet = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-q' || a === '--quiet') quiet = true;
    else if (a === '-t' || a === '--tag') tags.push(args[++i] ?? '');
    else if (a === '-f' || a === '--file') file = args[++i] ?? '';
    else if (a.startsWith('-')) {
      pass.push(a);
      if (VALUED.has(a)) pass.push(args[++i] ?? '');
    } else context = a;
  }
  const dir = (context.startsWith('/') ? context : `${io.cwd.replace(/\/$/, '')}/${context}`).replace(/\/\.$/, '');
  const cwd = io.cwd.replace(/\/$/, '');
  const path = file ? (file.startsWith('/') ? file : `${cwd}/${file}`) : io.fs.stat(`${dir}/Containerfile`) ? `${dir}/Containerfile` : `${dir}/Dockerfile`;
  if (!io.fs.stat(path)) {
    io.stderr(`Error: no Containerfile or Dockerfile specified or found in context directory, ${dir}: no such file or directory\n`);
    return 125;
  }
  const steps = instructions(io.fs.readFile(path));
  for (const s of steps.filter((x) => x.keyword === 'FROM')) {
    const base = s.text.split(/\s+/)[1] ?? '';
    if (base !== 'scratch' && !steps.some((x) => x.keyword === 'FROM' && new RegExp(`\\sAS\\s+${base}$`, 'i').test(x.text)) && !findImage(p, base)) imageForRun(p, base, (t) => io.stderr(t), quiet);
  }
  const built = captureDockerVerb(p, io, ['build', '--progress=plain', '-f', path, ...pass, ...tags.flatMap((t) => ['-t', t]), dir]);
  const stages = steps.filter((s) => s.keyword === 'FROM').length;
  const outputs = runOutputs(built.stderr);
  let stage = 0;
  let n = 0;
  let runIndex = 0;
  let text = '';
  const stageSizes = steps.reduce<number[]>((acc, s) => (s.keyword === 'FROM' ? [...acc, 1] : (acc.length ? ((acc[acc.length - 1]! += 1), acc) : acc)), []);
  for (const [i, s] of steps.entries()) {
    if (s.keyword === 'FROM') {
      stage++;
      n = 0;
    }
    n++;
    const prefix = stages > 1 ? `[${stage}/${stages}] ` : '';
    text += `${prefix}STEP ${n}/${stageSizes[stage - 1] ?? steps.length}: ${s.text}\n`;
    const run = s.keyword === 'RUN' ? outputs[runIndex++] : undefined;
    if (run) text += run.lines.map((l) => l + '\n').join('');
    const lastOfStage = i === steps.length - 1 || steps[i + 1]!.keyword === 'FROM';
    if (run?.failed) {
      if (!quiet) io.stdout(text);
      io.stderr(`Error: building at STEP "${s.text}": while running runtime: exit status ${run.failed}\n`);
      return 1;
    }
    if (s.keyword !== 'FROM' && !lastOfStage) text += `--> ${stableHex(`${path}#${i}#${s.text}`).slice(0, 12)}\n`;
    if (lastOfStage && stage < stages) text += `--> ${stableHex(`${path}#stage${stage}`).slice(0, 12)}\n`;
  }
  if (built.code !== 0) {
    if (!quiet) io.stdout(text);
    io.stderr(built.stderr.split('\n').filter((l) => l.startsWith('ERROR:')).map((l) => l.replace(/^ERROR: (failed to build: )?(failed to solve: )?/, 'Error: ') + '\n').join('') || 'Error: build failed\n');
    return 125;
  }
  const idLine = /writing image (sha256:[0-9a-f]{64})/.exec(built.stderr)?.[1];
  const image = idLine ? hostOf(p).images[idLine] : undefined;
  if (!image) return built.code;
  for (const t of tags) {
    const full = qualify(t);
    const dockerName = parseReference(t);
    if (!findImage(p, full)) tagImage(p, image.id, full);
    if (!full.startsWith(`${dockerName.domain}/`)) deleteRef(p, dockerName);
  }
  text += `COMMIT${tags[0] ? ` ${tags[0]}` : ''}\n--> ${image.id.slice(7, 19)}\n`;
  for (const t of tags) text += `Successfully tagged ${qualify(t)}\n`;
  if (!quiet) io.stdout(text);
  io.stdout(image.id.slice(7) + '\n');
  return 0;
}
