/**
 * `--progress=plain`: BuildKit's text printer (progressui/printer.go) as `docker build` writes it
 * to stderr when that is not a terminal — `#N name`, statuses, logs, `#N DONE 0.3s` / `CACHED` /
 * `ERROR: …`, then the failed steps' last log lines between `------` rules.
 */
import type { BuildResult, Vertex } from '../../../sim/build/types';
import { logStamp, progressBytes, seconds1 } from './units';

export const BUILDER_LINE = '#0 building with "default" instance using docker driver';

function statusLine(n: number, s: Vertex['statuses'][number]): string {
  let bytes = '';
  if (s.total !== undefined && s.total > 0) bytes = ` ${progressBytes(s.current ?? 0)} / ${progressBytes(s.total)}`;
  else if (s.current !== undefined && s.current !== 0) bytes = ` ${progressBytes(s.current)}`;
  const tm = s.ms > 10 ? ` ${seconds1(s.ms)}s` : '';
  return `#${n} ${s.id}${bytes}${tm} done`;
}

function endLine(n: number, v: Vertex): string {
  if (v.state === 'error') return `#${n} ERROR: ${v.error ?? ''}`;
  if (v.state === 'canceled') return `#${n} CANCELED`;
  if (v.state === 'cached') return `#${n} CACHED`;
  return `#${n} DONE ${seconds1(v.ms)}s`;
}

/** The vertex blocks (without the trailing error logs). Re-printed blocks are the Dockerfile's (#1). */
export function renderVertices(vertices: readonly Vertex[]): string {
  if (vertices.length === 0) return '';
  const lines: string[] = [BUILDER_LINE];
  let next = 0;
  for (const v of vertices) {
    const n = v.reprint ? 1 : ++next;
    lines.push('', `#${n} ${v.name}`);
    for (const s of v.statuses) lines.push(statusLine(n, s));
    for (const w of v.warnings) lines.push(`#${n} WARN: ${w}`);
    for (const l of v.logs) lines.push(`#${n} ${logStamp(l.ms)} ${l.text}`);
    lines.push(endLine(n, v));
  }
  return lines.join('\n') + '\n';
}

/** printErrorLogs: each failed vertex with its last 10 log lines. */
export function renderErrorLogs(vertices: readonly Vertex[]): string {
  let out = '';
  for (const v of vertices) {
    if (v.state !== 'error' || v.reprint) continue;
    out += `------\n > ${v.name}:\n`;
    for (const l of v.logs.slice(-10)) out += `${logStamp(l.ms)} ${l.text}\n`;
    out += '------\n';
  }
  return out;
}

export function renderPlain(result: BuildResult): string {
  return renderVertices(result.vertices) + renderErrorLogs(result.vertices);
}
