import type { TopicScore } from '@/lib/quiz/exam-result';

/**
 * Score per topic as an HTML bar chart: each bar carries its topic and figures as text, the bars and
 * pass-mark line are decoration. The same data is available as a table (TopicTable).
 */
export function TopicChart({ topics, passPercent }: { topics: TopicScore[]; passPercent: number }) {
  return (
    <figure className="exam-chart" aria-labelledby="topic-chart-caption">
      <figcaption id="topic-chart-caption" className="font-semibold">
        Score per topic <span className="text-sm font-normal text-muted">(the line marks the pass mark, {passPercent}%)</span>
      </figcaption>
      <ul>
        {topics.map((t) => (
          <li key={t.module} data-pass={t.percent >= passPercent || undefined}>
            <span className="exam-chart-label">
              <span>{t.title}</span>
              <span className="tabular-nums">
                {t.percent}% <span className="text-muted">({t.correct} of {t.total})</span>
              </span>
            </span>
            <span className="exam-chart-track" aria-hidden="true">
              <span className="exam-chart-bar" style={{ width: `${t.percent}%` }} />
              <span className="exam-chart-pass" style={{ left: `${passPercent}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

export function TopicTable({ topics, passPercent }: { topics: TopicScore[]; passPercent: number }) {
  return (
    <table className="exam-table">
      <caption>Score per topic (pass mark {passPercent}%)</caption>
      <thead>
        <tr>
          <th scope="col">Topic</th>
          <th scope="col">Right</th>
          <th scope="col">Score</th>
        </tr>
      </thead>
      <tbody>
        {topics.map((t) => (
          <tr key={t.module}>
            <th scope="row">{t.title}</th>
            <td className="tabular-nums">
              {t.correct} of {t.total}
            </td>
            <td className="tabular-nums">{t.percent}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
