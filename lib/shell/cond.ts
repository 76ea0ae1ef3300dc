/**
 * `[[ … ]]`: operands are expanded without splitting or globbing; plain (unquoted) operators count
 * as operators; the right side of == and != is a pattern (quoted parts literal).
 */
import type { Word } from './ast';
import { expandPattern, expandString } from './expand';
import type { Io } from './io';
import type { Interp } from './interp';
import { evalTest, TestError, type TestToken } from './test-expr';

const OPS = new Set(['&&', '||', '!', '(', ')', '=', '==', '!=', '<', '>', '=~', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef',
  '-e', '-a', '-f', '-d', '-s', '-r', '-w', '-x', '-L', '-h', '-z', '-n', '-b', '-c', '-p', '-S', '-t', '-O', '-G', '-N', '-u', '-g', '-k', '-v']);

export function evalCond(sh: Interp, words: readonly Word[], io: Io): number {
  const tokens: TestToken[] = [];
  words.forEach((w, i) => {
    const plain = w.length === 1 && w[0]?.k === 'lit' ? w[0].v : null;
    if (plain !== null && OPS.has(plain)) {
      tokens.push({ text: plain, op: true });
      return;
    }
    const prev = tokens[tokens.length - 1];
    const afterPatternOp = i > 0 && prev?.op && (prev.text === '==' || prev.text === '!=' || prev.text === '=');
    tokens.push({ text: expandString(sh, w), op: false, pattern: afterPatternOp ? expandPattern(sh, w) : undefined });
  });
  try {
    const env = { fs: sh.fs, cwd: sh.frame.cwd, uid: sh.machine.user.uid, gid: sh.machine.user.gid, cond: true };
    return evalTest(tokens, env) ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    io.err(`${sh.errPrefix()}${e.message}\n`);
    return 2;
  }
}
