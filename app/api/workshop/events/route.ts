import { authenticateLearner, postEvents } from '@/lib/db/server/learner';
import { bearer, handle, json, readJson } from '../_http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** A learner's queued progress events; the reply lists the ids now durably stored. */
export function POST(request: Request): Promise<Response> {
  return handle(async (ctx) => {
    const auth = await authenticateLearner(ctx, bearer(request));
    return json(await postEvents(ctx, auth, await readJson(request)));
  });
}
