import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from './svg-sanitize';

const F = 'public/diagrams/x.svg';
const wrap = (inner: string, attrs = 'viewBox="0 0 10 10"') => `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${attrs}>${inner}</svg>\n`;

describe('sanitizeSvg', () => {
  it('keeps drawing elements and labels the root from the alt text', () => {
    const out = sanitizeSvg(F, wrap('<title>T</title><rect x="1" y="1" width="2" height="2" fill="currentColor"/>', 'viewBox="0 0 10 10" width="400" aria-labelledby="t"'), { label: 'A box' });
    expect(out).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img" aria-label="A box"><title>T</title><rect x="1" y="1" width="2" height="2" fill="currentColor"/></svg>');
  });

  it('escapes quotes in the label and keeps entities in text', () => {
    const out = sanitizeSvg(F, wrap('<text>a &amp; b &lt; c</text>'), { label: 'say "hi"' });
    expect(out).toContain('aria-label="say &quot;hi&quot;"');
    expect(out).toContain('<text>a &amp; b &lt; c</text>');
  });

  it('drops comments', () => {
    expect(sanitizeSvg(F, wrap('<!-- secret --><g/>'), { label: 'x' })).not.toContain('secret');
  });

  it.each([
    ['<script>alert(1)</script>', /element <script> is not allowed/],
    ['<foreignObject/>', /element <foreignObject> is not allowed/],
    ['<style>svg{}</style>', /element <style> is not allowed/],
    ['<rect onclick="x()"/>', /event handler attribute onclick/],
    ['<use href="https://evil/x.svg#a"/>', /may only point inside the diagram/],
    ['<rect fill="url(https://evil/p)"/>', /refers outside the diagram/],
    ['<g><rect/>', /<\/svg> does not match <g>/],
    ['<g></rect>', /<\/rect> does not match <g>/],
  ])('rejects %s', (inner, message) => {
    expect(() => sanitizeSvg(F, wrap(inner), { label: 'x' })).toThrow(message);
  });

  it('allows internal references', () => {
    const out = sanitizeSvg(F, wrap('<defs><marker id="m"/></defs><path d="M0 0" marker-end="url(#m)"/><use href="#m"/>'), { label: 'x' });
    expect(out).toContain('marker-end="url(#m)"');
  });

  it('reports an element left open at the end of the file', () => {
    expect(() => sanitizeSvg(F, '<svg viewBox="0 0 1 1"><g>', { label: 'x' })).toThrow(/<g> is never closed/);
  });

  it('requires a viewBox, an svg root and alt text', () => {
    expect(() => sanitizeSvg(F, '<svg xmlns="http://www.w3.org/2000/svg"></svg>', { label: 'x' })).toThrow(/viewBox/);
    expect(() => sanitizeSvg(F, '<g></g>', { label: 'x' })).toThrow(/must start with an <svg>/);
    expect(() => sanitizeSvg(F, wrap(''), { label: ' ' })).toThrow(/alt text/);
    expect(() => sanitizeSvg(F, '<!DOCTYPE svg><svg viewBox="0 0 1 1"/>', { label: 'x' })).toThrow(/DOCTYPE/);
  });

  it('names the diagram file in errors', () => {
    expect(() => sanitizeSvg(F, wrap('<script/>'), { label: 'x' })).toThrow(/^public\/diagrams\/x\.svg: /);
  });
});
