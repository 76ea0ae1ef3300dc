/**
 * `--progress=tty`: the last frame of BuildKit's interactive display (`[+] Building 3.2s (9/9)
 * FINISHED`, one ` => ` line per step with its time at the right edge, ` => => ` sub-lines),
 * followed by the error logs of failed steps.
 */
import type { BuildResult, Vertex } from '../../../sim/build/types';
import { renderErrorLogs } from './render-plain';
import { progressBytes, seconds1 } from './units';

function line(text: string, time: string, width: number): string {
  const room = width - time.length - 1;
  const body = text.length > room ? text.slice(0, Math.max(0, room)) : text.padEnd(room);
  return `${body} ${time}`;
}

export function renderTty(result: BuildResult, width = 80): string {
  const shown = result.vertices.filter((v) => !v.reprint);
  const done = shown.filter((v) => v.state === 'done' || v.state === 'cached').length;
  const head = `[+] Building ${seconds1(result.ms)}s (${done}/${shown.length}) FINISHED`;
  const out: string[] = [line(head, 'docker:default', width)];
  // the Dockerfile's warnings are shown under its vertex (the first one)
  const warnings = result.vertices.filter((v) => v.reprint).flatMap((v) => v.warnings);
  shown.forEach((v, i) => {
    const prefix = v.state === 'cached' ? 'CACHED ' : v.state === 'error' ? 'ERROR ' : v.state === 'canceled' ? 'CANCELED ' : '';
    out.push(line(` => ${prefix}${v.name}`, `${seconds1(v.ms)}s`, width));
    for (const s of subLines(v)) out.push(line(` => => ${s.text}`, `${seconds1(s.ms)}s`, width));
    if (i === 0) for (const w of warnings) out.push(line(` => WARN: ${w}`, '0.0s', width));
  });
  return out.join('\n') + '\n' + renderErrorLogs(result.vertices);
}

function subLines(v: Vertex): Array<{ text: string; ms: number }> {
  return v.statuses.map((s) => {
    const bytes = s.total ? ` ${progressBytes(s.current ?? 0)} / ${progressBytes(s.total)}` : s.current ? ` ${progressBytes(s.current)}` : '';
    return { text: `${s.id}${bytes}`, ms: s.ms };
  });
}
