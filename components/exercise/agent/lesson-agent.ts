/** The exercise agent for the page at `pathname`: lessons save their terminal, other pages do not. */
import type { HostSession } from '@/lib/host';
import { browserStore } from '@/lib/progress/types';
import { createExerciseAgent } from './agent';

export function lessonKeyOfPath(pathname: string): string | null {
  const m = /^\/learn\/([a-z0-9-]+)\/([a-z0-9-]+)\/?$/.exec(pathname);
  return m ? `${m[1]}/${m[2]}` : null;
}

export function lessonAgent(host: HostSession, pathname: string) {
  return createExerciseAgent(host, { lesson: lessonKeyOfPath(pathname), store: browserStore(), now: () => Date.now() });
}
