import { authenticateLearner, postEvents } from '@/lib/db/server/learner';
import { bearer, handle, json, readJson } from '../_http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * A learner's queued progress events; the reply lists the ids now durably stored. Server-Timing
 * carries the time spent in here (auth, parse, durable commit), so load tests can tell it apart from
 * HTTP and queueing time.
 */
export function POST(request: Request): Promise<Response> {
  return handle(async (ctx) => {
    const started = performance.now();
    const auth = await authenticateLearner(ctx, bearer(request));
    const response = json(await postEvents(ctx, auth, await readJson(request)));
    response.headers.set('server-timing', `app;dur=${(performance.now() - started).toFixed(1)}`);
    return response;
  });
}
