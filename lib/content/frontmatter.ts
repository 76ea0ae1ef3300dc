/**
 * Reads the YAML frontmatter block (`---` … `---`) at the top of a lesson without compiling it,
 * so the course map can be built quickly and a YAML mistake is reported with its line.
 */
import { parse, YAMLParseError } from 'yaml';
import { ContentError } from './errors';

export interface SplitSource {
  /** The parsed YAML (undefined when the file has no frontmatter block). */
  data: unknown;
  /** The MDX after the closing `---`. */
  body: string;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(file: string, source: string): SplitSource {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const open = OPEN.exec(text);
  if (!open) return { data: undefined, body: text };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(`\n${rest}`);
  if (!close) throw new ContentError(file, ['frontmatter: the opening --- has no closing ---']);
  const yamlText = rest.slice(0, Math.max(0, close.index - 1));
  const body = rest.slice(close.index - 1 + close[0].length);
  return { data: parseYaml(file, yamlText, 'frontmatter', 1), body };
}

/** Parse YAML; `lineOffset` is the file line of the YAML's first line minus one. */
export function parseYaml(file: string, text: string, field: string, lineOffset = 0): unknown {
  try {
    return parse(text, { prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = (error.linePos?.[0]?.line ?? 0) + lineOffset;
      const first = error.message.split('\n')[0] ?? error.message;
      throw new ContentError(file, [`${field}: invalid YAML${line > 0 ? ` at line ${line}` : ''}: ${first}`]);
    }
    throw error;
  }
}
