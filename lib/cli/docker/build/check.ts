/**
 * `docker build --check .` (`--call=check`): BuildKit converts the Dockerfile without building
 * and buildx prints the build checks on stdout — `Check complete, N warnings have been found!`,
 * then each `WARNING: Rule - url`, its message and the Dockerfile excerpt; exit 1 when any.
 */
import { buildImage } from '../../../sim/build/build';
import type { BuildRequest } from '../../../sim/build/types';
import type { Engine } from '../../../sim/core/engine';
import type { RunContext } from '../../command';
import { renderFailure, renderSource } from './render-error';
import { renderPlain } from './render-plain';

export function runCheck<E>(ctx: RunContext<E>, request: BuildRequest, engine: Engine): number {
  const result = buildImage(engine, { ...request, checkOnly: true });
  ctx.err(renderPlain(result));
  if (result.error && result.warnings.length === 0) {
    ctx.err(renderFailure(result.error));
    return 1;
  }
  const n = result.warnings.length;
  if (n === 0) {
    ctx.out('Check complete, no warnings found.\n');
    return 0;
  }
  const text = 'text' in request.dockerfile ? request.dockerfile.text : ctx.io.fs.readFile(request.dockerfile.path);
  const filename = 'text' in request.dockerfile ? 'Dockerfile' : request.dockerfile.path.slice(request.dockerfile.path.lastIndexOf('/') + 1);
  let out = `Check complete, ${n === 1 ? '1 warning has been found!' : `${n} warnings have been found!`}\n`;
  const sorted = [...result.warnings].sort((a, b) => a.line - b.line);
  for (const w of sorted) {
    out += `\nWARNING: ${w.rule} - ${w.url}\n${w.message}\n`;
    if (w.line > 0) out += renderSource({ filename, text, ranges: [{ start: w.line, end: w.line }] });
  }
  ctx.out(out);
  if (result.error) ctx.err(renderFailure(result.error));
  return 1;
}
