/**
 * Heredocs in RUN, COPY and ADD (`RUN <<EOF`, `COPY <<-EOT /file`, `RUN python3 <<'PY'`):
 * finding the markers on an instruction line and deciding whether the body is expanded.
 */
import { emptyEnv, newLexer } from './shell-lex';

export interface Heredoc {
  /** The terminator word (quotes removed). */
  name: string;
  fileDescriptor: number;
  /** Variables in the body are expanded (the marker was not quoted). */
  expand: boolean;
  /** `<<-`: leading tabs are stripped. */
  chomp: boolean;
  content: string;
}

const RE_HEREDOC = /^(\d*)<<(-?)\s*([^<]*)$/;
const plain = newLexer('\\', { skipUnsetEnv: true });
const withQuotes = newLexer('\\', { skipUnsetEnv: true, rawQuotes: true });
const lineWords = newLexer('\\', { rawQuotes: true, rawEscapes: true, skipUnsetEnv: true });

const quoteCount = (s: string) => (s.match(/['"]/g) ?? []).length;

/** The heredoc a word like `<<EOF` or `<<"EOF"` opens, or null. */
export function parseHeredoc(word: string): Heredoc | null {
  const m = RE_HEREDOC.exec(word);
  if (!m) return null;
  const rest = m[3]!;
  if (rest === '') return null;
  const words = plain.processWords(rest, emptyEnv);
  if (words.length !== 1) return null;
  const raw = withQuotes.processWords(rest, emptyEnv);
  if (raw.length !== words.length) throw new Error(`internal lexing of heredoc produced inconsistent results: ${rest}`);
  return {
    name: words[0]!,
    fileDescriptor: m[1] ? Number(m[1]) : 0,
    expand: quoteCount(words[0]!) === quoteCount(raw[0]!),
    chomp: m[2] === '-',
    content: '',
  };
}

/** Every heredoc marker on a logical line, in order. */
export function heredocsFromLine(line: string): Heredoc[] {
  let words: string[];
  try {
    words = lineWords.processWords(line, emptyEnv);
  } catch {
    words = [];
  }
  const out: Heredoc[] = [];
  for (const w of words) {
    const h = parseHeredoc(w);
    if (h) out.push(h);
  }
  return out;
}

/** `<<-` bodies lose their leading tabs on every line. */
export function chompHeredocContent(src: string): string {
  return src.replace(/^\t+/gm, '');
}
