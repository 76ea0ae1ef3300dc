/**
 * The terminal's screen-reader transcript: a visually hidden role="log" region (aria-live polite), so
 * each command and its output are announced once, when they are complete (never keystroke by
 * keystroke). Output is preformatted text; column output (docker ps, kubectl get…) becomes a table
 * with a one-line summary, which screen-reader table navigation can then read cell by cell.
 */
import type { TranscriptEntry } from './controller';
import { stripAnsi } from './output';
import { parseOutputTable, tableSummary, type OutputTable } from './output-table';

const LIMIT = 200;

function tableEntry({ columns, rows }: OutputTable): HTMLElement {
  const box = document.createElement('div');
  const summary = document.createElement('p');
  summary.textContent = tableSummary({ columns, rows });
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const c of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = c;
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const cell of row) tr.insertCell().textContent = cell;
  }
  box.append(summary, table);
  return box;
}

export function appendTranscript(log: HTMLElement, entry: TranscriptEntry): void {
  const text = stripAnsi(entry.text);
  let node: HTMLElement;
  const table = entry.kind === 'output' ? parseOutputTable(text) : null;
  if (table) node = tableEntry(table);
  else {
    node = document.createElement(entry.kind === 'output' ? 'pre' : 'div');
    node.textContent = text;
  }
  log.append(node);
  while (log.childElementCount > LIMIT) log.firstElementChild?.remove();
}
