/**
 * Builds the course map from the content directory: `NN-slug/module.yaml` + `NN-slug.mdx` lessons.
 * Only reads frontmatter (no MDX compile), and validates everything it reads.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../errors';
import { parseYaml, splitFrontmatter } from '../frontmatter';
import type { Course, CourseModule, LessonSummary } from '../types';
import { parseEntryName, validateLessonFrontmatter, validateModuleMeta } from '../validate';

export interface LoadOptions {
  /** Project root; files are reported relative to it. */
  root: string;
  /** Lessons with `draft: true` are left out unless this is set. */
  includeDrafts?: boolean;
}

function rel(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

async function isDir(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null))?.isDirectory() ?? false;
}

function checkUniqueOrder<T extends { order: number; name: string }>(items: T[], where: string, root: string): void {
  const seen = new Map<number, string>();
  for (const item of items) {
    const other = seen.get(item.order);
    if (other) throw new ContentError(rel(root, where), [`${item.name} and ${other} have the same number`]);
    seen.set(item.order, item.name);
  }
}

async function loadLesson(root: string, moduleSlug: string, file: string, order: number, slug: string): Promise<LessonSummary> {
  const name = rel(root, file);
  const source = await readFile(file, 'utf8');
  const meta = validateLessonFrontmatter(name, splitFrontmatter(name, source).data);
  return { moduleSlug, slug, order, file: name, meta };
}

async function loadModule(root: string, dir: string, order: number, slug: string, includeDrafts: boolean): Promise<CourseModule> {
  const yamlFile = path.join(dir, 'module.yaml');
  const yamlText = await readFile(yamlFile, 'utf8').catch(() => {
    throw new ContentError(rel(root, dir), ['module.yaml is missing (every module needs a title and a summary)']);
  });
  const meta = validateModuleMeta(rel(root, yamlFile), parseYaml(rel(root, yamlFile), yamlText, 'module.yaml'));
  const entries = (await readdir(dir)).filter((n) => n.endsWith('.mdx')).sort();
  const parsed = entries.map((n) => {
    const entry = parseEntryName(n.slice(0, -'.mdx'.length));
    if (!entry) throw new ContentError(rel(root, path.join(dir, n)), ['file name must look like NN-slug.mdx (two digits, lowercase words joined by -)']);
    return { ...entry, name: n };
  });
  checkUniqueOrder(parsed, dir, root);
  const lessons = await Promise.all(parsed.map((e) => loadLesson(root, slug, path.join(dir, e.name), e.order, e.slug)));
  const visible = lessons.filter((l) => includeDrafts || !l.meta.draft);
  return { ...meta, slug, order, lessons: visible };
}

/** Modules are the `NN-slug` directories of `<root>/content`; other directories (e.g. quizzes) are not. */
export async function loadCourse({ root, includeDrafts = false }: LoadOptions): Promise<Course> {
  const contentDir = path.join(root, 'content');
  const names = (await readdir(contentDir)).sort();
  const dirs: Array<{ order: number; slug: string; name: string }> = [];
  for (const name of names) {
    const entry = parseEntryName(name);
    if (entry && (await isDir(path.join(contentDir, name)))) dirs.push({ ...entry, name });
  }
  checkUniqueOrder(dirs, contentDir, root);
  const modules = await Promise.all(dirs.map((d) => loadModule(root, path.join(contentDir, d.name), d.order, d.slug, includeDrafts)));
  return { modules: modules.filter((m) => m.lessons.length > 0) };
}
