/**
 * Job control for one session: the table lives in the session's plain state; what cannot be data
 * (the function that stops a job's process, the place its late output goes) lives here.
 * A background job's process keeps running when its command `attach`es (port-forward, logs -f…):
 * `kill` then calls that command's stop function. A job whose commands took simulated time
 * (`sleep 30 &`) runs until the clock reaches its end (`tick`). Otherwise the job is over when its
 * command returns.
 */
import { addJob, findJob, jobLine, type Job, type LaterOutput } from './table';

export interface JobHooks {
  /** A background job starts (`[1] 1001`): returns its job number (numbered as `flavour` does). */
  start(pid: number, command: string, flavour?: 'bash' | 'sh'): number;
  /** The job's process keeps running until killed; `onKill` stops it. */
  keep(pid: number, onKill: () => void): void;
  /**
   * The job's command returned (ignored when it keeps running). `endsAt`: the moment its simulated
   * time ends (it is Running until then); `later`: what it printed after time had passed in it.
   */
  finish(pid: number, status: number, endsAt?: number, later?: LaterOutput[]): void;
  /** The clock moved: print the output jobs wrote by now and end the jobs whose time is over. */
  tick(): void;
  /** A job that kept running ended by itself: reported (`Exit 1`) before the next prompt. */
  exited(pid: number, status: number): void;
  list(): readonly Job[];
  find(spec: string): Job | undefined;
  byPid(pid: number): Job | undefined;
  /** Send a signal (bash's name for the end: `Terminated`, `Killed`…); false when it is not running. */
  kill(job: Job, signalWord: string): boolean;
  /** `jobs` reported these finished jobs: bash forgets them. */
  forget(jobs: readonly Job[]): void;
  /** Write to the learner's terminal now (a background job's late output). */
  print(text: string): void;
}

export class JobControl implements JobHooks {
  private killers = new Map<number, () => void>();
  private sink: ((text: string) => void) | null = null;
  private pending = '';
  /** Finished jobs bash reports before the prompt that ends the current input. */
  private due = new Set<Job>();

  constructor(
    private readonly table: () => Job[],
    private readonly now: () => number = () => 0,
  ) {}

  start(pid: number, command: string, flavour: 'bash' | 'sh' = 'bash'): number {
    return addJob(this.table(), pid, command, flavour).id;
  }

  keep(pid: number, onKill: () => void): void {
    if (this.byPid(pid)?.state === 'running') this.killers.set(pid, onKill);
  }

  finish(pid: number, status: number, endsAt?: number, later?: LaterOutput[]): void {
    const job = this.byPid(pid);
    if (!job || job.state !== 'running' || this.killers.has(pid)) return;
    job.status = status;
    if (endsAt !== undefined && endsAt > this.now()) {
      job.endsAt = endsAt;
      if (later?.length) job.later = later;
    } else job.state = 'done';
  }

  tick(): void {
    const jobs = this.table();
    if (jobs.length === 0) return;
    const now = this.now();
    let out: LaterOutput[] | null = null;
    for (const job of jobs) {
      if (job.state !== 'running' || job.endsAt === undefined) continue;
      const later = job.later;
      if (later) {
        const i = later.findIndex((l) => l.at > now);
        const shown = i < 0 ? later.splice(0) : later.splice(0, i);
        if (shown.length) (out ??= []).push(...shown);
        if (later.length === 0) delete job.later;
      }
      if (job.endsAt > now) continue;
      job.state = 'done';
      delete job.endsAt;
      this.due.add(job);
    }
    // Jobs' lines in the order they were written (a stable sort keeps each job's own order).
    if (out) this.print(out.sort((a, b) => a.at - b.at).map((l) => l.text).join(''));
  }

  exited(pid: number, status: number): void {
    const job = this.byPid(pid);
    if (!job || job.state !== 'running' || !this.killers.delete(pid)) return;
    job.state = 'done';
    job.status = status;
    this.due.add(job);
  }

  list(): readonly Job[] {
    this.tick();
    return this.table();
  }

  find(spec: string): Job | undefined {
    return findJob(this.table(), spec);
  }

  byPid(pid: number): Job | undefined {
    return this.table().find((j) => j.pid === pid);
  }

  kill(job: Job, signalWord: string): boolean {
    if (job.state !== 'running') return false;
    const stop = this.killers.get(job.pid);
    this.killers.delete(job.pid);
    try {
      stop?.();
    } finally {
      job.state = 'terminated';
      delete job.endsAt;
      delete job.later;
      job.signal = signalWord;
      job.status = 128 + 15;
      this.due.add(job);
    }
    return true;
  }

  forget(jobs: readonly Job[]): void {
    const t = this.table();
    for (const j of jobs) {
      const i = t.indexOf(j);
      if (i >= 0) t.splice(i, 1);
      this.due.delete(j);
    }
  }

  print(text: string): void {
    if (this.sink) this.sink(text);
    else this.pending += text;
  }

  /** An input starts: late output goes to it; jobs already finished are reported when it ends. */
  begin(out: (text: string) => void): void {
    this.sink = out;
    if (this.pending) out(this.pending);
    this.pending = '';
    this.tick();
    for (const j of this.table()) if (j.state !== 'running') this.due.add(j);
  }

  /** The input ended: the shell's notices (`[1]+  Done    cmd`) for the due jobs, which are then forgotten. */
  end(flavour: 'bash' | 'sh' = 'bash'): string {
    this.tick();
    this.sink = null;
    if (this.due.size === 0) return '';
    const t = this.table();
    const due = t.filter((j) => this.due.has(j));
    const text = due.map((j) => jobLine(t, j, false, flavour)).join('');
    this.forget(due);
    return text;
  }

  /** Before a snapshot is restored: processes do not survive it, so running jobs end and are gone. */
  reset(): void {
    for (const stop of this.killers.values()) stop();
    this.killers.clear();
    this.due.clear();
    this.pending = '';
    const t = this.table();
    t.splice(0, t.length);
  }
}
