import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compileLesson } from './compile-lesson';
import { lessonSource, makeProject } from './fixture.test-helper';

const FILE = 'content/01-a/01-x.mdx';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" aria-labelledby="t"><title id="t">Box</title><rect width="5" height="5" fill="currentColor"/></svg>';

/** Renders compiled MDX to HTML, with stand-ins that expose the props our components receive. */
function render(code: string): string {
  const Content = getMDXComponent(code);
  const components = {
    Figure: (p: { svg: string; caption?: string }) => createElement('figure', { dangerouslySetInnerHTML: { __html: p.svg } }),
    pre: (p: Record<string, unknown>) => createElement('pre', { 'data-run': p['data-run'], 'data-copy': p['data-copy'], 'data-language': p['data-language'], style: p.style }, p.children as never),
  };
  return renderToStaticMarkup(createElement(Content, { components }));
}

function compile(body: string, extra: Record<string, string> = {}) {
  const root = makeProject({ [FILE]: lessonSource(body), ...extra });
  return compileLesson(root, FILE);
}

describe('compileLesson', () => {
  it('highlights code with both themes and marks shell blocks for Copy and Run', async () => {
    const html = render((await compile('```bash\necho hello\n```\n\n```bash norun\nsudo reboot\n```\n\n```dockerfile\nFROM alpine\n```')).code);
    expect(html).toMatch(/<span style="--shiki-light:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}">echo<\/span>/i);
    expect(html).toContain('<pre data-run="echo hello" data-copy="echo hello" data-language="bash"');
    expect(html).toContain('<pre data-copy="sudo reboot" data-language="bash"');
    expect(html).toContain('data-language="dockerfile"');
  }, 20_000);

  it('collects h2/h3 headings into a table of contents with unique ids', async () => {
    const { toc, code } = await compile('## First steps\n\ntext\n\n### Why it works\n\n## First steps\n');
    expect(render(code)).toContain('<h2 id="first-steps-1">First steps</h2>');
    expect(toc).toEqual([
      { id: 'first-steps', text: 'First steps', depth: 2 },
      { id: 'why-it-works', text: 'Why it works', depth: 3 },
      { id: 'first-steps-1', text: 'First steps', depth: 2 },
    ]);
  }, 20_000);

  it('renders GitHub tables in a named, focusable scroll region with column headers', async () => {
    const { code } = await compile('| | VM | Container |\n| --- | --- | --- |\n| Boots in | minutes | milliseconds |'.replace('| |', '| Aspect |'));
    const html = render(code);
    expect(html).toContain('<div class="table-scroll" role="region" tabindex="0" aria-label="Table: Aspect, VM, Container"><table>');
    expect(html).toContain('<th scope="col">VM</th>');
    expect(html).toContain('<td>milliseconds</td>');
  }, 20_000);

  it('inlines a sanitised diagram into <Figure>', async () => {
    const { code } = await compile('<Figure src="/diagrams/box.svg" alt="A box" caption="Boxes" />', { 'public/diagrams/box.svg': SVG });
    expect(render(code)).toBe(
      '<figure><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img" aria-label="A box"><title id="t">Box</title><rect width="5" height="5" fill="currentColor"/></svg></figure>',
    );
  }, 20_000);

  it.each([
    ['```cobol\nDISPLAY\n```', `${FILE}: line 8: code block language "cobol" is not supported`],
    ['```bash no-run\nls\n```', `${FILE}: line 8: unknown code block flag "no-run"`],
    ['<Callout type="danger">x</Callout>', `${FILE}: line 8: <Callout type="danger"> must be one of note, tip, warning, correction`],
    ['<Quizz />', `${FILE}: line 8: unknown component <Quizz>`],
    ['<Figure src="/diagrams/none.svg" alt="x" />', `${FILE}: line 8: <Figure src="/diagrams/none.svg">: public/diagrams/none.svg does not exist`],
    ['<Figure src="../secret.svg" alt="x" />', `${FILE}: line 8: <Figure src="../secret.svg"> must name a file in public/diagrams`],
    ['<Figure src="/diagrams/box.svg" />', `${FILE}: line 8: <Figure> needs alt="…"`],
    ['<Callout type="note">\nunclosed', `${FILE}: line 8: `],
    ['| a |  |\n| --- | --- |\n| 1 | 2 |', `${FILE}: line 8: every table column needs a header`],
  ])('fails the build on %s', async (body, message) => {
    const error = await compile(body).then(() => null, (e: Error) => e);
    expect(error?.message.startsWith(message), error?.message).toBe(true);
  }, 20_000);
});
