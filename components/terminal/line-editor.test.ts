import { describe, expect, it } from 'vitest';
import { EMPTY, edit, withLine, type EditAction, type EditorState } from './line-editor';

function run(state: EditorState, ...actions: EditAction[]): EditorState {
  return actions.reduce(edit, state);
}

/** Render state as text with a | at the cursor. */
function show(s: EditorState): string {
  return `${s.line.slice(0, s.cursor)}|${s.line.slice(s.cursor)}`;
}

describe('line editor', () => {
  it('inserts at the cursor and moves with ←/→, Home/End', () => {
    let s = run(EMPTY, { type: 'insert', text: 'docker ps' }, { type: 'home' }, { type: 'right' });
    expect(show(s)).toBe('d|ocker ps');
    s = run(s, { type: 'insert', text: 'X' }, { type: 'end' }, { type: 'left' });
    expect(show(s)).toBe('dXocker p|s');
  });

  it('deletes backwards and forwards and stops at the edges', () => {
    expect(show(run(withLine('abc'), { type: 'backspace' }))).toBe('ab|');
    expect(show(run(withLine('abc'), { type: 'home' }, { type: 'delete' }))).toBe('|bc');
    expect(show(run(withLine('abc'), { type: 'home' }, { type: 'backspace' }, { type: 'left' }))).toBe('|abc');
    expect(show(run(withLine('abc'), { type: 'delete' }, { type: 'right' }))).toBe('abc|');
  });

  it('kills to the start (Ctrl+U), to the end (Ctrl+K) and the previous word (Ctrl+W)', () => {
    const mid = run(withLine('docker run -d nginx'), { type: 'left' }, { type: 'left' });
    expect(show(run(mid, { type: 'kill-start' }))).toBe('|nx');
    expect(show(run(mid, { type: 'kill-end' }))).toBe('docker run -d ngi|');
    expect(show(run(withLine('docker run --name web  '), { type: 'kill-word' }))).toBe('docker run --name |');
    expect(show(run(withLine('ls /var/lib/docker'), { type: 'kill-word' }))).toBe('ls |');
  });

  it('jumps by words', () => {
    const s = run(withLine('docker run --name web'), { type: 'word-left' });
    expect(show(s)).toBe('docker run --name |web');
    expect(show(run(s, { type: 'word-left' }))).toBe('docker run --|name web');
    expect(show(run(s, { type: 'word-left' }, { type: 'word-left' }))).toBe('docker |run --name web');
    expect(show(run(s, { type: 'home' }, { type: 'word-right' }))).toBe('docker| run --name web');
  });

  it('never splits a surrogate pair', () => {
    const s = run(withLine('a🐳'), { type: 'left' });
    expect(s.cursor).toBe(1);
    expect(run(withLine('a🐳'), { type: 'backspace' }).line).toBe('a');
  });

  it('browses history with ↑/↓ and restores the draft', () => {
    const history = ['echo one', 'echo two'];
    let s = run(withLine('draft'), { type: 'history-prev', history });
    expect(s.line).toBe('echo two');
    s = run(s, { type: 'history-prev', history }, { type: 'history-prev', history });
    expect(show(s)).toBe('echo one|');
    s = run(s, { type: 'history-next', history }, { type: 'history-next', history });
    expect(show(s)).toBe('draft|');
    expect(run(s, { type: 'history-next', history })).toBe(s);
  });

  it('leaves state untouched when there is no history', () => {
    const s = withLine('x');
    expect(edit(s, { type: 'history-prev', history: [] })).toBe(s);
  });

  it('replaces the word being completed', () => {
    const s: EditorState = { ...withLine('docker ima --all'), cursor: 10 };
    expect(show(s)).toBe('docker ima| --all');
    expect(show(edit(s, { type: 'complete', from: 7, text: 'images ' }))).toBe('docker images | --all');
  });
});
