import { broadcast } from '@/lib/db/server/instructor';
import { instructorRoute } from '../../../_http/instructor-route';
import { json, readJson } from '../../../_http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Send a message or a hint to every learner. */
export const POST = instructorRoute(async (ctx, room, request) => json(await broadcast(ctx, room, await readJson(request))));
