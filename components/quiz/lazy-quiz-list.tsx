'use client';

import dynamic from 'next/dynamic';

/**
 * The end-of-lesson quiz in its own chunk: it sits below the prose, so its code need not be in the
 * lesson's first-load JS. Still rendered on the server (the questions are in the HTML at once); Next
 * preloads the chunk and the quiz hydrates when it arrives. `loading` gives it its own Suspense
 * boundary: without one, hydrating the whole page (Run buttons, the terminal) would wait for this chunk.
 */
export const LazyQuizList = dynamic(() => import('./quiz-list').then((m) => m.QuizList), { loading: () => null });
