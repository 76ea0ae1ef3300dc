import { roomStream } from '@/lib/db/server/stream';
import { instructorRoute } from '../../../_http/instructor-route';
import { cursor, sseHeaders } from '../../../_http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Live log entries for the dashboard (server-sent events), from `?after=<seq>`. */
export const GET = instructorRoute(async (ctx, room, request) =>
  new Response(roomStream(ctx, { workshopId: room.id, viewer: { kind: 'instructor' }, after: cursor(request), signal: request.signal }), { headers: sseHeaders }),
);
