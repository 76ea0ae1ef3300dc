import { describe, expect, it } from 'vitest';
import { decodeKeys } from './keys';

describe('decodeKeys', () => {
  it('groups typed characters and names control keys', () => {
    expect(decodeKeys('ls\r')).toEqual([{ type: 'text', text: 'ls' }, { type: 'key', name: 'enter' }]);
    expect(decodeKeys('\x01\x05\x15\x17\x0b\x0c\x03\x7f\t')).toEqual(
      ['ctrl-a', 'ctrl-e', 'ctrl-u', 'ctrl-w', 'ctrl-k', 'ctrl-l', 'ctrl-c', 'backspace', 'tab'].map((name) => ({ type: 'key', name })),
    );
  });

  it('recognises arrow, Home/End and Delete escape sequences in both modes', () => {
    const names = decodeKeys('\x1b[A\x1b[B\x1b[C\x1b[D\x1bOH\x1b[F\x1b[1~\x1b[4~\x1b[3~').map((e) => (e.type === 'key' ? e.name : e.type));
    expect(names).toEqual(['up', 'down', 'right', 'left', 'home', 'end', 'home', 'end', 'delete']);
  });

  it('ignores unknown escape sequences instead of typing them', () => {
    expect(decodeKeys('\x1b[15~a')).toEqual([{ type: 'text', text: 'a' }]);
  });

  it('reads a bracketed paste as one paste event', () => {
    expect(decodeKeys('\x1b[200~echo a\recho b\x1b[201~')).toEqual([{ type: 'paste', text: 'echo a\recho b' }]);
  });

  it('treats a multi-line chunk without markers as a paste', () => {
    expect(decodeKeys('echo a\necho b\n')).toEqual([{ type: 'paste', text: 'echo a\necho b\n' }]);
  });
});
