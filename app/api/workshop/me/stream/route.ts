import { authenticateLearner } from '@/lib/db/server/learner';
import { roomStream } from '@/lib/db/server/stream';
import { bearer, cursor, handle, sseHeaders } from '../../_http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Live room-wide entries for a learner (server-sent events). */
export function GET(request: Request): Promise<Response> {
  return handle(async (ctx) => {
    const auth = await authenticateLearner(ctx, bearer(request));
    const body = roomStream(ctx, { workshopId: auth.workshopId, viewer: { kind: 'learner', learnerId: auth.learnerId }, after: cursor(request), signal: request.signal });
    return new Response(body, { headers: sseHeaders });
  });
}
