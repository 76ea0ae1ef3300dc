/** Tiny tree helpers for the MDX plugins (mdast and hast are both unist trees). */
import type { Element, ElementContent, Root as HastRoot } from 'hast';

export interface UnistNode {
  type: string;
  children?: UnistNode[];
  position?: { start: { line: number } };
}

/** Depth-first walk; `visit` sees every node with its parent. */
export function walk(node: UnistNode, visit: (node: UnistNode, parent: UnistNode | null) => void, parent: UnistNode | null = null): void {
  visit(node, parent);
  for (const child of node.children ?? []) walk(child, visit, node);
}

export function lineOf(node: UnistNode): string {
  const line = node.position?.start.line;
  return line ? `line ${line}: ` : '';
}

export function textOf(node: ElementContent | HastRoot): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as ElementContent[]).map(textOf).join('');
  return '';
}

export function isElement(node: UnistNode): node is UnistNode & Element {
  return node.type === 'element';
}

/** An MDX JSX element in the Markdown tree (`<Figure src="…" />`), as remark-mdx produces it. */
export interface JsxElement extends UnistNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<
    | { type: 'mdxJsxAttribute'; name: string; value?: string | { type: string; value: string } | null }
    | { type: 'mdxJsxExpressionAttribute'; value: string }
  >;
}

export function isJsx(node: UnistNode): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}
