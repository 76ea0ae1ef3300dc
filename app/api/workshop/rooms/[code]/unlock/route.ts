import { unlock } from '@/lib/db/server/instructor';
import { instructorRoute } from '../../../_http/instructor-route';
import { json, readJson } from '../../../_http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Unlock the first <count> lessons of the workshop. */
export const POST = instructorRoute(async (ctx, room, request) => json(await unlock(ctx, room, await readJson(request))));
