/**
 * Splits one lesson's MDX source into searchable pieces: a piece per h2/h3 section (with the same
 * heading ids the compiled page gets, see rehype-headings) and one per <Exercise> (anchored at the
 * panel's `exercise-<id>`). Text is plain: Markdown syntax, JSX tags and exercise specs are dropped;
 * code and inline code are kept (learners search for commands).
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { slugify } from '../../content/server/mdx/rehype-headings';

export interface LessonPiece {
  kind: 'lesson' | 'exercise';
  /** Heading text or exercise title; '' for the text before the first heading. */
  title: string;
  /** Heading id or `exercise-<id>`; '' for the intro. */
  anchor: string;
  text: string;
}

type Jsx = { type: 'mdxJsxFlowElement'; name: string | null; attributes: Array<{ type: string; name?: string; value?: unknown }>; children: RootContent[] };

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

function attribute(node: Jsx, name: string): string {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : '';
}

/** Plain text of a node: code blocks kept except exercise specs, JSX attributes ignored (figure alt text aside). */
function plain(node: RootContent): string {
  if (node.type === 'code') return node.meta?.split(/\s+/).includes('exercise') ? '' : node.value;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const jsx = node as unknown as Jsx;
    const own = jsx.name === 'Figure' ? [attribute(jsx, 'alt'), attribute(jsx, 'caption')].join(' ') : attribute(jsx, 'title');
    return [own, ...jsx.children.map(plain)].join(' ');
  }
  if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return '';
  if ('children' in node) return (node.children as RootContent[]).map(plain).join(node.type === 'paragraph' ? '' : ' ');
  return toString(node);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export function lessonPieces(source: string): LessonPiece[] {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(source.replace(FRONTMATTER, '')) as Root;
  const pieces: LessonPiece[] = [];
  const used = new Map<string, number>();
  let current: LessonPiece = { kind: 'lesson', title: '', anchor: '', text: '' };
  const flush = () => {
    current.text = squash(current.text);
    if (current.text || current.title) pieces.push(current);
  };
  for (const node of tree.children) {
    if (node.type === 'heading' && (node as Heading).depth >= 2 && (node as Heading).depth <= 3) {
      flush();
      const title = squash(toString(node));
      const base = slugify(title) || 'section';
      const count = used.get(base) ?? 0;
      used.set(base, count + 1);
      current = { kind: 'lesson', title, anchor: count === 0 ? base : `${base}-${count}`, text: '' };
    } else if (node.type === 'mdxJsxFlowElement' && (node as unknown as Jsx).name === 'Exercise') {
      const jsx = node as unknown as Jsx;
      pieces.push({
        kind: 'exercise',
        title: attribute(jsx, 'title'),
        anchor: `exercise-${attribute(jsx, 'id')}`,
        text: squash(jsx.children.map(plain).join(' ')),
      });
    } else {
      current.text += ` ${plain(node)}`;
    }
  }
  flush();
  return pieces;
}
