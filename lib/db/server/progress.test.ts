import { afterAll, afterEach, expect, it } from 'vitest';
import type { EventEnvelope } from '../../workshop/events';
import { exerciseKey } from '../../workshop/room-state';
import { classroom, describeEachDialect, failure, LESSONS, openWorld, T0, type TestWorld } from './dialects.test-helper';
import { closeWorkshop, dashboard, deleteWorkshop, exportCsv } from './instructor';
import { authenticateLearner, postEvents } from './learner';
import { sweepExpired } from './service';

const L = LESSONS[0]!;
let n = 0;
const envelope = (event: EventEnvelope['event'], at = T0): EventEnvelope => ({ id: `evt-${String(++n).padStart(6, '0')}`, at, event });
const goal = (g: string) => envelope({ type: 'exercise-goal-met', lesson: L, exercise: 'run-web', goal: g });

describeEachDialect('learner progress', (harness) => {
  let world: TestWorld;
  afterEach(async () => world?.store.close());
  afterAll(async () => harness().cleanup());

  it('stores each event once however often it is posted (idempotent ids)', async () => {
    world = await openWorld(harness());
    const { room, learners } = await classroom(world, ['Ana']);
    const auth = await authenticateLearner(world.ctx, learners[0]!.token);
    const batch = [goal('running'), goal('published')];
    const first = await postEvents(world.ctx, auth, { events: batch });
    const resent = [...batch, batch[0]!];
    const again = await postEvents(world.ctx, auth, { events: resent });
    expect(first.acked).toEqual(batch.map((e) => e.id));
    expect(again.acked).toEqual(resent.map((e) => e.id));
    const rows = await world.store.db.selectFrom('entries').select(['seq', 'kind', 'event_id']).where('workshop_id', '=', room.id).orderBy('seq').execute();
    expect(rows.filter((r) => r.kind === 'progress').map((r) => r.event_id)).toEqual(batch.map((e) => e.id));
    const state = (await dashboard(world.ctx, room)).state;
    expect(state.learners[auth.learnerId]!.exercises[exerciseKey(L, 'run-web')]!.goalsMet).toEqual(['running', 'published']);
  });

  it('acks the valid events of a batch and rejects the invalid ones by id', async () => {
    world = await openWorld(harness());
    const { learners } = await classroom(world, ['Ana']);
    const auth = await authenticateLearner(world.ctx, learners[0]!.token);
    const good = goal('running');
    const ack = await postEvents(world.ctx, auth, { events: [good, { id: 'bad-event-1', at: T0, event: { type: 'exam-submitted', score: 1, total: 0 } }] });
    expect(ack.acked).toEqual([good.id]);
    expect(ack.rejected.map((r) => r.id)).toEqual(['bad-event-1']);
    expect((await failure(postEvents(world.ctx, auth, { events: [] }))).code).toBe('invalid');
    expect((await failure(postEvents(world.ctx, auth, 'nope'))).code).toBe('invalid');
  });

  it('writes concurrent posts of many learners in few commits, each room numbered without gaps', async () => {
    world = await openWorld(harness());
    const a = await classroom(world, ['A1', 'A2', 'A3']);
    const b = await classroom(world, ['B1', 'B2']);
    const auths = await Promise.all([...a.learners, ...b.learners].map((l) => authenticateLearner(world.ctx, l.token)));
    const commitsBefore = world.ctx.progress.stats.commits;
    await Promise.all(auths.flatMap((auth) => Array.from({ length: 5 }, (_, i) => postEvents(world.ctx, auth, { events: [goal(`g${i}`)] }))));
    expect(world.ctx.progress.stats.commits - commitsBefore).toBeLessThan(25);
    for (const { room, learners } of [a, b]) {
      const seqs = (await world.store.db.selectFrom('entries').select('seq').where('workshop_id', '=', room.id).orderBy('seq').execute()).map((r) => Number(r.seq));
      expect(seqs).toEqual(Array.from({ length: learners.length * 6 }, (_, i) => i + 1));
    }
  });

  it('attributes events to the token’s learner only, whatever the body says', async () => {
    world = await openWorld(harness());
    const { room, learners } = await classroom(world, ['Ana', 'Ben']);
    const ana = await authenticateLearner(world.ctx, learners[0]!.token);
    const forged = { ...goal('running'), learnerId: learners[1]!.learnerId };
    expect((await postEvents(world.ctx, ana, { events: [forged] })).rejected).toHaveLength(1); // strict envelope
    await postEvents(world.ctx, ana, { events: [goal('running')] });
    const state = (await dashboard(world.ctx, room)).state;
    expect(Object.keys(state.learners[learners[1]!.learnerId]!.exercises)).toEqual([]);
    expect(Object.keys(state.learners[ana.learnerId]!.exercises)).toEqual([exerciseKey(L, 'run-web')]);
  });

  it('clamps learner clocks that are ahead of the server', async () => {
    world = await openWorld(harness());
    const { room, learners } = await classroom(world, ['Ana']);
    const auth = await authenticateLearner(world.ctx, learners[0]!.token);
    await postEvents(world.ctx, auth, { events: [envelope({ type: 'lesson-completed', lesson: L }, T0 + 3_600_000)] });
    expect((await dashboard(world.ctx, room)).state.learners[auth.learnerId]!.lastAt).toBe(T0);
  });

  it('refuses events once the room is closed (410), and the closing shows on the dashboard', async () => {
    world = await openWorld(harness());
    const { room, learners } = await classroom(world, ['Ana']);
    const auth = await authenticateLearner(world.ctx, learners[0]!.token);
    await closeWorkshop(world.ctx, room);
    const again = await authenticateLearner(world.ctx, learners[0]!.token);
    const e = await failure(postEvents(world.ctx, again, { events: [goal('x')] }));
    expect([e.code, e.message]).toEqual(['closed', 'This workshop is closed.']);
    expect((await failure(postEvents(world.ctx, auth, { events: [goal('y')] }))).code).toBe('closed'); // stale auth: the commit re-checks
    expect((await dashboard(world.ctx, room)).state.closed).toBe(true);
  });

  it('exports the results as CSV', async () => {
    world = await openWorld(harness());
    const { room, learners } = await classroom(world, ['Ana', 'Ben']);
    const ana = await authenticateLearner(world.ctx, learners[0]!.token);
    await postEvents(world.ctx, ana, {
      events: [
        envelope({ type: 'exercise-started', lesson: L, exercise: 'run-web', goals: ['running', 'published'] }),
        goal('running'),
        goal('published'),
        envelope({ type: 'exercise-completed', lesson: L, exercise: 'run-web' }),
      ],
    });
    const lines = (await exportCsv(world.ctx, room)).trimEnd().split('\r\n');
    expect(lines.map((l) => l.split(',')[0])).toEqual(['name', 'Ana', 'Ben']);
    expect(lines[0]!.split(',').at(-1)).toBe(`exercise:${exerciseKey(L, 'run-web')}`);
    expect(lines.slice(1).map((l) => [l.split(',')[4], l.split(',').at(-1)])).toEqual([
      ['1', 'completed'],
      ['0', 'not-started'],
    ]);
  });

  it('deletes a room with everything in it; its tokens stop working', async () => {
    world = await openWorld(harness());
    const { room, learners } = await classroom(world, ['Ana']);
    await deleteWorkshop(world.ctx, room);
    for (const table of ['workshops', 'learners', 'sessions', 'entries'] as const) {
      expect(await world.store.db.selectFrom(table).selectAll().execute()).toEqual([]);
    }
    expect((await failure(authenticateLearner(world.ctx, learners[0]!.token))).code).toBe('unauthorized');
  });

  it('expires rooms after the TTL and sweeps them away', async () => {
    world = await openWorld(harness());
    const { learners } = await classroom(world, ['Ana']);
    const keep = await classroom(world, ['Cy']);
    world.clock.t = T0 + world.ctx.ttlMs - 1;
    expect((await authenticateLearner(world.ctx, learners[0]!.token)).name).toBe('Ana');
    world.clock.t = T0 + world.ctx.ttlMs;
    expect((await failure(authenticateLearner(world.ctx, learners[0]!.token))).code).toBe('expired');
    await world.store.db.updateTable('workshops').set({ expires_at: T0 + 10 * world.ctx.ttlMs }).where('id', '=', keep.room.id).execute();
    expect(await sweepExpired(world.ctx)).toBe(1);
    expect((await world.store.db.selectFrom('learners').select('name').execute()).map((r) => r.name)).toEqual(['Cy']);
  });
});
