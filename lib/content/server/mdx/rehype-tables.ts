/**
 * GitHub tables (remark-gfm) made readable everywhere: each table sits in a keyboard-focusable scroll
 * container named after its column headers (phones scroll it sideways instead of squashing it), header
 * cells get scope="col", and a table whose header row has an empty cell fails the build (a screen reader
 * would announce nameless columns).
 */
import type { Element, ElementContent, Root } from 'hast';
import { ContentError } from '../../errors';
import { isElement, textOf } from './ast';

function headerCells(table: Element): Element[] {
  const head = table.children.find((c): c is Element => c.type === 'element' && c.tagName === 'thead');
  const row = head?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'tr');
  return row?.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'th') ?? [];
}

export function rehypeTables(file: string) {
  return () => (tree: Root) => {
    const problems: string[] = [];
    const visit = (parent: Root | Element) => {
      parent.children.forEach((child, index) => {
        if (child.type !== 'element') return;
        if (!isElement(child) || child.tagName !== 'table') return visit(child);
        const headers = headerCells(child);
        const names = headers.map((th) => textOf(th).trim());
        const line = child.position?.start.line;
        if (names.some((n) => n === '')) problems.push(`${line ? `line ${line}: ` : ''}every table column needs a header`);
        for (const th of headers) th.properties = { ...th.properties, scope: 'col' };
        const wrapper: Element = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: `Table: ${names.join(', ')}` },
          children: [child as ElementContent],
        };
        parent.children[index] = wrapper as never;
      });
    };
    visit(tree);
    if (problems.length > 0) throw new ContentError(file, problems);
  };
}
