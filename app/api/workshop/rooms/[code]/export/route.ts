import { exportCsv } from '@/lib/db/server/instructor';
import { instructorRoute } from '../../../_http/instructor-route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The results as CSV (one row per learner). */
export const GET = instructorRoute(async (ctx, room) => {
  const csv = await exportCsv(ctx, room);
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="workshop-${room.code}-results.csv"`,
      'cache-control': 'no-store',
    },
  });
});
