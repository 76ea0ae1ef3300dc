/** The human-readable part of `kubectl get`: one table per type, NAMESPACE / labels columns. */
import type { KObject } from '../../../sim/k8s/types';
import { columnsFor } from '../printers/columns';
import { labelsCell, renderTable } from '../printers/table';
import { kindName } from '../targets';
import type { Fetched } from '../fetch';

export interface TableOptions {
  wide: boolean;
  allNamespaces: boolean;
  showKind: boolean;
  showLabels: boolean;
  labelColumns: readonly string[];
  noHeaders: boolean;
  now: number;
}

export function tableFor(f: Fetched, objects: readonly KObject[], o: TableOptions): string {
  const t = f.target.type;
  const cols = columnsFor(t.kind);
  const nsCol = o.allNamespaces && t.namespaced;
  const header = [...(nsCol ? ['NAMESPACE'] : []), ...cols.headers, ...(o.wide ? (cols.wide ?? []) : []), ...o.labelColumns.map((l) => l.toUpperCase()), ...(o.showLabels ? ['LABELS'] : [])];
  const rows = objects.map((obj) => {
    const cells = cols.cells(obj, o.now);
    if (o.showKind) cells[0] = kindName(t, cells[0]!);
    const wide = o.wide && cols.wideCells ? cols.wideCells(obj, o.now) : [];
    const labels = obj.metadata.labels ?? {};
    return [...(nsCol ? [obj.metadata.namespace ?? ''] : []), ...cells, ...wide, ...o.labelColumns.map((l) => labels[l] ?? ''), ...(o.showLabels ? [labelsCell(obj.metadata.labels)] : [])];
  });
  return renderTable(o.noHeaders ? null : header, rows);
}
