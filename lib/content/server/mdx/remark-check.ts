/**
 * Catches authoring mistakes in the Markdown tree before they become a broken page:
 * unknown fence languages or meta flags, unknown JSX components, missing or invalid props.
 */
import type { Code } from 'mdast';
import { META_FLAGS, isKnownLanguage, isMetaFlag, metaFlags } from '../../code-blocks';
import { MDX_COMPONENTS, isMdxComponentName, type ComponentRule } from '../../components';
import { ContentError } from '../../errors';
import { isJsx, lineOf, walk, type JsxElement, type UnistNode } from './ast';

/** A prop's value when it is a plain string (`src="x"`), undefined when absent, null when an expression. */
export function stringProp(node: JsxElement, name: string): string | null | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr || attr.type !== 'mdxJsxAttribute') return undefined;
  return typeof attr.value === 'string' ? attr.value : null;
}

function checkCode(node: Code): string[] {
  const problems: string[] = [];
  if (node.lang && !isKnownLanguage(node.lang)) problems.push(`${lineOf(node)}code block language "${node.lang}" is not supported (see docs/content-format.md)`);
  for (const flag of metaFlags(node.meta)) {
    if (!isMetaFlag(flag)) problems.push(`${lineOf(node)}unknown code block flag "${flag}" (only ${META_FLAGS.map((f) => `"${f}"`).join(', ')})`);
  }
  return problems;
}

function checkJsx(node: JsxElement): string[] {
  if (!node.name) return [`${lineOf(node)}fragments (<>…</>) are not supported`];
  if (!isMdxComponentName(node.name)) {
    if (/^[a-z]/.test(node.name)) return [];
    return [`${lineOf(node)}unknown component <${node.name}> (available: ${Object.keys(MDX_COMPONENTS).join(', ')})`];
  }
  const rule: ComponentRule = MDX_COMPONENTS[node.name];
  const problems: string[] = [];
  for (const prop of rule.required) {
    const value = stringProp(node, prop);
    if (value === undefined || value === '') problems.push(`${lineOf(node)}<${node.name}> needs ${prop}="…"`);
    else if (value === null) problems.push(`${lineOf(node)}<${node.name}> ${prop} must be a plain string`);
  }
  for (const [prop, allowed] of Object.entries(rule.oneOf ?? {})) {
    const value = stringProp(node, prop);
    if (typeof value === 'string' && !allowed.includes(value)) {
      problems.push(`${lineOf(node)}<${node.name} ${prop}="${value}"> must be one of ${allowed.join(', ')}`);
    }
  }
  return problems;
}

export function remarkCheck(file: string) {
  return () => (tree: UnistNode) => {
    const problems: string[] = [];
    walk(tree, (node) => {
      if (node.type === 'code') problems.push(...checkCode(node as unknown as Code));
      else if (isJsx(node)) problems.push(...checkJsx(node));
    });
    if (problems.length > 0) throw new ContentError(file, problems);
  };
}
