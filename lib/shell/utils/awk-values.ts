/**
 * awk values and control-flow signals shared by the evaluator and the builtins.
 */

/** Input-derived text (fields, split pieces, -v values): compares as a number when it looks like one. */
export class StrNum {
  constructor(readonly s: string) {}
}

export type Val = string | number | StrNum;

export const NUMERIC = /^\s*[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?\s*$/;

export class Next {}
export class Exit {
  constructor(readonly code: number) {}
}
export class Brk {}
export class Cont {}

export function plain(v: Val): string | number {
  return v instanceof StrNum ? v.s : v;
}

export function arithOp(op: string, a: number, b: number): number {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/':
      if (b === 0) throw new Error('division by zero');
      return a / b;
    case '%':
      if (b === 0) throw new Error('division by zero in %');
      return a % b;
    default: return a ** b;
  }
}

export const COMPARISONS: ReadonlySet<string> = new Set(['<', '<=', '==', '!=', '>', '>=']);

/** 1 or 0 for a comparison whose sign is `c` (negative, zero, positive). */
export function compare(op: string, c: number): number {
  return Number(op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '==' ? c === 0 : op === '!=' ? c !== 0 : op === '>' ? c > 0 : c >= 0);
}
