import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LearnerEvent } from '@/components/workshop/reporter';
import { createHostSession } from '@/lib/host';
import { memoryStore } from '@/lib/progress/progress.test-helper';
import { connectAgent, publishStatus, registerExercise, type Registration } from '../bus';
import { spec } from '../exercise.test-helper';
import type { ExerciseStatus } from '../protocol';
import { createExerciseAgent } from './agent';

const web = spec('run-web', [
  { type: 'container', name: 'web', image: 'nginx', state: 'running' },
  { type: 'container', name: 'web', ports: ['8080:80'] },
]);
const prepared = spec('exec-hello', [{ type: 'container-file', container: 'web', path: '/tmp/hi', contains: 'hi' }], {
  setup: { commands: ['docker run -d --name web nginx'] },
});

describe('the exercise agent', () => {
  let store: ReturnType<typeof memoryStore>;
  let statuses: Map<string, ExerciseStatus>;
  let registrations: Registration[];
  let notices: string[];
  let events: LearnerEvent[];
  let agents: Array<ReturnType<typeof createExerciseAgent>>;

  function start() {
    const bus = { connect: connectAgent, publish: publishStatus };
    const agent = createExerciseAgent(createHostSession(), { lesson: 'demo/first', store, now: () => 1000, report: (e) => events.push(e), bus, saveDelayMs: 400 });
    agent.connectTerminal({ notice: (t) => notices.push(t) });
    agents.push(agent);
    return agent;
  }

  beforeEach(() => {
    vi.useFakeTimers();
    store = memoryStore();
    statuses = new Map();
    notices = [];
    events = [];
    agents = [];
    registrations = [web, prepared].map((s) => registerExercise(s, (st) => statuses.set(s.id, st)));
  });

  afterEach(() => {
    for (const a of agents) a.dispose();
    for (const r of registrations) r.unregister();
    vi.useRealTimers();
  });

  it('checks every exercise after each command and reports what is met', () => {
    const agent = start();
    expect(statuses.get('run-web')).toMatchObject({ complete: false, commands: 0, canUndo: false });
    agent.session.run('docker run -d --name web -p 80:8080 nginx');
    expect(statuses.get('run-web')).toMatchObject({ complete: false, commands: 1, canUndo: true, feedback: { id: 'ports-swapped' } });
    expect(statuses.get('run-web')!.results.map((r) => r.met)).toEqual([true, false]);
    agent.session.run('docker rm -f web && docker run -d --name web -p 8080:80 nginx');
    expect(statuses.get('run-web')).toMatchObject({ complete: true, feedback: null });
  });

  it('does not call an exercise complete while the terminal is attached', () => {
    const agent = start();
    agent.session.run('docker run --name web -p 8080:80 nginx');
    expect(statuses.get('run-web')).toMatchObject({ attached: true, complete: false, feedback: { id: 'forgot-detach' } });
    agent.session.interrupt();
    expect(statuses.get('run-web')).toMatchObject({ attached: false, complete: false });
    expect(statuses.get('run-web')!.results[0]!.met).toBe(false);
  });

  it('undoes the last command by restoring the snapshot before it', () => {
    const agent = start();
    agent.session.run('docker run -d --name web -p 8080:80 nginx');
    registrations[0]!.act({ type: 'undo' });
    expect(agent.session.run('docker ps -aq').stdout).toBe('');
    expect(notices.at(-1)).toBe('(Undone: docker run -d --name web -p 8080:80 nginx)');
    expect(statuses.get('run-web')).toMatchObject({ complete: false, commands: 1 });
  });

  it('starts an exercise with setup on a fresh host, and resets it there again', () => {
    const agent = start();
    agent.session.run('docker run -d --name other alpine sleep 1000');
    expect(statuses.get('exec-hello')).toMatchObject({ prepared: false, commands: 0 });
    registrations[1]!.act({ type: 'reset' });
    expect(statuses.get('exec-hello')).toMatchObject({ prepared: true, commands: 0, complete: false });
    expect(agent.session.run('docker ps --format {{.Names}}').stdout).toBe('web\n');
    agent.session.run("docker exec web sh -c 'echo hi > /tmp/hi'");
    expect(statuses.get('exec-hello')).toMatchObject({ complete: true });
    registrations[1]!.act({ type: 'reset' });
    expect(statuses.get('exec-hello')).toMatchObject({ complete: false, prepared: true });
    expect(notices.at(-1)).toBe('(Exercise "Exercise exec-hello": a fresh terminal, set up for the exercise.)');
  });

  it('saves the lesson terminal and restores it after a reload', () => {
    const first = start();
    first.session.run('docker run -d --name web -p 8080:80 nginx');
    first.session.run('cd /tmp');
    vi.runAllTimers();
    first.dispose();
    const second = start();
    expect(notices.at(-1)).toMatch(/^\(Terminal restored from your last visit/);
    expect(second.session.prompt()).toContain(':/tmp$');
    expect(second.session.run('docker ps --format {{.Names}}').stdout).toBe('web\n');
    expect(statuses.get('run-web')).toMatchObject({ complete: true });
  });

  it('does not save a terminal nobody used (a visit that only reads leaves nothing behind)', () => {
    start().dispose();
    expect(Object.keys(store.data)).toEqual([]);
    start();
    expect(notices).toEqual([]);
  });

  it('starts fresh, with a notice, when the saved terminal is damaged', () => {
    store.data['dockerlings:terminal:demo/first'] = JSON.stringify({ v: 1, snapshot: { version: 1, fs: 'nonsense' }, log: [] });
    store.data['dockerlings:terminal-index'] = JSON.stringify({ 'demo/first': 1 });
    const agent = start();
    expect(notices.at(-1)).toBe('(Your saved terminal for this lesson could not be restored, so it starts fresh.)');
    expect(agent.session.run('docker ps -q').exitCode).toBe(0);
  });

  it('reports failed commands to the workshop', () => {
    const agent = start();
    agent.session.run('docker rm nope');
    expect(events).toEqual([{ type: 'command-failed', command: 'docker rm nope', exitCode: 1, lesson: 'demo/first', exercise: 'run-web' }]);
  });

  it('takes a line typed at a question as its answer: a password is never logged, reported or named by undo', () => {
    const agent = start();
    agent.session.run('docker run -d -p 5000:5000 --name registry registry:2');
    agent.session.run('docker login localhost:5000');
    agent.session.run('alice');
    expect(agent.session.run('s3cret-pass').stdout).toContain('Login Succeeded');
    registrations[0]!.act({ type: 'undo' });
    expect(notices.at(-1)).toBe('(Undone: docker login localhost:5000)');
    agent.session.run('docker login localhost:5000');
    expect(agent.session.run('').exitCode).toBe(1);
    expect(events).toEqual([{ type: 'command-failed', command: 'docker login localhost:5000', exitCode: 1, lesson: 'demo/first', exercise: 'run-web' }]);
    vi.advanceTimersByTime(400);
    expect(Object.keys(store.data).length).toBeGreaterThan(0);
    expect(JSON.stringify(store.data)).not.toContain('s3cret-pass');
  });

  it('answers actions sent before it was loaded, once it connects', () => {
    registrations[1]!.act({ type: 'reset' });
    start();
    expect(statuses.get('exec-hello')).toMatchObject({ prepared: true });
  });
});
