import { createWorkshop } from '@/lib/db/server/instructor';
import { readingOrder } from '@/lib/content/navigation';
import { getCourse } from '@/lib/content/server';
import { caller, handle, json, readJson } from '../_http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Create a workshop: returns the room code and, once, the instructor key. */
export function POST(request: Request): Promise<Response> {
  return handle(async (ctx) => {
    const known = new Set(readingOrder(await getCourse()).map((l) => `${l.moduleSlug}/${l.slug}`));
    return json(await createWorkshop(ctx, await readJson(request), known, caller(request)), 201);
  });
}
