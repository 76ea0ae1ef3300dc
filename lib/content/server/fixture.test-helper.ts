/** Builds a throwaway project root with content/ and public/diagrams/ for loader and compiler tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function makeProject(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'dockerlings-content-'));
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return root;
}

export function lessonSource(body: string, fields: Record<string, unknown> = {}): string {
  const meta = { title: 'A lesson', summary: 'What it teaches.', objectives: ['One thing'], minutes: 5, ...fields };
  const yaml = Object.entries(meta)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}\n`;
}

export const MODULE_YAML = 'title: Basics\nsummary: The first steps.\n';
