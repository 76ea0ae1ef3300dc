import { getQuizBank } from '@/lib/quiz/server';

/** The whole question bank as static JSON, fetched by the exam and review pages when they need it. */
export const dynamic = 'force-static';

export async function GET(): Promise<Response> {
  return Response.json(await getQuizBank());
}
