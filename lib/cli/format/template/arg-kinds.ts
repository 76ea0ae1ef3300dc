/** Go's validateType for function arguments: what each parameter kind accepts, and the error. */
import { type ArgNode, argString } from './ast';
import type { ParamKind } from './funcs';
import { goTypeOf, NIL_PTR, NO_VALUE } from './values';

export const KIND_NAMES: Record<ParamKind, string> = { value: 'reflect.Value', any: 'interface {}', string: 'string', int: 'int', strings: '[]string' };

export function checkArgKind(v: unknown, kind: ParamKind): { value: unknown } | { error: string } {
  if (kind === 'value') return { value: v };
  if (kind === 'any') return { value: v === NO_VALUE || v === NIL_PTR ? null : v };
  if (v === NO_VALUE) return kind === 'strings' ? { value: null } : { error: `invalid value; expected ${KIND_NAMES[kind]}` };
  const ok =
    kind === 'string'
      ? typeof v === 'string'
      : kind === 'int'
        ? typeof v === 'number' && Number.isInteger(v)
        : v === null || (Array.isArray(v) && v.every((x) => typeof x === 'string')); // []string (see funcs.ts join)
  return ok ? { value: v } : { error: `wrong type for value; expected ${KIND_NAMES[kind]}; got ${goTypeOf(v)}` };
}

/** A literal argument (string, number, bool) for a parameter of `kind`: Go's checks in evalArg. */
export function literalArg(n: Extract<ArgNode, { kind: 'string' | 'number' | 'bool' }>, kind: ParamKind): { value: unknown } | { error: string } {
  const literal = n.kind === 'string' ? n.text : n.value;
  if (kind === 'value' || kind === 'any') return { value: literal };
  if (kind === 'string' && n.kind === 'string') return { value: literal };
  if (kind === 'int' && n.kind === 'number' && n.isInt) return { value: literal };
  if (kind === 'string') return { error: `expected string; found ${argString(n)}` };
  if (kind === 'int') return { error: `expected integer; found ${argString(n)}` };
  return { error: `can't handle ${argString(n)} for arg of type []string` };
}
