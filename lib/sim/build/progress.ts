/**
 * Recording build progress on the simulated clock: each vertex starts, gets statuses and log
 * lines, and ends DONE (with its duration), CACHED or ERROR. Durations come from the world's
 * clock, which the build advances, so output is deterministic.
 */
import { advance } from '../core/clock';
import type { Engine } from '../core/engine';
import type { Vertex, VertexStatus } from './types';

export class Progress {
  readonly vertices: Vertex[] = [];
  constructor(private readonly eng: Engine) {}

  now(): number {
    return this.eng.world.clock;
  }

  /** Let simulated time pass (the build's work). */
  spend(ms: number): void {
    if (ms > 0) advance(this.eng, ms);
  }

  start(name: string): VertexRun {
    const v: Vertex = { name, statuses: [], logs: [], warnings: [], state: 'done', ms: 0 };
    this.vertices.push(v);
    return new VertexRun(this, v, this.now());
  }

  /** BuildKit prints a finished vertex again when warnings arrive for it. */
  reprintWithWarnings(v: Vertex, warnings: string[]): void {
    if (warnings.length === 0) return;
    this.vertices.push({ ...v, statuses: [], logs: [], warnings, reprint: true });
  }
}

export class VertexRun {
  constructor(
    private readonly p: Progress,
    readonly vertex: Vertex,
    private readonly started: number,
  ) {}

  /** A status line that took `ms` (spent on the clock). */
  status(id: string, ms = 0, bytes?: { current: number; total?: number }): void {
    this.p.spend(ms);
    const s: VertexStatus = { id, ms };
    if (bytes) {
      s.current = bytes.current;
      if (bytes.total !== undefined) s.total = bytes.total;
    }
    this.vertex.statuses.push(s);
  }

  /** Output of a process, one entry per line, stamped `at` ms after the vertex started (default: now). */
  log(text: string, at = this.p.now() - this.started): void {
    const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
    for (const line of lines) this.vertex.logs.push({ ms: at, text: line });
  }

  /** ms since the vertex started. */
  elapsed(): number {
    return this.p.now() - this.started;
  }

  spend(ms: number): void {
    this.p.spend(ms);
  }

  done(): Vertex {
    this.vertex.ms = this.p.now() - this.started;
    return this.vertex;
  }

  cached(): Vertex {
    this.vertex.state = 'cached';
    return this.vertex;
  }

  fail(message: string): Vertex {
    this.vertex.state = 'error';
    this.vertex.error = message;
    this.vertex.ms = this.p.now() - this.started;
    return this.vertex;
  }
}
