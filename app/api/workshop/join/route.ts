import { join } from '@/lib/db/server/learner';
import { caller, handle, json, readJson } from '../_http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Join with a room code and a display name: returns this device's token and the rejoin code. */
export function POST(request: Request): Promise<Response> {
  return handle(async (ctx) => json(await join(ctx, await readJson(request), caller(request)), 201));
}
