/** Course facts the workshop UI needs, passed down from server pages as plain data. */

export type LessonIndex = Record<string, { title: string; href: string; module: string }>;

export interface ModuleChoice {
  slug: string;
  title: string;
  lessons: Array<{ key: string; title: string }>;
}

export function lessonTitle(index: LessonIndex, key: string): string {
  return index[key]?.title ?? key;
}

/** `/learn/<module>/<lesson>` → `<module>/<lesson>`, or null for other paths. */
export function lessonKeyOfPath(pathname: string): string | null {
  const m = /^\/learn\/([^/]+)\/([^/?#]+)\/?$/.exec(pathname);
  return m ? `${m[1]}/${m[2]}` : null;
}

export function presenterHref(key: string): string {
  return `/workshop/present/${key}`;
}
