/**
 * Checks docs/coverage.md against the course notes: every heading and bullet of every note file
 * (scripts/coverage/note-items.ts) has a row in its file's section, no row names a line that is not an
 * item, and every lesson reference (`MM/LL`) is a lesson file. A row without a lesson (`—`) must say
 * why: its treatment starts with "not taught:".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { noteItems } from './note-items';

export interface CoverageRow {
  line: number;
  lessons: string[];
  treatment: string;
}

/** The rows of docs/coverage.md, by note file name (`## 000_….txt` sections). */
export function parseCoverage(markdown: string): Map<string, CoverageRow[]> {
  const sections = new Map<string, CoverageRow[]>();
  let current: CoverageRow[] | null = null;
  for (const line of markdown.split('\n')) {
    const heading = /^## (\S+\.txt)\s*$/.exec(line);
    if (heading) sections.set(heading[1]!, (current = []));
    else if (/^## /.test(line)) current = null;
    const row = /^\|\s*(\d+)\s*\|(.*)\|\s*([^|]*?)\s*\|\s*([^|]*?)\s*\|\s*$/.exec(line);
    if (current && row) {
      const lessons = row[3]!.trim() === '—' ? [] : row[3]!.split(',').map((s) => s.trim()).filter(Boolean);
      current.push({ line: Number(row[1]), lessons, treatment: row[4]!.trim() });
    }
  }
  return sections;
}

/** `07/03` → the lesson file, if there is one. */
function lessonFile(root: string, ref: string): string | null {
  const m = /^(\d\d)\/(\d\d)$/.exec(ref);
  if (!m) return null;
  const content = path.join(root, 'content');
  const mod = readdirSync(content).find((d) => d.startsWith(`${m[1]}-`));
  const lesson = mod && readdirSync(path.join(content, mod)).find((f) => f.startsWith(`${m[2]}-`) && f.endsWith('.mdx'));
  return lesson ? `content/${mod}/${lesson}` : null;
}

/** Every problem found, as `file: line N: …` sentences (empty when the coverage is complete). */
export function coverageProblems(root: string, notesDir: string, markdown: string): string[] {
  const sections = parseCoverage(markdown);
  const problems: string[] = [];
  const notes = readdirSync(notesDir).filter((f) => f.endsWith('.txt')).sort();
  for (const note of notes) {
    const rows = sections.get(note);
    if (!rows) {
      problems.push(`${note}: no section "## ${note}" in docs/coverage.md`);
      continue;
    }
    const items = noteItems(readFileSync(path.join(notesDir, note), 'utf8'));
    const byLine = new Map(rows.map((r) => [r.line, r]));
    for (const item of items) if (!byLine.has(item.line)) problems.push(`${note}: line ${item.line}: ${item.kind} "${item.text}" has no row`);
    const itemLines = new Set(items.map((i) => i.line));
    for (const row of rows) {
      if (!itemLines.has(row.line)) problems.push(`${note}: line ${row.line}: the row names a line that is not a heading or bullet`);
      if (row.treatment === '') problems.push(`${note}: line ${row.line}: no treatment`);
      if (row.lessons.length === 0 && !row.treatment.startsWith('not taught:')) problems.push(`${note}: line ${row.line}: no lesson, and the treatment does not say why ("not taught: …")`);
      for (const ref of row.lessons) if (!lessonFile(root, ref)) problems.push(`${note}: line ${row.line}: lesson ${ref} does not exist`);
    }
  }
  for (const name of sections.keys()) if (!notes.includes(name)) problems.push(`docs/coverage.md: section ${name} names no note file`);
  return problems;
}

/** The notes directory: $COURSE_NOTES_DIR, or ../shared/notes next to the project. */
export function notesDir(root: string): string | null {
  const dir = process.env['COURSE_NOTES_DIR'] ?? path.resolve(root, '../shared/notes');
  return existsSync(dir) ? dir : null;
}
