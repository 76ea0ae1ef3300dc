/**
 * Compiles one lesson's MDX at build time with mdx-bundler: checks, inlined figures, heading ids and
 * shiki highlighting all happen here, on the server. The page renders the result with getMDXComponent
 * in a Server Component, so no MDX or shiki code reaches the browser.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';
import { remarkExercises } from '../../check/server/remark-exercises';
import { ContentError } from '../errors';
import type { TocEntry } from '../types';
import { rehypeShikiPlugin } from './mdx/highlighter';
import { rehypeHeadings } from './mdx/rehype-headings';
import { rehypeTables } from './mdx/rehype-tables';
import { remarkCheck } from './mdx/remark-check';
import { remarkFigures } from './mdx/remark-figures';

export interface CompiledLesson {
  /** mdx-bundler output for getMDXComponent. */
  code: string;
  toc: TocEntry[];
}

interface MdxMessage {
  reason?: string;
  line?: number;
  cause?: unknown;
}

/**
 * esbuild wraps what the MDX compiler throws. Dig out our ContentError, or turn an MDX syntax error
 * (a VFileMessage with a line) into one, so the build prints `file: line N: reason`.
 */
function unwrap(file: string, error: unknown): unknown {
  const errors = (error as { errors?: Array<{ detail?: unknown }> } | null)?.errors ?? [];
  for (const { detail } of errors) {
    const message = detail as MdxMessage | undefined;
    if (detail instanceof ContentError) return detail;
    if (message?.cause instanceof ContentError) return message.cause;
    for (const m of [message, message?.cause as MdxMessage | undefined]) {
      if (m?.reason && typeof m.line === 'number') return new ContentError(file, [`line ${m.line}: ${m.reason}`]);
      const where = m?.reason ? / \((\d+):\d+(?:-\d+:\d+)?\)$/.exec(m.reason) : null;
      if (m?.reason && where) return new ContentError(file, [`line ${where[1]}: ${m.reason.slice(0, where.index)}`]);
    }
    if (message?.cause instanceof Error) return new ContentError(file, [message.cause.message]);
  }
  return error;
}

export async function compileLesson(root: string, file: string): Promise<CompiledLesson> {
  const absolute = path.join(root, file);
  const source = await readFile(absolute, 'utf8');
  const toc: TocEntry[] = [];
  const shiki = await rehypeShikiPlugin();
  try {
    const { code } = await bundleMDX({
      source: { value: source, path: absolute },
      cwd: path.dirname(absolute),
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, remarkExercises(file), remarkCheck(file), remarkFigures(file, path.join(root, 'public'))];
        options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeHeadings(toc), rehypeTables(file), shiki as never];
        return options;
      },
      esbuildOptions(options) {
        options.logLevel = 'silent';
        return options;
      },
    });
    return { code, toc };
  } catch (error) {
    throw unwrap(file, error);
  }
}
