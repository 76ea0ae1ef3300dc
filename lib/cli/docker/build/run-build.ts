/**
 * Running `docker buildx build PATH`: client checks, the build on the engine, and the output
 * buildx prints — progress on stderr (plain by default here: the simulator's terminal output is
 * recorded, like a non-TTY), warnings, the failure excerpt and `ERROR:` line; `-q` prints only
 * the image id on stdout; `--iidfile` writes it.
 */
import { buildImage } from '../../../sim/build/build';
import type { CommandFn } from '../../../shell/types';
import type { Engine } from '../../../sim/core/engine';
import { resolvePath } from '../../../sim/fs/path';
import type { RunContext } from '../../command';
import { terminalWidth } from '../../command';
import { runCheck } from './check';
import { BuildxError, prepareBuild, type BuildOptions } from './options';
import { renderFailure, renderWarnings } from './render-error';
import { renderPlain } from './render-plain';
import { renderTty } from './render-tty';

const WARNED: Array<[keyof BuildOptions, string]> = [
  ['isolation', 'isolation flag is deprecated with BuildKit.'],
  ['securityOpt', 'security-opt flag is deprecated. "RUN --security=insecure" should be used with BuildKit.'],
  ['squash', 'experimental flag squash is removed with BuildKit. You should squash inside build using a multi-stage Dockerfile for efficiency.'],
];

/** docker/cli's ExactArgs(1) (vendored in buildx), printed through buildx's `ERROR: %v`. */
export function exactArgsError(path: string, useLine: string): string {
  return `ERROR: docker: '${path}' requires 1 argument\n\nUsage:  ${useLine}\n\nRun '${path} --help' for more information`;
}

export function runBuild<E>(ctx: RunContext<E>, o: BuildOptions, args: readonly string[], engine: Engine, tools: Readonly<Record<string, CommandFn>> = {}): number {
  if (args.length !== 1) {
    ctx.err(exactArgsError(ctx.node.path, ctx.node.useLine) + '\n');
    return 1;
  }
  for (const [key, text] of WARNED) if (ctx.changed(key === 'securityOpt' ? 'security-opt' : key)) ctx.err(`WARNING: ${text}\n`);
  let prep;
  try {
    prep = prepareBuild(o, args[0]!, ctx.io);
    if (o.check || o.call === 'check') return runCheck(ctx, prep.request, engine);
    if (o.call !== 'build') throw new BuildxError(`failed to build: ${o.call} is not supported by the simulator (supported: build, check)`);
  } catch (e) {
    if (e instanceof BuildxError) {
      ctx.err(`ERROR: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const result = buildImage(engine, prep.request, prep.secrets, tools);
  if (prep.mode === 'quiet') {
    if (result.error) ctx.err(renderFailure(result.error));
    else ctx.out(`${result.imageId}\n`);
  } else {
    // progress=auto: buildx shows its TTY display when stderr is a terminal, plain lines otherwise.
    const tty = prep.mode === 'tty' || (prep.mode === 'auto' && ctx.io.stderrIsTTY === true);
    const progress = tty ? renderTty(result, terminalWidth(ctx.io)) : renderPlain(result);
    ctx.err(progress + renderWarnings(result.warnings) + (result.error ? renderFailure(result.error) : ''));
  }
  if (result.error) return 1;
  if (o.iidfile !== '') {
    const path = resolvePath(ctx.io.cwd, o.iidfile);
    try {
      ctx.io.fs.writeFile(path, result.imageId!);
    } catch {
      ctx.err(`ERROR: writing image ID file: open ${o.iidfile}: no such file or directory\n`);
      return 1;
    }
  }
  return 0;
}
