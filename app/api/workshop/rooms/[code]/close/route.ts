import { closeWorkshop } from '@/lib/db/server/instructor';
import { instructorRoute } from '../../../_http/instructor-route';
import { json } from '../../../_http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Close the room: no more joins or progress; the dashboard and export stay. */
export const POST = instructorRoute(async (ctx, room) => json(await closeWorkshop(ctx, room)));
