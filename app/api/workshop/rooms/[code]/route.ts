import { dashboard, deleteWorkshop } from '@/lib/db/server/instructor';
import { instructorRoute } from '../../_http/instructor-route';
import { json } from '../../_http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The dashboard snapshot: the room folded from its whole log. */
export const GET = instructorRoute(async (ctx, room) => json(await dashboard(ctx, room)));

/** Delete the room and everything in it. */
export const DELETE = instructorRoute(async (ctx, room) => json(await deleteWorkshop(ctx, room)));
