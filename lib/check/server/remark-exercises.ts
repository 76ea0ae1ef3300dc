/**
 * The build-time side of `<Exercise id="…" title="…">`: finds the ```yaml exercise block inside the
 * element, validates it (an authoring mistake fails the build with the file, line, exercise id and
 * field), removes it from the page and hands the validated spec to the component as a JSON `spec`
 * prop. The rest of the element's content is the task, in Markdown. Must run before remarkCheck.
 */
import type { Code } from 'mdast';
import { ContentError } from '../../content/errors';
import { parse as parseYamlText, YAMLParseError } from 'yaml';
import { isJsx, walk, type JsxElement, type UnistNode } from '../../content/server/mdx/ast';
import { stringProp } from '../../content/server/mdx/remark-check';
import { parseEntryName } from '../../content/validate';
import { pageSpec, validateExercise, type AuthoredExercise } from '../spec/validate';

/** `content/02-images-and-containers/01-running-containers.mdx` → `images-and-containers/running-containers`. */
export function lessonKeyOf(file: string): string {
  const parts = file.split('/');
  const lesson = parseEntryName((parts.at(-1) ?? '').replace(/\.mdx$/, ''));
  const module = parseEntryName(parts.at(-2) ?? '');
  return `${module?.slug ?? parts.at(-2)}/${lesson?.slug ?? parts.at(-1)}`;
}

/** The YAML of the block; a syntax error names the file line it is on. */
function parseBody(file: string, name: string, block: Code): unknown {
  try {
    return parseYamlText(block.value, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = (block.position?.start.line ?? 0) + (error.linePos?.[0]?.line ?? 0);
    throw new ContentError(file, [`line ${line}: ${name}: invalid YAML: ${error.message.split('\n')[0]}`]);
  }
}

const isSpecBlock = (node: UnistNode): node is UnistNode & Code => node.type === 'code' && (node as unknown as Code).lang === 'yaml' && (node as unknown as Code).meta?.trim() === 'exercise';

function extract(file: string, node: JsxElement): AuthoredExercise {
  const line = node.position?.start.line ?? 0;
  const at = `line ${line}: `;
  const id = stringProp(node, 'id');
  const name = `exercise "${id ?? '?'}"`;
  const blocks = (node.children ?? []).filter(isSpecBlock);
  if (blocks.length !== 1) {
    throw new ContentError(file, [`${at}${name}: needs exactly one \`\`\`yaml exercise block inside <Exercise> (found ${blocks.length})`]);
  }
  const block = blocks[0]!;
  const body = parseBody(file, name, block);
  const task = (node.children ?? []).filter((c) => !isSpecBlock(c));
  if (task.length === 0) throw new ContentError(file, [`${at}${name}: the task is missing (write it in Markdown inside <Exercise>, above the yaml block)`]);
  const attributes = { id: id ?? undefined, title: stringProp(node, 'title') ?? undefined };
  const result = validateExercise(attributes, body, { lesson: lessonKeyOf(file), file, line });
  if (!result.ok) throw new ContentError(file, result.problems.map((p) => `${at}${p}`));
  node.children = task;
  return result.value;
}

/** The remark plugin; `collect` receives every exercise of the file (the tests replay them). */
export function remarkExercises(file: string, collect?: (exercise: AuthoredExercise) => void) {
  return () => (tree: UnistNode) => {
    const seen = new Map<string, number>();
    const found: Array<[JsxElement, AuthoredExercise]> = [];
    walk(tree, (node) => {
      if (!isJsx(node) || node.name !== 'Exercise') return;
      const exercise = extract(file, node);
      const earlier = seen.get(exercise.id);
      if (earlier !== undefined) throw new ContentError(file, [`line ${exercise.line}: exercise "${exercise.id}": id already used at line ${earlier}`]);
      seen.set(exercise.id, exercise.line);
      found.push([node, exercise]);
    });
    const ids = found.map(([, e]) => e.id);
    for (const [node, exercise] of found) {
      node.attributes = node.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || a.name !== 'spec');
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'spec', value: JSON.stringify({ ...pageSpec(exercise), lessonExercises: ids }) });
      collect?.(exercise);
    }
  };
}
