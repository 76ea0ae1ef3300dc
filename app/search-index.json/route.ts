import { getCourse } from '@/lib/content/server';
import { getQuizBank } from '@/lib/quiz/server';
import { buildSearchIndex } from '@/lib/search/server/build-index';

/** The MiniSearch index of lessons, exercises and quiz explanations, built once at build time. */
export const dynamic = 'force-static';

export async function GET(): Promise<Response> {
  const [course, questions] = await Promise.all([getCourse(), getQuizBank()]);
  return new Response(await buildSearchIndex(process.cwd(), course, questions), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
