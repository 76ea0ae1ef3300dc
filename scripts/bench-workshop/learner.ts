/**
 * One simulated learner: joins, then posts batches of progress events like the browser's outbox does
 * (ids made once, events kept until acknowledged, retried after failures) until the deadline.
 */
import { randomBytes } from 'node:crypto';

export interface Stats {
  /** Posts attempted (answered or not). */
  requests: number;
  /** Posts the server answered (any HTTP status). */
  answered: number;
  /** Client-side latency of each post the server acknowledged. */
  latencies: number[];
  /** Time inside the route handler (auth, parse, durable commit), from the Server-Timing header. */
  appTimes: number[];
  /** HTTP answers other than 200 (target 0). */
  httpErrors: Map<number, number>;
  /** Connection refused/reset: the server was down (kill -9 and restart); the batch is retried. */
  networkRetries: number;
  acked: Set<string>;
}

export function newStats(): Stats {
  return { requests: 0, answered: 0, latencies: [], appTimes: [], httpErrors: new Map(), networkRetries: 0, acked: new Set() };
}

interface Envelope {
  id: string;
  at: number;
  event: Record<string, unknown>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class SimLearner {
  token = '';
  private pending: Envelope[] = [];
  private step = 0;

  constructor(
    private readonly base: string,
    private readonly lesson: string,
    private readonly name: string,
    private readonly stats: Stats,
  ) {}

  async join(code: string): Promise<void> {
    const res = await fetch(`${this.base}/api/workshop/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, name: this.name }) });
    if (res.status !== 201) throw new Error(`join ${this.name}: HTTP ${res.status} ${await res.text()}`);
    this.token = ((await res.json()) as { token: string }).token;
  }

  private nextEvents(): Envelope[] {
    const exercise = `ex-${Math.floor(this.step / 6) % 20}`;
    const kinds = [
      { type: 'exercise-started', lesson: this.lesson, exercise, goals: ['g1', 'g2', 'g3'] },
      { type: 'command-failed', command: 'docker run -p 8080 nginx', exitCode: 125, lesson: this.lesson, exercise },
      { type: 'exercise-goal-met', lesson: this.lesson, exercise, goal: 'g1' },
      { type: 'hint-revealed', lesson: this.lesson, exercise, hint: 0 },
      { type: 'exercise-goal-met', lesson: this.lesson, exercise, goal: 'g2' },
      { type: 'exercise-completed', lesson: this.lesson, exercise },
    ];
    const count = 1 + (this.step % 3);
    const out: Envelope[] = [];
    for (let i = 0; i < count; i++) out.push({ id: randomBytes(16).toString('base64url'), at: Date.now(), event: kinds[this.step++ % kinds.length]! });
    return out;
  }

  /** One post of everything pending; true when the server acknowledged it. */
  private async post(): Promise<boolean> {
    const batch = this.pending.slice(0, 100);
    const t0 = performance.now();
    this.stats.requests++;
    let status: number;
    let body: { acked: string[] } | null = null;
    try {
      const res = await fetch(`${this.base}/api/workshop/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
        body: JSON.stringify({ events: batch }),
        signal: AbortSignal.timeout(15_000),
      });
      status = res.status;
      this.stats.answered++;
      const app = /app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1];
      if (app) this.stats.appTimes.push(Number(app));
      if (status === 200) body = (await res.json()) as { acked: string[] };
      else await res.body?.cancel();
    } catch {
      // refused, reset or cut mid-answer (the server was killed): not acknowledged, so it is retried
      this.stats.networkRetries++;
      return false;
    }
    if (!body) {
      this.stats.httpErrors.set(status, (this.stats.httpErrors.get(status) ?? 0) + 1);
      return false;
    }
    this.stats.latencies.push(performance.now() - t0);
    const acked = new Set(body.acked);
    for (const id of acked) this.stats.acked.add(id);
    this.pending = this.pending.filter((e) => !acked.has(e.id));
    return true;
  }

  async run(until: number, thinkMs: number): Promise<void> {
    while (Date.now() < until) {
      if (this.pending.length < 100) this.pending.push(...this.nextEvents());
      const ok = await this.post();
      await sleep(ok ? thinkMs * (0.5 + Math.random()) : 250);
    }
  }

  /** After the run: deliver what is still queued (the outbox would, once the network is back). */
  async drain(deadline: number): Promise<number> {
    while (this.pending.length > 0 && Date.now() < deadline) if (!(await this.post())) await sleep(250);
    return this.pending.length;
  }
}
