/**
 * kubectl describe's output: lines of tab-separated cells at indentation levels (two spaces
 * each), aligned by Go's tabwriter with padding 2, so consecutive `Key:\tvalue` lines line up and a
 * line without a tab starts a new alignment block.
 */
import { tabwrite } from '../../format/tabwriter';
import { ageOf, parseTime } from '../../../sim/k8s/time';
import type { KEvent } from '../../../sim/k8s/types';

export class Describe {
  private lines: string[] = [];

  /** `level` 0 = no indent; cells joined by tabs. */
  line(level: number, ...cells: string[]): this {
    this.lines.push('  '.repeat(level) + cells.join('\t'));
    return this;
  }

  /** A key whose value spans several lines (`Labels:` with one label per line). */
  multi(level: number, key: string, values: readonly string[], empty = '<none>'): this {
    if (values.length === 0) return this.line(level, key, empty);
    this.line(level, key, values[0]!);
    for (const v of values.slice(1)) this.line(level, '', v);
    return this;
  }

  labels(level: number, key: string, m: Record<string, string> | undefined): this {
    return this.multi(level, key, Object.keys(m ?? {}).sort().map((k) => `${k}=${m![k]}`));
  }

  annotations(level: number, m: Record<string, string> | undefined): this {
    const skip = 'kubectl.kubernetes.io/last-applied-configuration';
    return this.multi(level, 'Annotations:', Object.keys(m ?? {}).filter((k) => k !== skip).sort().map((k) => `${k}: ${m![k]}`));
  }

  events(events: readonly KEvent[], now: number): this {
    if (events.length === 0) return this.line(0, 'Events:', '<none>');
    this.line(0, 'Events:');
    this.line(1, 'Type\tReason\tAge\tFrom\tMessage');
    this.line(1, '----\t------\t----\t----\t-------');
    for (const e of events) {
      const age = e.count > 1 ? `${ageOf(e.lastTimestamp, now)} (x${e.count} over ${ageOf(e.firstTimestamp, now)})` : ageOf(e.firstTimestamp, now);
      this.line(1, `${e.type}\t${e.reason}\t${age}\t${e.source.component}\t${e.message}`);
    }
    return this;
  }

  toString(): string {
    return tabwrite(this.lines.join('\n') + '\n', { minwidth: 0, padding: 2 });
  }
}

/** Go's time.RFC1123Z in UTC: `Thu, 15 Jan 2026 09:00:01 +0000`. */
export function describeTime(ts: string | undefined): string {
  if (!ts) return '<unset>';
  const d = new Date(parseTime(ts));
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}
