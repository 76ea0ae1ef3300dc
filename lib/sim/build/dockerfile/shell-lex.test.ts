import { describe, expect, it } from 'vitest';
import { envFromList, newLexer } from './shell-lex';

const env = envFromList(['NAME=world', 'EMPTY=', 'PATH=/usr/bin:/bin', 'FILE=archive.tar.gz', 'SPACED=a b  c']);
const word = (w: string, escape = '\\') => newLexer(escape).processWord(w, env).result;
const words = (w: string) => newLexer().processWords(w, env);
const error = (w: string) => {
  try {
    word(w);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('processWord (ENV, LABEL, COPY, WORKDIR… substitution)', () => {
  it.each([
    ['$NAME', 'world'],
    ['${NAME}', 'world'],
    ['hello-$NAME!', 'hello-world!'],
    ['$UNSET', ''],
    ['${UNSET:-default}', 'default'],
    ['${EMPTY:-default}', 'default'],
    ['${EMPTY-default}', ''],
    ['${NAME:-default}', 'world'],
    ['${NAME:+set}', 'set'],
    ['${UNSET:+set}', ''],
    ['${EMPTY+set}', 'set'],
    ['${EMPTY:+set}', ''],
    ['${FILE%.gz}', 'archive.tar'],
    ['${FILE%%.*}', 'archive'],
    ['${FILE#*.}', 'tar.gz'],
    ['${FILE##*.}', 'gz'],
    ['${PATH/bin/sbin}', '/usr/sbin:/bin'],
    ['${PATH//bin/sbin}', '/usr/sbin:/sbin'],
    ["'$NAME'", '$NAME'],
    ['"$NAME"', 'world'],
    ['"a \\"quoted\\" $NAME"', 'a "quoted" world'],
    ['\\$NAME', '$NAME'],
    ['"\\x"', '\\x'],
    ['$1', ''],
    ['a$', 'a$'],
    ['"two  spaces"', 'two  spaces'],
  ])('%s → %s', (input, want) => {
    expect(word(input)).toBe(want);
  });

  it('the backtick escape token escapes instead of the backslash', () => {
    expect(word('C:\\path\\$NAME', '`')).toBe('C:\\path\\world');
    expect(word('`$NAME', '`')).toBe('$NAME');
  });

  it('records which variables were used', () => {
    const r = newLexer().processWord('$NAME ${MISSING:-x}', env);
    expect([...r.matched]).toEqual(['NAME']);
    expect([...r.unmatched]).toEqual(['MISSING']);
  });

  it.each([
    // Go's string(scanner.EOF) is U+FFFD: BuildKit really prints this replacement character
    ['${NAME', 'failed to process "${NAME": unsupported modifier (\ufffd) in substitution'],
    ['${NAME:-x', 'failed to process "${NAME:-x": syntax error: missing \'}\''],
    ['${}', 'failed to process "${}": syntax error: bad substitution'],
    ['${:x}', 'failed to process "${:x}": syntax error: bad substitution'],
    ['${NAME.x}', 'failed to process "${NAME.x}": unsupported modifier (.) in substitution'],
    ['${NAME:#x}', 'failed to process "${NAME:#x}": unsupported modifier (:#) in substitution'],
    ['${UNSET?must be set}', 'failed to process "${UNSET?must be set}": UNSET: must be set'],
    ['${UNSET?}', 'failed to process "${UNSET?}": UNSET: is not allowed to be unset'],
    ['${EMPTY:?}', 'failed to process "${EMPTY:?}": EMPTY: is not allowed to be empty'],
    ["'open", 'failed to process "\'open": unexpected end of statement while looking for matching single-quote'],
    ['"open', 'failed to process "\\"open": unexpected end of statement while looking for matching double-quote'],
  ])('%s fails: %s', (input, message) => {
    expect(error(input)).toBe(message);
  });
});

describe('processWords (EXPOSE, heredoc markers)', () => {
  it('splits unquoted expansions on whitespace, keeps quoted ones whole', () => {
    expect(words('$SPACED "$SPACED" x')).toEqual(['a', 'b', 'c', 'a b  c', 'x']);
  });

  it('keeps << together with its marker', () => {
    expect(newLexer('\\', { rawQuotes: true, rawEscapes: true, skipUnsetEnv: true }).processWords('cat << "EOF" > $OUT', env)).toEqual(['cat', '<< "EOF"', '>', '$OUT']);
  });
});
