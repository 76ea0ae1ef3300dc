import { closeQuiz } from '@/lib/db/server/instructor';
import { instructorRoute } from '../../../../_http/instructor-route';
import { json, readJson } from '../../../../_http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Stop taking answers to a live question (and reveal the right one to learners). */
export const POST = instructorRoute(async (ctx, room, request) => json(await closeQuiz(ctx, room, await readJson(request))));
