/**
 * Shiki, configured once: the languages lessons may use (lib/content/code-blocks.ts) and two themes
 * emitted as CSS variables (--shiki-light / --shiki-dark) so code follows the site theme without JS.
 */
import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import { createHighlighter, type HighlighterGeneric, type ShikiTransformer } from 'shiki';
import { codeBlockActions } from '../../code-blocks';

/** Grammar names to load; aliases (sh, yml, js, txt…) resolve through them. */
const GRAMMARS = [
  'bash', 'shellsession', 'dockerfile', 'yaml', 'json', 'jsonc', 'ini', 'dotenv', 'toml', 'properties',
  'javascript', 'typescript', 'python', 'go', 'sql', 'html', 'xml', 'nginx', 'diff', 'makefile', 'hcl',
  'powershell', 'groovy',
] as const;

export const THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Highlighter = HighlighterGeneric<any, any>;
let highlighter: Promise<Highlighter> | undefined;

export function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: Object.values(THEMES), langs: [...GRAMMARS] });
  return highlighter;
}

/** Puts what Copy and Run need on the <pre> as data attributes, read by the CodeBlock component. */
const actionsTransformer: ShikiTransformer = {
  name: 'dockerlings:actions',
  pre(node) {
    const lang = this.options.lang;
    const meta = (this.options.meta as { __raw?: string } | undefined)?.__raw;
    const { copyText, runText, expectError } = codeBlockActions(lang, this.source, meta);
    node.properties['data-language'] = lang;
    node.properties['data-copy'] = copyText;
    if (expectError) node.properties['data-expect'] = 'error';
    if (runText !== null) node.properties['data-run'] = runText;
    return node;
  },
};

/** The rehype plugin entry (plugin + its arguments) for mdx-bundler's rehypePlugins. */
export async function rehypeShikiPlugin() {
  const hl = await getHighlighter();
  const options = { themes: THEMES, defaultColor: false as const, defaultLanguage: 'text', transformers: [actionsTransformer] };
  return [rehypeShikiFromHighlighter, hl, options] as const;
}
