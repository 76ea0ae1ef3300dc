import { afterAll, afterEach, expect, it } from 'vitest';
import { formatCode } from '../../workshop/ids';
import { caller, classroom, describeEachDialect, failure, KNOWN, LESSONS, openWorld, T0, type TestWorld } from './dialects.test-helper';
import { authorizeInstructor, closeWorkshop, createWorkshop } from './instructor';
import { authenticateLearner, join, learnerSnapshot, rejoin } from './learner';

describeEachDialect('joining a workshop', (harness) => {
  let world: TestWorld;
  afterEach(async () => world?.store.close());
  afterAll(async () => harness().cleanup());

  it('creates a room with a code, a one-time key (stored hashed) and the TTL', async () => {
    world = await openWorld(harness());
    const created = await createWorkshop(world.ctx, { title: 'Docker 101', lessons: LESSONS, exam: true }, KNOWN, caller());
    expect(created.workshop).toMatchObject({ title: 'Docker 101', lessons: LESSONS, quizzes: false, exam: true, createdAt: T0, closedAt: null });
    expect(created.workshop.code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    expect(created.workshop.expiresAt).toBe(T0 + 72 * 3_600_000);
    const row = await world.store.db.selectFrom('workshops').selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(created.instructorKey);
    expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('migrates once: opening the same database again keeps the data', async () => {
    world = await openWorld(harness());
    const { code } = await classroom(world, ['Ana']);
    await world.store.migrate();
    expect((await world.store.db.selectFrom('workshops').select('code').execute()).map((r) => r.code)).toEqual([code]);
  });

  it('refuses lessons that are not in the course', async () => {
    world = await openWorld(harness());
    const e = await failure(createWorkshop(world.ctx, { title: 'x', lessons: ['99-nope/01-nope'] }, KNOWN, caller()));
    expect(e.code).toBe('invalid');
    expect(e.fields.lessons).toBe('unknown lesson 99-nope/01-nope');
  });

  it('lets learners join with the code as they type it, and gives each a token and rejoin code', async () => {
    world = await openWorld(harness());
    const { code } = await classroom(world, ['Ben']);
    const ana = await join(world.ctx, { code: formatCode(code).toLowerCase(), name: '  Ana  ' }, caller());
    expect(ana).toMatchObject({ name: 'Ana', workshop: { code } });
    expect(ana.rejoinCode).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    const auth = await authenticateLearner(world.ctx, ana.token);
    expect(auth.learnerId).toBe(ana.learnerId);
    const snapshot = await learnerSnapshot(world.ctx, auth);
    expect(snapshot.state.unlocked).toBe(1);
    expect(snapshot.state.learnerOrder).toEqual([ana.learnerId]); // learners do not see each other
  });

  it('refuses a name already used in the room, whatever its case', async () => {
    world = await openWorld(harness());
    const { code } = await classroom(world, ['Ana']);
    const e = await failure(join(world.ctx, { code, name: 'ANA' }, caller()));
    expect(e.code).toBe('duplicate-name');
    expect(e.message).toBe('Someone in this workshop is already called ANA. Add an initial or choose another name.');
    const learners = await world.store.db.selectFrom('learners').select('name').execute();
    expect(learners.map((l) => l.name)).toEqual(['Ana']);
    expect((await world.store.db.selectFrom('entries').select('kind').execute()).map((r) => r.kind)).toEqual(['joined']);
  });

  it('says clearly when a code is unknown, and rate limits guessing per address', async () => {
    world = await openWorld(harness());
    const { code } = await classroom(world, []);
    const unknown = code === '222222' ? '333333' : '222222';
    const e = await failure(join(world.ctx, { code: unknown, name: 'Eve' }, caller('198.51.100.1')));
    expect([e.code, e.message]).toEqual(['not-found', `No workshop has the code ${formatCode(unknown)}. Check it with your instructor.`]);
    for (let i = 0; i < 9; i++) await failure(join(world.ctx, { code: unknown, name: 'Eve' }, caller('198.51.100.1')));
    const limited = await failure(join(world.ctx, { code, name: 'Eve' }, caller('198.51.100.1')));
    expect(limited.code).toBe('rate-limited'); // even the right code, until the bucket refills
    expect(limited.retryAfter).toBe(30);
    expect((await join(world.ctx, { code, name: 'Fay' }, caller('198.51.100.2'))).name).toBe('Fay');
    world.clock.t += 30_000;
    expect((await join(world.ctx, { code, name: 'Eve' }, caller('198.51.100.1'))).name).toBe('Eve');
  });

  it('refuses joins to a closed room', async () => {
    world = await openWorld(harness());
    const { code, room } = await classroom(world, []);
    await closeWorkshop(world.ctx, room);
    const e = await failure(join(world.ctx, { code, name: 'Ana' }, caller()));
    expect([e.code, e.message]).toEqual(['closed', 'This workshop is closed.']);
  });

  it('rejoins on another device with name + rejoin code; both devices stay signed in', async () => {
    world = await openWorld(harness());
    const { code, learners } = await classroom(world, ['Ana']);
    const first = learners[0]!;
    const again = await rejoin(world.ctx, { code, name: 'ana', rejoinCode: first.rejoinCode! }, caller());
    expect(again).toMatchObject({ learnerId: first.learnerId, name: 'Ana', rejoinCode: null });
    expect(again.token).not.toBe(first.token);
    expect((await authenticateLearner(world.ctx, again.token)).learnerId).toBe(first.learnerId);
    expect((await authenticateLearner(world.ctx, first.token)).learnerId).toBe(first.learnerId);
  });

  it('refuses a wrong rejoin code or an unknown name the same way', async () => {
    world = await openWorld(harness());
    const { code } = await classroom(world, ['Ana']);
    const wrong = await failure(rejoin(world.ctx, { code, name: 'Ana', rejoinCode: '22222222' }, caller()));
    const nobody = await failure(rejoin(world.ctx, { code, name: 'Zed', rejoinCode: '22222222' }, caller()));
    expect([wrong.code, wrong.message]).toEqual(['bad-rejoin', 'That name and rejoin code do not match anyone in this workshop.']);
    expect([nobody.code, nobody.message]).toEqual([wrong.code, wrong.message]);
  });

  it('needs the instructor key for the room: none, wrong, a learner token or another room’s key are 403', async () => {
    world = await openWorld(harness());
    const { code, key, learners } = await classroom(world, ['Ana']);
    const other = await createWorkshop(world.ctx, { title: 'Other', lessons: LESSONS }, KNOWN, caller());
    for (const bad of [null, '', 'x'.repeat(43), learners[0]!.token, other.instructorKey]) {
      expect((await failure(authorizeInstructor(world.ctx, code, bad, caller('192.0.2.1')))).code).toBe('forbidden');
    }
    expect((await authorizeInstructor(world.ctx, code, key, caller())).code).toBe(code);
  });

  it('does not accept a bogus learner token', async () => {
    world = await openWorld(harness());
    expect((await failure(authenticateLearner(world.ctx, null))).code).toBe('unauthorized');
    expect((await failure(authenticateLearner(world.ctx, 'A'.repeat(43)))).code).toBe('unauthorized');
  });
});
