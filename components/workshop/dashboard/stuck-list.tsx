import type { StuckFlag } from '@/lib/workshop/insights';
import type { RoomState } from '@/lib/workshop/room-state';

/** Who may need help: a long time on one exercise, or several failing commands in a row. */
export function StuckList({ flags, state }: { flags: StuckFlag[]; state: RoomState }) {
  if (flags.length === 0) return <p className="text-muted">Nobody looks stuck right now.</p>;
  return (
    <ul className="space-y-2">
      {flags.map((f) => {
        const learner = state.learners[f.learnerId];
        const last = learner?.failures.at(-1);
        return (
          <li key={`${f.learnerId}-${f.reason}`} className="rounded-md bg-surface px-3 py-2">
            <strong>{learner?.name ?? 'Someone'}</strong>{' '}
            {f.reason === 'slow' ? `has spent ${f.amount} min without progress` : `ran ${f.amount} failing commands in the last minutes`}
            {f.exercise && <span className="text-muted"> on {f.exercise.split('#')[1]}</span>}
            {f.reason === 'errors' && last && (
              <span className="mt-1 block font-mono text-xs">
                $ {last.command} <span className="text-muted">(exit {last.exitCode})</span>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The newest failing commands across the room. */
export function RecentFailures({ state, limit = 10 }: { state: RoomState; limit?: number }) {
  const rows = Object.values(state.learners)
    .flatMap((l) => l.failures.map((f) => ({ ...f, name: l.name })))
    .sort((a, b) => b.at - a.at)
    .slice(0, limit);
  if (rows.length === 0) return <p className="text-muted">No failing commands yet.</p>;
  return (
    <ol className="space-y-1 text-sm" aria-live="polite">
      {rows.map((r, i) => (
        <li key={`${r.name}-${r.at}-${i}`}>
          <span className="font-medium">{r.name}</span> <span className="text-muted">{new Date(r.at).toLocaleTimeString()}</span>
          <code className="block truncate">
            $ {r.command} <span className="text-muted">→ exit {r.exitCode}</span>
          </code>
        </li>
      ))}
    </ol>
  );
}
