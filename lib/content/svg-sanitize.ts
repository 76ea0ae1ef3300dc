/**
 * Sanitises a diagram before it is inlined into a lesson page. Diagrams are drawn with currentColor and
 * CSS custom properties so they follow the theme, which only works when the SVG is part of the page.
 * Allow-list based: an element or attribute we do not know fails the build (the author should know),
 * rather than being silently dropped.
 */
import { ContentError } from './errors';

const ELEMENTS = new Set([
  'svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan',
  'title', 'desc', 'defs', 'marker', 'use', 'symbol', 'linearGradient', 'radialGradient', 'stop',
  'clipPath', 'mask', 'pattern',
]);

const ATTRIBUTE = /^[a-zA-Z_][\w.:-]*$/;
const TAG = /^<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>/;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g;
const ENTITY = /&(?!(?:[a-zA-Z]+|#\d+|#x[\da-fA-F]+);)/g;

export interface SanitizeOptions {
  /** Becomes the root's aria-label (and role="img"), replacing aria-labelledby. */
  label: string;
}

function escapeAttr(value: string): string {
  return value.replace(ENTITY, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function checkAttribute(fail: (why: string) => never, element: string, name: string, value: string): void {
  if (!ATTRIBUTE.test(name)) fail(`attribute ${JSON.stringify(name)} on <${element}> is not allowed`);
  const lower = name.toLowerCase();
  if (lower.startsWith('on')) fail(`event handler attribute ${name} on <${element}> is not allowed`);
  if ((lower === 'href' || lower === 'xlink:href') && !value.startsWith('#')) {
    fail(`<${element} ${name}> may only point inside the diagram (#id), got ${JSON.stringify(value)}`);
  }
  if (/javascript:/i.test(value) || /url\(\s*['"]?(?!#)/i.test(value)) {
    fail(`attribute ${name} on <${element}> refers outside the diagram`);
  }
}

function attributes(source: string): Array<[string, string]> {
  const list: Array<[string, string]> = [];
  for (const m of source.matchAll(ATTR)) list.push([m[1] ?? '', m[2] ?? m[3] ?? '']);
  return list;
}

export function sanitizeSvg(file: string, source: string, options: SanitizeOptions): string {
  const fail = (why: string): never => {
    throw new ContentError(file, [why]);
  };
  const out: string[] = [];
  const stack: string[] = [];
  let rest = source;
  let sawRoot = false;
  while (rest.length > 0) {
    if (rest.startsWith('<?')) {
      const end = rest.indexOf('?>');
      if (end < 0) fail('unterminated <? … ?>');
      rest = rest.slice(end + 2);
    } else if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end < 0) fail('unterminated comment');
      rest = rest.slice(end + 3);
    } else if (rest.startsWith('<!')) {
      fail('DOCTYPE, entities and CDATA are not allowed');
    } else if (rest.startsWith('<')) {
      const m = TAG.exec(rest);
      if (!m) fail(`malformed tag near ${JSON.stringify(rest.slice(0, 30))}`);
      const [whole, closing, name, attrText, selfClosing] = m as RegExpExecArray & [string, string, string, string, string];
      rest = rest.slice(whole.length);
      if (!ELEMENTS.has(name)) fail(`element <${name}> is not allowed in a diagram`);
      if (closing) {
        const open = stack.pop();
        if (open !== name) fail(`</${name}> does not match ${open ? `<${open}>` : 'any opening tag'}`);
        out.push(`</${name}>`);
        continue;
      }
      const isRoot = !sawRoot;
      if (isRoot && name !== 'svg') fail('the file must start with an <svg> element');
      if (!isRoot && stack.length === 0) fail('content after the closing </svg>');
      sawRoot = true;
      const attrs = attributes(attrText);
      for (const [attr, value] of attrs) checkAttribute(fail, name, attr, value);
      const kept = isRoot ? rootAttributes(attrs, options.label, fail) : attrs;
      const serialised = kept.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
      out.push(`<${name}${serialised}${selfClosing ? '/' : ''}>`);
      if (!selfClosing) stack.push(name);
    } else {
      const next = rest.indexOf('<');
      const text = next < 0 ? rest : rest.slice(0, next);
      if (stack.length === 0 && text.trim() !== '') fail('text outside the <svg> element');
      if (stack.length > 0) out.push(text.replace(ENTITY, '&amp;').replace(/>/g, '&gt;'));
      rest = next < 0 ? '' : rest.slice(next);
    }
  }
  if (!sawRoot) fail('no <svg> element found');
  if (stack.length > 0) fail(`<${stack[stack.length - 1]}> is never closed`);
  return out.join('').trim();
}

const DROPPED_ON_ROOT = new Set(['width', 'height', 'role', 'aria-label', 'aria-labelledby', 'aria-hidden']);

function rootAttributes(attrs: Array<[string, string]>, label: string, fail: (why: string) => never): Array<[string, string]> {
  if (!attrs.some(([k]) => k === 'viewBox')) fail('the <svg> needs a viewBox so it can scale');
  if (label.trim() === '') fail('the figure needs alt text');
  return [...attrs.filter(([k]) => !DROPPED_ON_ROOT.has(k)), ['role', 'img'], ['aria-label', label]];
}
