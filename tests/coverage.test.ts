/**
 * docs/coverage.md accounts for every heading and bullet of the course notes, and every lesson it
 * names exists (so renaming a lesson without updating the coverage fails here).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageProblems, notesDir } from '@/scripts/coverage/check-coverage';

const root = process.cwd();
const notes = notesDir(root);

describe('docs/coverage.md', () => {
  it.skipIf(notes === null)('maps every heading and bullet of every note file to a lesson that exists, or says why not', async () => {
    const markdown = await readFile(path.join(root, 'docs/coverage.md'), 'utf8');
    expect(coverageProblems(root, notes!, markdown)).toEqual([]);
  });

  it('reports a missing row, a row for a non-item, an unknown lesson and an unexplained gap', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'notes-'));
    writeFileSync(path.join(dir, 'a.txt'), '# Title\n\nIntro prose line here.\n- first bullet\n- second bullet\n');
    const markdown = [
      '## a.txt', '', '| Line | Note item | Lessons | Treatment |', '| --- | --- | --- | --- |',
      '| 1 | Title | — | not taught: the title |', '| 3 | prose | 07/03 | taught |', '| 4 | first | 99/01 | taught |', '| 5 | second | — | taught |',
    ].join('\n');
    expect(coverageProblems(root, dir, markdown)).toEqual([
      'a.txt: line 3: the row names a line that is not a heading or bullet',
      'a.txt: line 4: lesson 99/01 does not exist',
      'a.txt: line 5: no lesson, and the treatment does not say why ("not taught: …")',
    ]);
    expect(coverageProblems(root, dir, markdown.replace('| 5 | second | — | taught |', ''))).toEqual([
      'a.txt: line 5: bullet "second bullet" has no row',
      'a.txt: line 3: the row names a line that is not a heading or bullet',
      'a.txt: line 4: lesson 99/01 does not exist',
    ]);
  });
});
