import { answerQuiz, authenticateLearner } from '@/lib/db/server/learner';
import { bearer, handle, json, readJson } from '../../_http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Answer the live quiz (a learner may change their answer while it is open). */
export function POST(request: Request): Promise<Response> {
  return handle(async (ctx) => {
    const auth = await authenticateLearner(ctx, bearer(request));
    return json(await answerQuiz(ctx, auth, await readJson(request)));
  });
}
