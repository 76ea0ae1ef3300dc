/** The last lesson the learner opened, kept in localStorage for the home page's Continue button. */
export const LAST_LESSON_KEY = 'dockerlings:last-lesson';

export function readLastLesson(): string | null {
  try {
    const href = localStorage.getItem(LAST_LESSON_KEY);
    return href && href.startsWith('/learn/') ? href : null;
  } catch {
    return null;
  }
}

export function writeLastLesson(href: string): void {
  try {
    localStorage.setItem(LAST_LESSON_KEY, href);
  } catch {
    /* private mode or blocked storage: nothing to remember */
  }
}
