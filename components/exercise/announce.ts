/** What the polite live region says when a check changes something (pure, so it is unit-tested). */
import type { LabelledGoal } from '@/lib/check/spec/types';
import type { ExerciseStatus } from './protocol';

const plain = (s: string) => s.replace(/`/g, '');

export function announcement(goals: readonly LabelledGoal[], before: ExerciseStatus | null, after: ExerciseStatus, checked: boolean): string {
  const met = (s: ExerciseStatus | null, id: string) => s?.results.find((r) => r.id === id)?.met === true;
  if (after.complete && !before?.complete) return 'Exercise complete: every goal is met.';
  const changes = goals
    .filter((g) => met(before, g.id) !== met(after, g.id))
    .map((g) => `${met(after, g.id) ? 'Goal met' : 'Goal no longer met'}: ${plain(g.label)}.`);
  const feedback = after.feedback && after.feedback.message !== before?.feedback?.message ? ` ${plain(after.feedback.message)}` : '';
  if (changes.length > 0 || feedback) return `${changes.join(' ')}${feedback}`.trim();
  if (!checked) return '';
  const count = after.results.filter((r) => r.met).length;
  return after.complete ? 'Every goal is met.' : `Not yet: ${count} of ${after.results.length} goals met.`;
}
