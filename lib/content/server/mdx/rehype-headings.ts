/**
 * Gives every h2/h3 a stable id (GitHub-style slug, de-duplicated) and records them as the
 * lesson's table of contents.
 */
import type { Root } from 'hast';
import type { TocEntry } from '../../types';
import { isElement, textOf, walk, type UnistNode } from './ast';

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-');
}

export function rehypeHeadings(toc: TocEntry[]) {
  return () => (tree: Root) => {
    const used = new Map<string, number>();
    walk(tree as unknown as UnistNode, (node) => {
      if (!isElement(node) || !/^h[23]$/.test(node.tagName)) return;
      const text = textOf(node).trim();
      const base = slugify(text) || 'section';
      const count = used.get(base) ?? 0;
      used.set(base, count + 1);
      const id = count === 0 ? base : `${base}-${count}`;
      node.properties = { ...node.properties, id };
      toc.push({ id, text, depth: node.tagName === 'h2' ? 2 : 3 });
    });
  };
}
