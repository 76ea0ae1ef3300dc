/**
 * A small getopt for the network tools: clustered short options (`-sSL`, `-qO-`), attached or
 * separate values (`-ofile`, `-o file`), long options with or without `=` (curl takes none),
 * and GNU-style permutation (options after operands) unless `--` ends them.
 */
export interface OptSpec {
  /** Key in the result. */
  key: string;
  short?: string;
  long?: readonly string[];
  /** Takes a value. */
  arg?: boolean;
}

export type OptError = { kind: 'unknown'; name: string } | { kind: 'missing'; name: string };

export interface Parsed {
  /** Values per key in order (`true` entries are recorded as ''). */
  values: Map<string, string[]>;
  operands: string[];
  error?: OptError;
}

export interface ParseOptions {
  /** Accept `--name=value` (getopt_long); curl does not. */
  longEquals?: boolean;
  /** Stop at the first operand (busybox ping, netstat…): default false (permute). */
  stopAtOperand?: boolean;
}

export class OptTable {
  private readonly byShort = new Map<string, OptSpec>();
  private readonly byLong = new Map<string, OptSpec>();

  constructor(readonly specs: readonly OptSpec[]) {
    for (const s of specs) {
      if (s.short) this.byShort.set(s.short, s);
      for (const l of s.long ?? []) this.byLong.set(l, s);
    }
  }

  parse(argv: readonly string[], o: ParseOptions = {}): Parsed {
    const values = new Map<string, string[]>();
    const operands: string[] = [];
    const put = (s: OptSpec, v: string) => values.set(s.key, [...(values.get(s.key) ?? []), v]);
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === '--') {
        operands.push(...argv.slice(i + 1));
        break;
      }
      if (a.startsWith('--') && a.length > 2) {
        const eq = o.longEquals ? a.indexOf('=') : -1;
        const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
        const spec = this.byLong.get(name);
        if (!spec) return { values, operands, error: { kind: 'unknown', name: a } };
        if (!spec.arg) {
          put(spec, '');
          continue;
        }
        if (eq > 0) put(spec, a.slice(eq + 1));
        else if (i + 1 < argv.length) put(spec, argv[++i]!);
        else return { values, operands, error: { kind: 'missing', name: a } };
        continue;
      }
      if (a.startsWith('-') && a.length > 1) {
        for (let j = 1; j < a.length; j++) {
          const spec = this.byShort.get(a[j]!);
          if (!spec) return { values, operands, error: { kind: 'unknown', name: '-' + a[j] } };
          if (!spec.arg) {
            put(spec, '');
            continue;
          }
          if (j + 1 < a.length) put(spec, a.slice(j + 1));
          else if (i + 1 < argv.length) put(spec, argv[++i]!);
          else return { values, operands, error: { kind: 'missing', name: '-' + a[j] } };
          break;
        }
        continue;
      }
      if (o.stopAtOperand) {
        operands.push(...argv.slice(i));
        break;
      }
      operands.push(a);
    }
    return { values, operands };
  }
}

/** Helpers over a parse result. */
export const has = (p: Parsed, key: string) => p.values.has(key);
export const last = (p: Parsed, key: string) => p.values.get(key)?.at(-1);
export const all = (p: Parsed, key: string) => p.values.get(key) ?? [];
