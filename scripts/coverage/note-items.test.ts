import { describe, expect, it } from 'vitest';
import { noteItems } from './note-items';

describe('noteItems', () => {
  it('finds the heading shapes and bullet shapes the notes use, and skips prose, underlines and code', () => {
    const text = [
      '# Title', '', '* Best practices', '-----------------', '', '\tUSE VERIFIED IMAGES ---> BADGE', '\t\t. Clair', '',
      'Docker flow', '\t- image -> container', '', 'This is plain prose that runs on and on.', '1. numbered', '',
      '```bash', '# a shell comment', 'docker ps', '```', '```shell', '• aufs: storage', '```',
    ].join('\n');
    expect(noteItems(text).map((i) => [i.line, i.kind, i.text])).toEqual([
      [1, 'heading', 'Title'],
      [3, 'heading', 'Best practices'],
      [6, 'heading', 'USE VERIFIED IMAGES ---> BADGE'],
      [7, 'bullet', 'Clair'],
      [9, 'heading', 'Docker flow'],
      [10, 'bullet', 'image -> container'],
      [13, 'bullet', 'numbered'],
      [20, 'bullet', 'aufs: storage'],
    ]);
  });
});
