import { openQuiz } from '@/lib/db/server/instructor';
import { instructorRoute } from '../../../_http/instructor-route';
import { json, readJson } from '../../../_http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Put a live question on the learners' screens (closes any open one). */
export const POST = instructorRoute(async (ctx, room, request) => json(await openQuiz(ctx, room, await readJson(request)), 201));
