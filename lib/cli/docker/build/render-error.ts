/**
 * What follows the progress when a build ends: buildx's warning summary, the Dockerfile excerpt
 * of a failure (BuildKit's errdefs Source.Print: `Dockerfile:3`, `>>>` on the failing lines)
 * and the final `ERROR: failed to build: …` line.
 */
import type { LintWarning } from '../../../sim/build/dockerfile/instructions';
import { warningShort } from '../../../sim/build/dockerfile/lint';
import type { BuildFailure, SourceExcerpt } from '../../../sim/build/types';

/** ` 1 warning found (use docker --debug to expand):` and one ` - Rule: message (line N)` each. */
export function renderWarnings(warnings: readonly LintWarning[]): string {
  if (warnings.length === 0) return '';
  const head = warnings.length === 1 ? '1 warning found' : `${warnings.length} warnings found`;
  return `\n ${head} (use docker --debug to expand):\n` + warnings.map((w) => ` - ${warningShort(w)}\n`).join('');
}

export function renderSource(src: SourceExcerpt): string {
  const lines = src.text.split('\n');
  if (src.ranges.length === 0) return '';
  let start = Math.min(...src.ranges.map((r) => r.start));
  let end = Math.max(...src.ranges.map((r) => Math.max(r.start, r.end)));
  if (start > lines.length || start < 1) return '';
  if (end > lines.length) end = lines.length;
  const pad = end === start ? 4 : 2;
  const first = start;
  for (let p = 0; p < pad; ) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== lines.length) {
      end++;
      p++;
    }
    p++;
  }
  const hit = (i: number) => src.ranges.some((r) => r.start <= i && Math.max(r.start, r.end) >= i);
  let out = `${src.filename}:${first}\n--------------------\n`;
  for (let i = start; i <= end; i++) out += ` ${String(i).padStart(3)} | ${hit(i) ? '>>>' : '   '} ${lines[i - 1]}\n`;
  return out + '--------------------\n';
}

/** The excerpt (if any) and the `ERROR:` line. */
export function renderFailure(f: BuildFailure): string {
  return (f.source ? renderSource(f.source) : '') + `ERROR: failed to build: ${f.message}\n`;
}
