/**
 * Every exercise in the course, read the way the build reads it (the MDX compiler and the same
 * remark plugin), for the tests that replay solutions and near misses. New exercises are picked up
 * automatically.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleMDX } from 'mdx-bundler';
import { ContentError } from '../../content/errors';
import { readingOrder } from '../../content/navigation';
import { loadCourse } from '../../content/server/load-course';
import type { AuthoredExercise } from '../spec/validate';
import { remarkExercises } from './remark-exercises';

export async function exercisesIn(root: string, file: string): Promise<AuthoredExercise[]> {
  const source = await readFile(path.join(root, file), 'utf8');
  if (!source.includes('<Exercise')) return [];
  const found: AuthoredExercise[] = [];
  const compiling = bundleMDX({
    source,
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkExercises(file, (e) => found.push(e))];
      return options;
    },
    esbuildOptions(options) {
      options.logLevel = 'silent';
      return options;
    },
  });
  await compiling.catch((error: unknown) => {
    throw authoringError(error) ?? error;
  });
  return found;
}

/** The ContentError esbuild wrapped, if the failure was an authoring mistake. */
function authoringError(error: unknown): ContentError | undefined {
  const errors = (error as { errors?: Array<{ detail?: unknown }> } | null)?.errors ?? [];
  for (const { detail } of errors) {
    if (detail instanceof ContentError) return detail;
    const cause = (detail as { cause?: unknown } | undefined)?.cause;
    if (cause instanceof ContentError) return cause;
  }
  return undefined;
}

/** All exercises of all lessons (drafts included), in reading order. */
export async function discoverExercises(root: string): Promise<AuthoredExercise[]> {
  const course = await loadCourse({ root, includeDrafts: true });
  const all: AuthoredExercise[] = [];
  for (const lesson of readingOrder(course)) all.push(...(await exercisesIn(root, lesson.file)));
  return all;
}
