import { rejoin } from '@/lib/db/server/learner';
import { caller, handle, json, readJson } from '../_http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Come back on another device: room code + display name + rejoin code. */
export function POST(request: Request): Promise<Response> {
  return handle(async (ctx) => json(await rejoin(ctx, await readJson(request), caller(request))));
}
