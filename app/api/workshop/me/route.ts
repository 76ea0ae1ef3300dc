import { authenticateLearner, learnerSnapshot } from '@/lib/db/server/learner';
import { bearer, handle, json } from '../_http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The room as this learner sees it: unlocked lessons, broadcasts, the live quiz, their answers. */
export function GET(request: Request): Promise<Response> {
  return handle(async (ctx) => json(await learnerSnapshot(ctx, await authenticateLearner(ctx, bearer(request)))));
}
