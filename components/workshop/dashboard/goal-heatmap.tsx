import type { GoalHeat } from '@/lib/workshop/insights';

/** Goals most learners have not met yet, worst first, as a shaded bar per goal (with the numbers in text). */
export function GoalHeatmap({ heat }: { heat: GoalHeat[] }) {
  const rows = heat.filter((h) => h.attempted > 0).slice(0, 12);
  if (rows.length === 0) return <p className="text-muted">No exercise attempts yet.</p>;
  return (
    <table className="w-full text-sm">
      <thead>
        <tr className="text-left">
          <th scope="col">Goal</th>
          <th scope="col">Not met yet</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((h) => (
          <tr key={`${h.exercise}/${h.goal}`}>
            <th scope="row" className="py-1 pr-2 text-left font-normal">
              <span className="font-mono">{h.goal}</span> <span className="text-muted">in {h.exercise.split('#')[1]}</span>
            </th>
            <td className="w-1/2 py-1">
              <div className="flex items-center gap-2">
                <div className="h-3 flex-1 rounded bg-surface" aria-hidden="true">
                  <div className="h-3 rounded" style={{ width: `${Math.round(h.rate * 100)}%`, background: `hsl(${Math.round(120 - 120 * h.rate)} 70% 45%)` }} />
                </div>
                <span className="whitespace-nowrap">
                  {h.failing}/{h.attempted}
                </span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
