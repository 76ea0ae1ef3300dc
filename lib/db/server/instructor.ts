/**
 * Instructor operations. Creating a room returns the instructor key once; every other call needs it
 * (compared in constant time against its stored sha256). Wrong keys are rate limited per address.
 */
import { resultsCsv } from '../../workshop/csv';
import type { CreatedWorkshop, DashboardSnapshot } from '../../workshop/api-types';
import type { RoomEntryData } from '../../workshop/entries';
import { WorkshopError } from '../../workshop/errors';
import { base64url, roomCode, SECRET_TOKEN_PATTERN, secretToken } from '../../workshop/ids';
import { emptyRoom, foldRoom, type RoomState } from '../../workshop/room-state';
import { broadcastSchema, closeQuizSchema, createWorkshopSchema, openQuizSchema, parseInput, roomCodeSchema, unlockSchema } from '../../workshop/schemas';
import { appendNow } from './append';
import { limit, type ServiceContext } from './context';
import { allEntries } from './log';
import { deleteWorkshops, findWorkshopByCode, insertWorkshop, markClosed, toInfo, type WorkshopRow } from './rooms';
import { hashToken, sameDigest } from './secrets';

export interface Caller {
  ip: string;
}

export async function createWorkshop(ctx: ServiceContext, body: unknown, knownLessons: ReadonlySet<string>, caller: Caller): Promise<CreatedWorkshop> {
  const now = ctx.now();
  limit(ctx.limits.create, caller.ip, now, 'Too many workshops created from this address');
  const input = parseInput(createWorkshopSchema, body);
  const unknown = input.lessons.filter((l) => !knownLessons.has(l));
  if (unknown.length > 0) throw new WorkshopError('invalid', `unknown lesson ${unknown[0]}`, { lessons: `unknown lesson ${unknown[0]}` });
  const key = secretToken(ctx.random);
  for (let attempt = 0; attempt < 8; attempt++) {
    const row = {
      id: base64url(ctx.random(12)),
      code: roomCode(ctx.random),
      title: input.title,
      lessons: JSON.stringify(input.lessons),
      quizzes: input.quizzes ? 1 : 0,
      exam: input.exam ? 1 : 0,
      key_hash: hashToken(key),
      created_at: now,
      expires_at: now + ctx.ttlMs,
      closed_at: null,
    };
    if (await insertWorkshop(ctx.store.db, row)) return { workshop: toInfo({ ...row, seq: 0 }), instructorKey: key };
  }
  throw new Error('could not find a free room code after 8 attempts');
}

/** The room, if `key` is its instructor key; 403 otherwise (also when no key is given). */
export async function authorizeInstructor(ctx: ServiceContext, code: string, key: string | null, caller: Caller): Promise<WorkshopRow> {
  const now = ctx.now();
  const badKey = () => {
    const v = ctx.limits.badKey.take(caller.ip, now);
    if (!v.ok) return new WorkshopError('rate-limited', `Too many wrong keys; try again in ${v.retryAfter} s.`, {}, v.retryAfter);
    return new WorkshopError('forbidden', 'This needs the instructor key of the workshop.');
  };
  if (!key || !SECRET_TOKEN_PATTERN.test(key)) throw badKey();
  const parsed = roomCodeSchema.safeParse(code);
  if (!parsed.success) throw badKey();
  if (!ctx.limits.badKey.peek(caller.ip, now).ok) throw badKey();
  const room = await findWorkshopByCode(ctx.store.db, parsed.data);
  if (!room || !sameDigest(hashToken(key), room.key_hash)) throw badKey();
  if (room.expires_at <= now) throw new WorkshopError('expired', 'This workshop has expired.');
  limit(ctx.limits.instructor, room.id, now);
  return room;
}

export async function foldInstructorView(ctx: ServiceContext, room: WorkshopRow): Promise<RoomState> {
  let state = emptyRoom();
  for await (const page of allEntries(ctx.store.db, room.id, { kind: 'instructor' })) state = foldRoom(page, state);
  return state;
}

export async function dashboard(ctx: ServiceContext, room: WorkshopRow): Promise<DashboardSnapshot> {
  return { workshop: toInfo(room), state: await foldInstructorView(ctx, room), now: ctx.now() };
}

async function appendControl(ctx: ServiceContext, room: WorkshopRow, data: RoomEntryData): Promise<number> {
  const now = ctx.now();
  const [outcome] = await appendNow(ctx.store, [{ workshopId: room.id, data, at: now, receivedAt: now }], { openAt: now });
  if (outcome?.kind !== 'stored') throw new WorkshopError('closed', 'This workshop is closed.');
  return outcome.seq;
}

export async function unlock(ctx: ServiceContext, room: WorkshopRow, body: unknown): Promise<{ unlocked: number }> {
  const { count } = parseInput(unlockSchema, body);
  const lessons = (JSON.parse(room.lessons) as string[]).length;
  const unlocked = Math.min(count, lessons);
  await appendControl(ctx, room, { kind: 'unlocked', count: unlocked });
  return { unlocked };
}

export async function broadcast(ctx: ServiceContext, room: WorkshopRow, body: unknown): Promise<{ seq: number }> {
  const input = parseInput(broadcastSchema, body);
  return { seq: await appendControl(ctx, room, { kind: 'broadcast', style: input.style, text: input.text }) };
}

export async function openQuiz(ctx: ServiceContext, room: WorkshopRow, body: unknown): Promise<{ quizId: string }> {
  const input = parseInput(openQuizSchema, body);
  const quizId = base64url(ctx.random(9));
  await appendControl(ctx, room, { kind: 'quiz-opened', quizId, prompt: input.prompt, options: input.options, correct: input.correct });
  return { quizId };
}

export async function closeQuiz(ctx: ServiceContext, room: WorkshopRow, body: unknown): Promise<{ closed: string }> {
  const { quizId } = parseInput(closeQuizSchema, body);
  const state = await foldInstructorView(ctx, room);
  const quiz = state.quizzes.find((q) => q.id === quizId);
  if (!quiz) throw new WorkshopError('not-found', 'No such live quiz in this workshop.');
  if (!quiz.open) throw new WorkshopError('quiz-closed', 'This question is already closed.');
  await appendControl(ctx, room, { kind: 'quiz-closed', quizId, correct: quiz.correct });
  return { closed: quizId };
}

export async function closeWorkshop(ctx: ServiceContext, room: WorkshopRow): Promise<{ closedAt: number }> {
  const now = ctx.now();
  if (room.closed_at !== null) return { closedAt: room.closed_at };
  await appendNow(ctx.store, [{ workshopId: room.id, data: { kind: 'closed' }, at: now, receivedAt: now }], {}, async (trx) => {
    await markClosed(trx, room.id, now);
  });
  return { closedAt: now };
}

export async function deleteWorkshop(ctx: ServiceContext, room: WorkshopRow): Promise<{ deleted: true }> {
  const signals = [{ workshopId: room.id, seq: room.seq, roomWide: true, gone: 'deleted' as const }];
  await ctx.store.db.transaction().execute(async (trx) => {
    await deleteWorkshops(trx, [room.id]);
    await ctx.store.signalInTransaction(trx, signals);
  });
  ctx.store.signalAfterCommit(signals);
  return { deleted: true };
}

export async function exportCsv(ctx: ServiceContext, room: WorkshopRow): Promise<string> {
  return resultsCsv(await foldInstructorView(ctx, room), JSON.parse(room.lessons) as string[]);
}
