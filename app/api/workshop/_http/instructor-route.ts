/** Instructor endpoints: every one authorises the room code + instructor key first (403 without it). */
import type { ServiceContext } from '@/lib/db/server/context';
import { authorizeInstructor } from '@/lib/db/server/instructor';
import type { WorkshopRow } from '@/lib/db/server/rooms';
import { bearer, caller, handle } from './respond';

export type CodeParams = { params: Promise<{ code: string }> };

export function instructorRoute(fn: (ctx: ServiceContext, room: WorkshopRow, request: Request) => Promise<Response>) {
  return (request: Request, { params }: CodeParams) =>
    handle(async (ctx) => {
      const { code } = await params;
      const room = await authorizeInstructor(ctx, code, bearer(request), caller(request));
      return fn(ctx, room, request);
    });
}
