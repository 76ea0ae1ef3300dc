/**
 * Learner operations: join (name + room code), rejoin on another device (name + rejoin code), post
 * progress (idempotent by event id, acknowledged only after a durable commit), answer a live quiz, and
 * read the room as a learner sees it. A learner token only ever writes its own learner's entries: the
 * learner id comes from the token, never from the request body.
 */
import type { EventsAck, JoinedWorkshop, LearnerSnapshot } from '../../workshop/api-types';
import { clampClientTime } from '../../workshop/entries';
import { WorkshopError } from '../../workshop/errors';
import { envelopeSchema, MAX_EVENTS_PER_POST } from '../../workshop/events';
import { base64url, formatCode, rejoinCode, SECRET_TOKEN_PATTERN, secretToken } from '../../workshop/ids';
import { nameKey } from '../../workshop/names';
import { emptyRoom, foldRoom, type RoomState } from '../../workshop/room-state';
import { answerSchema, joinSchema, parseInput, rejoinSchema } from '../../workshop/schemas';
import { appendNow } from './append';
import { limit, type ServiceContext } from './context';
import type { Caller } from './instructor';
import { findLearnerByName, findSessionWithRoom, insertLearner, insertSession, type SessionRow } from './learners';
import { allEntries } from './log';
import { findWorkshopByCode, toInfo, type WorkshopRow } from './rooms';
import { hashRejoinCode, hashToken, verifyRejoinCode } from './secrets';

/** Guessing protection: refuse early once an address has failed too often; count each failure. */
async function findRoomForJoin(ctx: ServiceContext, code: string, caller: Caller): Promise<WorkshopRow> {
  const now = ctx.now();
  const gate = ctx.limits.joinFailure.peek(caller.ip, now);
  if (!gate.ok) throw new WorkshopError('rate-limited', `Too many wrong codes; try again in ${gate.retryAfter} s.`, {}, gate.retryAfter);
  limit(ctx.limits.join, caller.ip, now, 'Too many joins from this address');
  const room = await findWorkshopByCode(ctx.store.db, code);
  if (!room) {
    ctx.limits.joinFailure.take(caller.ip, now);
    throw new WorkshopError('not-found', `No workshop has the code ${formatCode(code)}. Check it with your instructor.`);
  }
  if (room.expires_at <= now) throw new WorkshopError('expired', 'This workshop has expired.');
  if (room.closed_at !== null) throw new WorkshopError('closed', 'This workshop is closed.');
  return room;
}

export async function join(ctx: ServiceContext, body: unknown, caller: Caller): Promise<JoinedWorkshop> {
  const input = parseInput(joinSchema, body);
  const room = await findRoomForJoin(ctx, input.code, caller);
  const now = ctx.now();
  limit(ctx.limits.joinRoom, room.id, now, 'This workshop is taking too many joins at once');
  const learnerId = base64url(ctx.random(12));
  const token = secretToken(ctx.random);
  const rejoin = rejoinCode(ctx.random);
  const rejoinHash = await hashRejoinCode(rejoin, ctx.random);
  const [outcome] = await appendNow(
    ctx.store,
    [{ workshopId: room.id, data: { kind: 'joined', learnerId, name: input.name }, at: now, receivedAt: now }],
    { openAt: now },
    async (trx) => {
      const row = { id: learnerId, workshop_id: room.id, name: input.name, name_key: nameKey(input.name), rejoin_hash: rejoinHash, created_at: now };
      if (!(await insertLearner(trx, row))) {
        throw new WorkshopError('duplicate-name', `Someone in this workshop is already called ${input.name}. Add an initial or choose another name.`, { name: 'already taken in this workshop' });
      }
      await insertSession(trx, hashToken(token), learnerId, room.id, now);
    },
  );
  if (outcome?.kind !== 'stored') throw new WorkshopError('closed', 'This workshop is closed.');
  return { workshop: toInfo(room), learnerId, name: input.name, token, rejoinCode: rejoin };
}

/** A fixed hash to verify against when the name is unknown, so both failures take the same time. */
let decoy: Promise<string> | null = null;

export async function rejoin(ctx: ServiceContext, body: unknown, caller: Caller): Promise<JoinedWorkshop> {
  const input = parseInput(rejoinSchema, body);
  const room = await findRoomForJoin(ctx, input.code, caller);
  const learner = await findLearnerByName(ctx.store.db, room.id, nameKey(input.name));
  decoy ??= hashRejoinCode('decoy-code');
  const ok = await verifyRejoinCode(input.rejoinCode, learner?.rejoin_hash ?? (await decoy));
  if (!learner || !ok) {
    ctx.limits.joinFailure.take(caller.ip, ctx.now());
    throw new WorkshopError('bad-rejoin', 'That name and rejoin code do not match anyone in this workshop.');
  }
  const token = secretToken(ctx.random);
  await insertSession(ctx.store.db, hashToken(token), learner.id, room.id, ctx.now());
  return { workshop: toInfo(room), learnerId: learner.id, name: learner.name, token, rejoinCode: null };
}

export interface LearnerAuth extends SessionRow {
  room: WorkshopRow;
}

export async function authenticateLearner(ctx: ServiceContext, token: string | null): Promise<LearnerAuth> {
  if (!token || !SECRET_TOKEN_PATTERN.test(token)) throw new WorkshopError('unauthorized', 'Join the workshop first.');
  const found = await findSessionWithRoom(ctx.store.db, hashToken(token));
  if (!found) throw new WorkshopError('unauthorized', 'This device is not in a workshop (it may have been deleted).');
  const { session, room } = found;
  if (room.expires_at <= ctx.now()) throw new WorkshopError('expired', 'This workshop has expired.');
  limit(ctx.limits.learner, session.learnerId, ctx.now());
  return { ...session, room };
}

function closedError(room: WorkshopRow, now: number): WorkshopError {
  return room.expires_at <= now ? new WorkshopError('expired', 'This workshop has expired.') : new WorkshopError('closed', 'This workshop is closed.');
}

export async function postEvents(ctx: ServiceContext, auth: LearnerAuth, body: unknown): Promise<EventsAck> {
  const raw = (body as { events?: unknown } | null)?.events;
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_EVENTS_PER_POST) {
    throw new WorkshopError('invalid', `send {"events": [...]} with 1 to ${MAX_EVENTS_PER_POST} events`);
  }
  if (auth.room.closed_at !== null) throw closedError(auth.room, ctx.now());
  const now = ctx.now();
  const ack: EventsAck = { acked: [], rejected: [] };
  const valid = [];
  for (const item of raw) {
    const parsed = envelopeSchema.safeParse(item);
    if (parsed.success) valid.push(parsed.data);
    else {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && id.length <= 64) ack.rejected.push({ id, reason: parsed.error.issues[0]?.message ?? 'invalid event' });
    }
  }
  const outcomes = await ctx.progress.submit(
    valid.map((e) => ({
      workshopId: auth.workshopId,
      data: { kind: 'progress' as const, learnerId: auth.learnerId, event: e.event },
      at: clampClientTime(e.at, now),
      receivedAt: now,
      eventId: e.id,
    })),
  );
  if (outcomes.some((o) => o.kind === 'closed')) throw closedError(auth.room, ctx.now());
  ack.acked = valid.map((e) => e.id);
  return ack;
}

export async function answerQuiz(ctx: ServiceContext, auth: LearnerAuth, body: unknown): Promise<{ quizId: string; choice: number }> {
  const input = parseInput(answerSchema, body);
  const state = await foldLearnerView(ctx, auth);
  const now = ctx.now();
  const quiz = state.quizzes.find((q) => q.id === input.quizId);
  if (!quiz) throw new WorkshopError('not-found', 'No such question in this workshop.');
  if (!quiz.open) throw new WorkshopError('quiz-closed', 'This question is closed.');
  if (input.choice >= quiz.options.length) throw new WorkshopError('invalid', 'choice: not one of the options', { choice: 'not one of the options' });
  const [outcome] = await appendNow(
    ctx.store,
    [{ workshopId: auth.workshopId, data: { kind: 'quiz-answer', learnerId: auth.learnerId, quizId: input.quizId, choice: input.choice }, at: now, receivedAt: now }],
    { openAt: now },
  );
  if (outcome?.kind !== 'stored') throw closedError(auth.room, now);
  return input;
}

async function foldLearnerView(ctx: ServiceContext, auth: LearnerAuth): Promise<RoomState> {
  let state = emptyRoom();
  for await (const page of allEntries(ctx.store.db, auth.workshopId, { kind: 'learner', learnerId: auth.learnerId })) state = foldRoom(page, state);
  return state;
}

export async function learnerSnapshot(ctx: ServiceContext, auth: LearnerAuth): Promise<LearnerSnapshot> {
  return { workshop: toInfo(auth.room), learnerId: auth.learnerId, name: auth.name, state: await foldLearnerView(ctx, auth) };
}

