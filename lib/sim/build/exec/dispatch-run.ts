/**
 * RUN: shell or exec form, heredocs (as the script, or a `#!` file under /dev/pipes), mounts,
 * the step name BuildKit shows, `RUN |1 ARG=v /bin/sh -c … # buildkit` history, the cache key,
 * and executing through the engine's ProcessRunner in the build sandbox.
 */
import { DEFAULT_PATH, findExecutable, programFor } from '../../containers/view';
import { EXEC_FORMAT_STATUS, execFormatError, runsNatively } from '../../containers/foreign-arch';
import { targetPlatform } from './base';
import { syncMountSizes } from '../cache';
import { chainKey, digestOf } from '../digest';
import { DockerfileError } from '../dockerfile/errors';
import { chompHeredocContent, parseHeredoc } from '../dockerfile/heredoc';
import type { Instruction } from '../dockerfile/instructions';
import { newLexer } from '../dockerfile/shell-lex';
import type { DispatchCtx } from './context';
import { withShell } from './dispatch-meta';
import { stageFs } from './dispatch-files';
import { goQuote } from './go-fmt';
import { makeSandbox } from './run-machine';
import { parseRunMount, type RunMount } from './run-mounts';
import { packageTools, recordingEnv } from '../tools/index';
import type { LayerData } from '../../fs/overlay-data';
import { runStep, StepError } from './step';
import { stepName, upperFirstWord, type StageState } from './state';

type RunIns = Extract<Instruction, { kind: 'run' }>;

function summarize(doc: string): string {
  const lines = doc.trim().replace(/\r\n/g, '\n').split('\n');
  return lines[0]! + (lines.length > 1 ? '...' : '');
}

/** BuildKit's runCommandString: `|2 A=1 B=2 /bin/sh -c …` when the stage declared ARGs. */
function runCommandString(args: readonly string[], st: StageState): string {
  const pairs = new Map<string, string>();
  for (const a of st.buildArgs) pairs.set(a.key, st.env.get(a.key) ?? a.value ?? '');
  const prefix = pairs.size > 0 ? [`|${pairs.size}`, ...[...pairs].map(([k, v]) => `${k}=${v}`)] : [];
  return [...prefix, ...args].join(' ');
}

function commandLine(st: StageState, ins: RunIns): { args: string[]; name: string; script?: { path: string; data: string } } {
  let args = [...ins.cmdLine];
  let name = ins.code;
  let script: { path: string; data: string } | undefined;
  if (ins.files.length > 0) {
    if (args.length !== 1 || !ins.prependShell) throw new DockerfileError(`parsing produced an invalid run command: [${args.join(' ')}]`, ins.location);
    const first = ins.files[0]!;
    if (parseHeredoc(args[0]!)) {
      const data = first.chomp ? chompHeredocContent(first.data) : first.data;
      if (data.startsWith('#!')) {
        script = { path: `/dev/pipes/${first.name}`, data };
        args = [script.path];
      } else args = [data];
      name += ` (${summarize(first.data)})`;
    } else args = [args[0]! + ins.files.map((f) => `\n${f.data}${f.name}`).join('')];
  }
  if (ins.prependShell) args = withShell(st, args);
  return { args, name, ...(script ? { script } : {}) };
}

function parseMounts(ins: RunIns): RunMount[] {
  return ins.mounts.map((spec) => {
    try {
      return parseRunMount(spec);
    } catch (e) {
      throw new DockerfileError((e as Error).message, ins.location);
    }
  });
}

function digestTree(fs: ReturnType<typeof stageFs>, path: string): string {
  const out: string[] = [];
  const walk = (p: string) => {
    const hit = fs.find(p);
    if (!hit) return;
    out.push(`${p}:${hit.e.t}:${hit.e.mode}:${hit.e.data ?? hit.e.target ?? ''}`);
    if (hit.e.t === 'd') for (const n of fs.readdir(p)) walk(p === '/' ? `/${n}` : `${p}/${n}`);
  };
  walk(path);
  return digestOf(out.join('\n'));
}

/** Give files the tools wrote their declared sizes (in the step's layer or a cache mount). */
function declareSizes(sizes: ReadonlyMap<string, number>, upper: LayerData, mounted: ReadonlyArray<{ target: string; data: LayerData }>): void {
  for (const [path, size] of sizes) {
    const m = mounted.find((x) => path.startsWith(x.target + '/'));
    const entry = m ? m.data.entries[path.slice(m.target.length)] : upper.entries[path];
    if (entry?.t === 'f') entry.size = size;
  }
}

/** The program path runc would exec (`echo` → `/bin/echo`). */
function resolved(fs: Parameters<typeof findExecutable>[0], program: string, path: string, cwd: string): string {
  const look = findExecutable(fs, program, path, cwd);
  return look.ok ? look.path : program;
}

export function dispatchRun(ctx: DispatchCtx, st: StageState, ins: RunIns, source: StageState | undefined, onbuild: boolean): void {
  const { args, name, script } = commandLine(st, ins);
  const mounts = parseMounts(ins);
  const bindSources = mounts.map((m) => {
    if (m.type !== 'bind') return null;
    if (!m.from) return ctx.contextFs();
    if (!source?.done) throw new DockerfileError(`cannot mount from stage ${JSON.stringify(m.from)} to ${JSON.stringify(m.target)}, stage needs to be defined before current command`, ins.location);
    return stageFs(source, () => ctx.eng.world.clock);
  });
  const masked = st.env.clone();
  for (const m of mounts) if (m.type === 'secret' && m.env) masked.set(m.env, '****');
  const shown = newLexer(ctx.escape, { rawQuotes: true, skipUnsetEnv: true });
  let title: string;
  try {
    title = shown.processWord(name, masked).result;
  } catch {
    title = name;
  }
  const cwd = st.image.config.WorkingDir || '/';
  const user = st.image.config.User;
  const foreign = !runsNatively(targetPlatform(ctx.req.platform));
  const mountSig = mounts.map((m, i) => `${m.type}:${m.target}:${m.id}:${m.readOnly}:${m.type === 'bind' && bindSources[i] ? digestTree(bindSources[i] as ReturnType<typeof stageFs>, '/' + m.source) : ''}`);
  runStep(ctx, st, {
    name: stepName(st, upperFirstWord(title), onbuild),
    key: chainKey(st.key, 'run', JSON.stringify(args), st.env.toStrings().join('\n'), cwd, user, ins.network, mountSig.join('|'), script?.data ?? ''),
    createdBy: `RUN ${runCommandString(args, st)} # buildkit`,
    noCache: ctx.req.noCache,
    location: ins.location,
    run: (v) => {
      const sizes = new Map<string, number>();
      const tools = { ...ctx.tools, ...packageTools(recordingEnv(ins.network !== 'none' && ctx.req.network !== 'none', (ms) => v.spend(ms), sizes)) };
      const box = makeSandbox({ eng: ctx.eng, layers: st.fs, mounts, bindSources, secrets: ctx.secrets, user, cwd, env: st.env.toRecord(), tools, location: ins.location, ...(script ? { script } : {}) });
      const t0 = v.elapsed();
      const program = programFor(box.machine.fs, args[0] ?? '', cwd);
      // A --platform of another architecture and no QEMU on the host: runc cannot exec the program.
      const r = foreign ? { stdout: '', stderr: execFormatError(resolved(box.machine.fs, program, box.env['PATH'] ?? DEFAULT_PATH, cwd)), exitCode: EXEC_FORMAT_STATUS } : ctx.eng.rt.runner(box.machine, [program, ...args.slice(1)], { env: box.env, cwd });
      let took = v.elapsed() - t0;
      const output = r.stdout + r.stderr;
      const lines = output === '' ? [] : output.replace(/\n$/, '').split('\n');
      if (took < 80) {
        v.spend(80 + lines.length * 3 - took);
        took = v.elapsed() - t0;
      }
      lines.forEach((line, i) => v.log(line, t0 + Math.round((took * (i + 1)) / (lines.length + 1))));
      declareSizes(sizes, box.upper, box.mounted);
      syncMountSizes(ctx.eng);
      if (r.exitCode !== 0) {
        const why = `process ${goQuote(args.join(' '))} did not complete successfully: exit code: ${r.exitCode}`;
        throw new StepError(why, why, ins.location);
      }
      return box.upper;
    },
  });
}
