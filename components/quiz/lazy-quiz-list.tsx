'use client';

import dynamic from 'next/dynamic';

/**
 * The end-of-lesson quiz in its own chunk: it sits below the prose, so its code need not be in the
 * lesson's first-load JS. Still rendered on the server (the questions are in the HTML at once); Next
 * preloads the chunk and the quiz hydrates when it arrives.
 */
export const LazyQuizList = dynamic(() => import('./quiz-list').then((m) => m.QuizList));
