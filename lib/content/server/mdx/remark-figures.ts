/**
 * Inlines diagrams: `<Figure src="/diagrams/x.svg" alt="…">` gets an `svg` prop holding the sanitised
 * markup of public/diagrams/x.svg, so the drawing's currentColor and CSS variables follow the theme.
 * Only files under public/diagrams/ can be inlined.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../../errors';
import { sanitizeSvg } from '../../svg-sanitize';
import { isJsx, lineOf, walk, type UnistNode } from './ast';
import { stringProp } from './remark-check';

const SRC = /^\/diagrams\/[a-z0-9][a-z0-9-]*\.svg$/;

export function remarkFigures(file: string, publicDir: string) {
  return () => (tree: UnistNode) => {
    walk(tree, (node) => {
      if (!isJsx(node) || node.name !== 'Figure') return;
      const src = stringProp(node, 'src') ?? '';
      const alt = stringProp(node, 'alt') ?? '';
      if (!SRC.test(src)) {
        throw new ContentError(file, [`${lineOf(node)}<Figure src="${src}"> must name a file in public/diagrams, like /diagrams/module-thing.svg`]);
      }
      const svgFile = path.join(publicDir, ...src.split('/').filter(Boolean));
      let source: string;
      try {
        source = readFileSync(svgFile, 'utf8');
      } catch {
        throw new ContentError(file, [`${lineOf(node)}<Figure src="${src}">: public${src} does not exist`]);
      }
      const svg = sanitizeSvg(`public${src}`, source, { label: alt });
      node.attributes = node.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || a.name !== 'svg');
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'svg', value: svg });
    });
  };
}
