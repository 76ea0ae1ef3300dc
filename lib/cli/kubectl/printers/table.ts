/**
 * kubectl's human-readable tables: Go tabwriter with minwidth 6, tab width 4, padding 3; rows of
 * cells; optional NAMESPACE first column, label columns (-L), LABELS last (--show-labels).
 */
import { tabwrite } from '../../format/tabwriter';

export function renderTable(header: readonly string[] | null, rows: ReadonlyArray<readonly string[]>): string {
  const lines = [...(header ? [header] : []), ...rows].map((r) => r.join('\t'));
  if (lines.length === 0) return '';
  return tabwrite(lines.join('\n') + '\n', { minwidth: 6, padding: 3 });
}

/** `app=web,tier=front` or `<none>`, keys sorted. */
export function labelsCell(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.length ? keys.map((k) => `${k}=${labels![k]}`).join(',') : '<none>';
}
