import { describe, expect, it } from 'vitest';
import { lex } from './lexer';
import { scannerFor } from './parser';
import { IncompleteInput, LimitError } from './errors';
import type { Token } from './lexer';

function tokens(src: string, lenient = false): Token[] {
  return lex(scannerFor(src), { lenientHeredoc: lenient }).tokens;
}

function shape(src: string): string[] {
  return tokens(src).map(t => (t.t === 'word' ? `w:${t.raw}` : t.t === 'op' ? `op:${t.v}` : t.t === 'io' ? `io:${t.fd}` : t.t));
}

describe('lexer', () => {
  it.each([
    ['echo a b', ['w:echo', 'w:a', 'w:b', 'eof']],
    ['a&&b||c;d|e', ['w:a', 'op:&&', 'w:b', 'op:||', 'w:c', 'op:;', 'w:d', 'op:|', 'w:e', 'eof']],
    ['ls 2>&1 >out', ['w:ls', 'io:2', 'op:>&', 'w:1', 'op:>', 'w:out', 'eof']],
    ['cmd &>log <in', ['w:cmd', 'op:&>', 'w:log', 'op:<', 'w:in', 'eof']],
    ['echo a2>f', ['w:echo', 'w:a2', 'op:>', 'w:f', 'eof']],
    ['echo "a b"c\'d e\'', ['w:echo', 'w:"a b"c\'d e\'', 'eof']],
    ['echo a # comment', ['w:echo', 'w:a', 'eof']],
    ['echo a#b', ['w:echo', 'w:a#b', 'eof']],
    ['echo a \\\nb', ['w:echo', 'w:a', 'w:b', 'eof']],
    ['x=1\ny', ['w:x=1', 'nl', 'w:y', 'eof']],
    ['cat <<<word', ['w:cat', 'op:<<<', 'w:word', 'eof']],
  ])('%j', (src, want) => expect(shape(src)).toEqual(want));

  it('keeps quoting in word parts', () => {
    const [, word] = tokens(`echo "a $X" 'b $Y' \\$Z`);
    expect(word).toMatchObject({ t: 'word', parts: [{ k: 'dq', parts: [{ k: 'lit', v: 'a ' }, { k: 'param', name: 'X' }] }] });
    const quoted = tokens(`x 'b $Y'`)[1] as Extract<Token, { t: 'word' }>;
    expect(quoted.parts).toEqual([{ k: 'sq', v: 'b $Y' }]);
    const escaped = tokens('x \\$Z')[1] as Extract<Token, { t: 'word' }>;
    expect(escaped.parts).toEqual([{ k: 'sq', v: '$' }, { k: 'lit', v: 'Z' }]);
  });

  it('decodes $\'…\' ANSI-C strings', () => {
    const w = tokens("x $'a\\tb\\n\\x41\\''")[1] as Extract<Token, { t: 'word' }>;
    expect(w.parts).toEqual([{ k: 'sq', v: "a\tb\nA'" }]);
  });

  it('scans ${…} operators, $(…), backticks and $((…))', () => {
    const w = tokens('x ${a:-d e}$(echo hi)`pwd`$((1+2))')[1] as Extract<Token, { t: 'word' }>;
    expect(w.parts.map(p => p.k)).toEqual(['param', 'cmd', 'cmd', 'arith']);
    expect(w.parts[0]).toMatchObject({ name: 'a', op: ':-', arg: [{ k: 'lit', v: 'd e' }] });
  });

  it('reads heredoc bodies after the line and attaches them to the << token', () => {
    const toks = tokens('cat <<EOF > out\nhello $USER\nEOF\necho next');
    const op = toks.find(t => t.t === 'op' && t.v === '<<') as Extract<Token, { t: 'op' }>;
    expect(op.heredoc?.delim).toBe('EOF');
    expect(op.heredoc?.body).toEqual([{ k: 'dq', parts: [{ k: 'lit', v: 'hello ' }, { k: 'param', name: 'USER' }, { k: 'lit', v: '\n' }] }]);
    expect(shape('cat <<EOF > out\nhello $USER\nEOF\necho next').slice(-3)).toEqual(['w:echo', 'w:next', 'eof']);
  });

  it('quoted delimiters make literal bodies; <<- strips leading tabs', () => {
    const lit = tokens("cat <<'EOF'\n$HOME\nEOF").find(t => t.t === 'op') as Extract<Token, { t: 'op' }>;
    expect(lit.heredoc).toMatchObject({ literal: true, body: [{ k: 'sq', v: '$HOME\n' }] });
    const strip = tokens('cat <<-END\n\t\tx\n\tEND').find(t => t.t === 'op') as Extract<Token, { t: 'op' }>;
    expect(strip.heredoc?.body).toEqual([{ k: 'dq', parts: [{ k: 'lit', v: 'x\n' }] }]);
  });

  it.each([
    ['echo "abc', '"'],
    ["echo 'abc", "'"],
    ['echo `abc', '`'],
    ['echo $(abc', ')'],
    ['echo ${abc', '}'],
    ['cat <<EOF\nbody', 'heredoc'],
    ['echo abc\\', 'eof'],
  ])('%j is incomplete (%s)', (src, open) => {
    expect(() => tokens(src)).toThrow(IncompleteInput);
    try {
      tokens(src);
    } catch (e) {
      expect((e as IncompleteInput).open).toBe(open);
    }
  });

  it('accepts an unterminated heredoc in lenient mode with bash’s warning', () => {
    const r = lex(scannerFor('cat <<EOF\nbody'), { lenientHeredoc: true });
    expect(r.warnings).toEqual(["warning: here-document at line 1 delimited by end-of-file (wanted `EOF')"]);
  });

  it('stops runaway $( … ) nesting with a limit error', () => {
    const deep = 'echo ' + '$('.repeat(200) + 'x' + ')'.repeat(200);
    expect(() => tokens(deep)).toThrow(LimitError);
  });
});
