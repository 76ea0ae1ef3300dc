/**
 * No HTML from URLs, storage, the terminal or the network reaches the DOM unescaped: React escapes
 * everything except `dangerouslySetInnerHTML`, and the DOM APIs below parse HTML. The only uses allowed
 * are reviewed ones: the theme script (a constant) and build-time sanitised diagrams (MDX figures,
 * lib/content/svg-sanitize.ts). A new use fails this test until it is reviewed and listed here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const RAW_HTML = /dangerouslySetInnerHTML|\.(?:inner|outer)HTML\s*[+]?=|insertAdjacentHTML|document\.write(?:ln)?\(|createContextualFragment|DOMParser/;
const REVIEWED = new Map([
  ['app/layout.tsx', 'the theme script, a constant string (components/layout/theme-script.ts)'],
  ['components/mdx/figure.tsx', 'a diagram sanitised at build time by lib/content/svg-sanitize.ts'],
]);

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name.startsWith('.') ? [] : sources(rel);
    return /\.(tsx?|mjs)$/.test(e.name) && !/\.test\.tsx?$|\.test-helper\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

describe('raw HTML sinks', () => {
  it('appear only in the reviewed files', () => {
    const found = ['app', 'components', 'lib', 'sw'].flatMap(sources).filter((file) => RAW_HTML.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(found.filter((f) => !REVIEWED.has(f))).toEqual([]);
    expect(found.sort()).toEqual([...REVIEWED.keys()].sort());
  });
});
