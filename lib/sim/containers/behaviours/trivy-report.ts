/**
 * Trivy's table output (`trivy image`): the Report Summary box, then per target its header,
 * `Total: N (HIGH: x, CRITICAL: y)` and the vulnerability table drawn with box characters, the
 * library cell merged over its rows, the advisory link under each title.
 */
import type { ScanTarget, Severity, Vulnerability } from '../../images/vulns';

type Align = 'left' | 'center';

function pad(s: string, w: number, align: Align): string {
  const room = w - [...s].length;
  if (align === 'left') return s + ' '.repeat(room);
  const l = Math.floor(room / 2);
  return ' '.repeat(l) + s + ' '.repeat(room - l);
}

const rule = (widths: number[], [l, m, r]: [string, string, string]) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r + '\n';
const row = (cells: string[], widths: number[], align: Align[]) => '│' + cells.map((c, i) => ` ${pad(c, widths[i]!, align[i]!)} `).join('│') + '│\n';

export function summaryTable(target: string, family: string, vulns: number | string): string {
  const head = ['Target', 'Type', 'Vulnerabilities', 'Secrets'];
  const cells = [target, family, String(vulns), '-'];
  const widths = head.map((h, i) => Math.max([...h].length, [...cells[i]!].length));
  let out = '\nReport Summary\n\n';
  out += rule(widths, ['┌', '┬', '┐']) + row(head, widths, ['center', 'center', 'center', 'center']);
  out += rule(widths, ['├', '┼', '┤']) + row(cells, widths, ['left', 'left', 'center', 'center']);
  out += rule(widths, ['└', '┴', '┘']);
  return out + "Legend:\n- '-': Not scanned\n- '0': Clean (no security findings detected)\n\n";
}

const url = (id: string) => `https://avd.aquasec.com/nvd/${id.toLowerCase()}`;

export function vulnerabilityTable(target: string, vulns: readonly Vulnerability[], severities: readonly Severity[]): string {
  const counts = severities.map((s) => `${s}: ${vulns.filter((x) => x.severity === s).length}`).join(', ');
  let out = `\n${target}\n${'='.repeat([...target].length)}\nTotal: ${vulns.length} (${counts})\n\n`;
  if (vulns.length === 0) return out;
  const head = ['Library', 'Vulnerability', 'Severity', 'Status', 'Installed Version', 'Fixed Version', 'Title'];
  const rows = vulns.map((x) => [x.pkg, x.id, x.severity, x.status, x.installed, x.fixed, x.title]);
  const widths = head.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]!].length), i === 6 ? Math.max(...vulns.map((x) => url(x.id).length)) : 0));
  const left: Align[] = head.map(() => 'left');
  out += rule(widths, ['┌', '┬', '┐']) + row(head, widths, head.map(() => 'center')) + rule(widths, ['├', '┼', '┤']);
  rows.forEach((r, i) => {
    const first = i === 0 || vulns[i - 1]!.pkg !== vulns[i]!.pkg;
    if (i > 0) out += first ? rule(widths, ['├', '┼', '┤']) : '│' + ' '.repeat(widths[0]! + 2) + rule(widths.slice(1), ['├', '┼', '┤']);
    out += row([first ? r[0]! : '', ...r.slice(1)], widths, left);
    out += row(['', '', '', '', '', '', url(vulns[i]!.id)], widths, left);
  });
  return out + rule(widths, ['└', '┴', '┘']);
}

export function report(image: string, scan: ScanTarget, vulns: readonly Vulnerability[], severities: readonly Severity[]): string {
  const target = `${image} (${scan.family} ${scan.version})`;
  return summaryTable(target, scan.family, vulns.length) + vulnerabilityTable(target, vulns, severities);
}
