import { afterAll, afterEach, expect, it } from 'vitest';
import type { RoomEntry } from '../../workshop/entries';
import { answerDistribution } from '../../workshop/insights';
import { SseParser, type SseMessage } from '../../workshop/sse';
import { classroom, describeEachDialect, failure, LESSONS, openWorld, T0, type TestWorld } from './dialects.test-helper';
import { broadcast, closeQuiz, dashboard, deleteWorkshop, openQuiz, unlock } from './instructor';
import { answerQuiz, authenticateLearner, learnerSnapshot, postEvents } from './learner';
import { openStore } from './store';
import { createContext } from './context';
import { seededBytes } from '../../workshop/fixtures.test-helper';
import { roomStream } from './stream';

/** Reads SSE messages from a stream until `until` holds for what was read (or it times out). */
function reader(stream: ReadableStream<Uint8Array>) {
  const r = stream.getReader();
  const parser = new SseParser();
  const decoder = new TextDecoder();
  const seen: SseMessage[] = [];
  const entries = () => seen.filter((m) => m.event === 'entries').flatMap((m) => (JSON.parse(m.data) as { entries: RoomEntry[] }).entries);
  async function until(cond: () => boolean, ms = 5000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!cond()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`stream timed out; saw ${JSON.stringify(seen.map((m) => m.event))}`);
      const next = await Promise.race([r.read(), new Promise<null>((res) => setTimeout(() => res(null), left))]);
      if (next === null) continue;
      if (next.done) break;
      seen.push(...parser.push(decoder.decode(next.value, { stream: true })));
    }
  }
  return { seen, entries, until, cancel: () => r.cancel() };
}

describeEachDialect('live room', (harness) => {
  let world: TestWorld;
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
    await world?.store.close();
  });
  afterAll(async () => harness().cleanup());

  it('runs a live quiz: learners see the question without the answer, answer, and the dashboard counts', async () => {
    world = await openWorld(harness());
    const { room, learners } = await classroom(world, ['Ana', 'Ben', 'Cy']);
    const auths = await Promise.all(learners.map((l) => authenticateLearner(world.ctx, l.token)));
    const { quizId } = await openQuiz(world.ctx, room, { prompt: 'Which flag publishes a port?', options: ['-p', '-v', '-e'], correct: 0 });
    const seen = (await learnerSnapshot(world.ctx, auths[0]!)).state.quizzes;
    expect(seen).toMatchObject([{ id: quizId, prompt: 'Which flag publishes a port?', open: true, correct: null }]);
    await answerQuiz(world.ctx, auths[0]!, { quizId, choice: 1 });
    await answerQuiz(world.ctx, auths[0]!, { quizId, choice: 0 }); // changed their mind
    await answerQuiz(world.ctx, auths[1]!, { quizId, choice: 0 });
    await answerQuiz(world.ctx, auths[2]!, { quizId, choice: 2 });
    expect((await failure(answerQuiz(world.ctx, auths[2]!, { quizId, choice: 5 }))).code).toBe('invalid');
    const quiz = (await dashboard(world.ctx, room)).state.quizzes[0]!;
    expect(answerDistribution(quiz)).toEqual({ counts: [2, 0, 1], total: 3 });
    await closeQuiz(world.ctx, room, { quizId });
    expect((await failure(answerQuiz(world.ctx, auths[1]!, { quizId, choice: 1 }))).code).toBe('quiz-closed');
    expect((await learnerSnapshot(world.ctx, auths[0]!)).state.quizzes[0]).toMatchObject({ open: false, correct: 0, answers: { [auths[0]!.learnerId]: 0 } });
  });

  it('unlocks lessons (at most the workshop’s) and broadcasts messages to learners', async () => {
    world = await openWorld(harness());
    const { room, learners } = await classroom(world, ['Ana']);
    const auth = await authenticateLearner(world.ctx, learners[0]!.token);
    expect(await unlock(world.ctx, room, { count: 99 })).toEqual({ unlocked: LESSONS.length });
    await broadcast(world.ctx, room, { style: 'hint', text: 'Try docker ps -a' });
    const state = (await learnerSnapshot(world.ctx, auth)).state;
    expect(state.unlocked).toBe(2);
    expect(state.broadcasts.map((b) => [b.style, b.text])).toEqual([['hint', 'Try docker ps -a']]);
    expect((await failure(broadcast(world.ctx, room, { style: 'shout', text: 'x' }))).code).toBe('invalid');
  });

  it('streams the dashboard: catch-up from the cursor, then each new entry as it commits', async () => {
    world = await openWorld(harness());
    const { room, learners } = await classroom(world, ['Ana']);
    const abort = new AbortController();
    const s = reader(roomStream(world.ctx, { workshopId: room.id, viewer: { kind: 'instructor' }, after: 0, signal: abort.signal }));
    cleanups.push(() => abort.abort());
    await s.until(() => s.entries().length === 1);
    expect(s.seen[0]).toMatchObject({ event: 'hello' });
    expect(s.entries()[0]!.data).toMatchObject({ kind: 'joined', name: 'Ana' });
    const auth = await authenticateLearner(world.ctx, learners[0]!.token);
    await postEvents(world.ctx, auth, { events: [{ id: 'event-0001', at: T0, event: { type: 'lesson-completed', lesson: LESSONS[0]! } }] });
    await s.until(() => s.entries().length === 2);
    expect(s.entries().map((e) => e.seq)).toEqual([1, 2]);
    expect(s.seen.filter((m) => m.event === 'entries').at(-1)!.id).toBe('2');
  });

  it('streams to a learner only the room-wide entries (others’ progress stays private), then says goodbye on delete', async () => {
    world = await openWorld(harness());
    const { room, learners } = await classroom(world, ['Ana', 'Ben']);
    const [ana, ben] = await Promise.all(learners.map((l) => authenticateLearner(world.ctx, l.token)));
    const abort = new AbortController();
    const s = reader(roomStream(world.ctx, { workshopId: room.id, viewer: { kind: 'learner', learnerId: ana!.learnerId }, after: 0, signal: abort.signal }));
    cleanups.push(() => abort.abort());
    await postEvents(world.ctx, ben!, { events: [{ id: 'event-0002', at: T0, event: { type: 'lesson-completed', lesson: LESSONS[0]! } }] });
    await openQuiz(world.ctx, room, { prompt: 'Ready?', options: ['yes', 'no'], correct: 0 });
    await s.until(() => s.entries().some((e) => e.data.kind === 'quiz-opened'));
    expect(s.entries().map((e) => e.data.kind)).toEqual(['joined', 'quiz-opened']);
    expect(s.entries()[0]!.data).toMatchObject({ name: 'Ana' });
    expect(s.entries()[1]!.data).toMatchObject({ correct: null });
    await deleteWorkshop(world.ctx, room);
    await s.until(() => s.seen.some((m) => m.event === 'gone'));
    expect(JSON.parse(s.seen.at(-1)!.data)).toEqual({ reason: 'deleted' });
  });

  it('notices a room deleted elsewhere on its heartbeat', async () => {
    world = await openWorld(harness());
    const { room } = await classroom(world, []);
    const abort = new AbortController();
    const s = reader(roomStream(world.ctx, { workshopId: room.id, viewer: { kind: 'instructor' }, after: 0, signal: abort.signal, heartbeatMs: 50 }));
    cleanups.push(() => abort.abort());
    await world.store.db.deleteFrom('workshops').where('id', '=', room.id).execute(); // no signal at all
    await s.until(() => s.seen.some((m) => m.event === 'gone'));
  });
});

describeEachDialect('across app instances', (harness) => {
  it('delivers entries written by one instance to a stream served by another', async ({ skip }) => {
    const config = await harness().config();
    if (config.dialect !== 'postgres') return skip('SQLite is one process by design');
    const a = await openStore(config);
    const b = await openStore(config);
    try {
      const ctxA = createContext(a, { random: seededBytes(11) });
      const world = { store: b, ctx: createContext(b, { random: seededBytes(12) }), clock: { t: Date.now() } };
      const { room } = await classroom(world, []);
      const abort = new AbortController();
      const s = reader(roomStream(ctxA, { workshopId: room.id, viewer: { kind: 'instructor' }, after: 0, signal: abort.signal, heartbeatMs: 60_000 }));
      await s.until(() => s.seen.some((m) => m.event === 'hello'));
      await broadcast(world.ctx, room, { style: 'message', text: 'from instance B' });
      await s.until(() => s.entries().some((e) => e.data.kind === 'broadcast'), 3000);
      abort.abort();
    } finally {
      await a.close();
      await b.close();
      await harness().cleanup();
    }
  });
});
