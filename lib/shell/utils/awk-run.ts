/**
 * awk evaluator: records and fields (FS/OFS/NR/NF), strnum comparison rules, arrays, printf,
 * builtins (length substr index split sub gsub match sprintf tolower toupper int…).
 */
import type { AwkProgram, Expr, Stmt } from './awk-parse';
import { awkSprintf } from './awk-format';
import { callBuiltin } from './awk-builtins';
import { arithOp, Brk, compare, COMPARISONS, Cont, Exit, Next, NUMERIC, plain, StrNum, type Val } from './awk-values';

export interface AwkIo {
  out(text: string): void;
  writeFile(path: string, text: string, append: boolean): void;
}

const MAX_STEPS = 2_000_000;

export class AwkRun {
  readonly vars = new Map<string, Val>();
  readonly arrays = new Map<string, Map<string, Val>>();
  fields: string[] = [''];
  private steps = 0;
  private opened = new Set<string>();
  private ranges = new Map<number, boolean>();

  constructor(
    private readonly prog: AwkProgram,
    private readonly io: AwkIo,
    assigns: Record<string, string>,
  ) {
    this.vars.set('FS', ' ').set('OFS', ' ').set('ORS', '\n').set('NR', 0).set('NF', 0).set('SUBSEP', '\x1c').set('RSTART', 0).set('RLENGTH', -1);
    for (const [k, v] of Object.entries(assigns)) this.vars.set(k, k === 'FS' || k === 'OFS' ? v : new StrNum(v));
  }

  /** Run over the input records; returns the exit status. */
  run(records: string[]): number {
    try {
      for (const b of this.prog.begin) this.block(b);
      if (this.prog.rules.length > 0 || this.prog.end.length > 0) {
        for (const rec of records) {
          this.vars.set('NR', this.num(this.get('NR')) + 1);
          this.setRecord(rec);
          try {
            this.prog.rules.forEach((r, i) => {
              if (this.ruleMatches(r, i)) {
                if (r.body) this.block(r.body);
                else this.io.out(this.fields[0] + this.str(this.get('ORS')));
              }
            });
          } catch (e) {
            if (!(e instanceof Next)) throw e;
          }
        }
      }
      for (const b of this.prog.end) this.block(b);
    } catch (e) {
      if (e instanceof Exit) {
        return e.code;
      }
      throw e;
    }
    return 0;
  }

  private ruleMatches(r: AwkProgram['rules'][number], i: number): boolean {
    if (r.range) {
      let on = this.ranges.get(i) ?? false;
      if (!on && this.truthy(this.eval(r.range[0]))) on = true;
      else if (!on) return false;
      this.ranges.set(i, !this.truthy(this.eval(r.range[1])));
      return on;
    }
    return !r.pattern || this.truthy(this.eval(r.pattern));
  }

  private setRecord(rec: string): void {
    const fs = this.str(this.get('FS'));
    let parts: string[];
    if (fs === ' ') parts = rec.trim() === '' ? [] : rec.trim().split(/[ \t\n]+/);
    else if (fs.length === 1 && fs !== '\\') parts = rec === '' ? [] : rec.split(fs);
    else parts = rec === '' ? [] : rec.split(new RegExp(fs));
    this.fields = [rec, ...parts];
    this.vars.set('NF', parts.length);
  }

  private rebuild(): void {
    this.fields[0] = this.fields.slice(1).join(this.str(this.get('OFS')));
  }

  get(name: string): Val {
    return this.vars.get(name) ?? '';
  }

  num(v: Val): number {
    if (typeof v === 'number') return v;
    if (v instanceof StrNum) v = v.s;
    const m = /^\s*[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?/.exec(v);
    return m ? Number(m[0]) : 0;
  }

  str(v: Val): string {
    if (typeof v === 'string') return v;
    if (v instanceof StrNum) return v.s;
    // mawk (Ubuntu's awk) prints integral values that fit an int as integers, others with %.6g.
    if (Number.isInteger(v) && Math.abs(v) < 2 ** 31) return String(v);
    return awkSprintf('%.6g', [v], x => this.num(x as number), x => String(x));
  }

  private truthy(v: Val): boolean {
    if (typeof v === 'number') return v !== 0;
    if (v instanceof StrNum) return NUMERIC.test(v.s) ? this.num(v) !== 0 : v.s !== '';
    return v !== '';
  }

  /** Numbers and numeric-looking input compare numerically; string constants never do. */
  private numericValue(v: Val): boolean {
    return typeof v === 'number' || (v instanceof StrNum && NUMERIC.test(v.s));
  }

  private tick(): void {
    if (++this.steps > MAX_STEPS) throw new Error('program ran too long (simulated limit)');
  }

  private block(body: Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: Stmt): void {
    this.tick();
    switch (s.k) {
      case 'expr':
        this.eval(s.e);
        return;
      case 'print': {
        const text = (s.args.length === 0 ? this.fields[0] : s.args.map(a => this.outStr(this.eval(a))).join(this.str(this.get('OFS')))) + this.str(this.get('ORS'));
        return this.emit(text, s.dest);
      }
      case 'printf': {
        const [fmt, ...rest] = s.args.map(a => this.eval(a));
        return this.emit(awkSprintf(this.str(fmt ?? ''), rest.map(plain), x => this.num(x), x => this.str(x)), s.dest);
      }
      case 'if':
        if (this.truthy(this.eval(s.c))) this.stmt(s.a);
        else if (s.b) this.stmt(s.b);
        return;
      case 'block':
        return this.block(s.body);
      case 'while':
      case 'do':
        if (s.k === 'do') this.loopBody(s.body);
        while (this.truthy(this.eval(s.c))) if (this.loopBody(s.body)) break;
        return;
      case 'for':
        if (s.init) this.stmt(s.init);
        while (!s.c || this.truthy(this.eval(s.c))) {
          if (this.loopBody(s.body)) break;
          if (s.step) this.stmt(s.step);
        }
        return;
      case 'forin':
        for (const k of [...this.array(s.arr).keys()]) {
          this.vars.set(s.v, k);
          if (this.loopBody(s.body)) break;
        }
        return;
      case 'next':
        throw new Next();
      case 'exit':
        throw new Exit(s.e ? this.num(this.eval(s.e)) : 0);
      case 'break':
        throw new Brk();
      case 'continue':
        throw new Cont();
      case 'delete':
        if (s.keys) this.array(s.name).delete(this.key(s.keys));
        else this.array(s.name).clear();
    }
  }

  /** Returns true on break. */
  private loopBody(body: Stmt): boolean {
    try {
      this.stmt(body);
    } catch (e) {
      if (e instanceof Brk) return true;
      if (!(e instanceof Cont)) throw e;
    }
    return false;
  }

  private emit(text: string, dest?: { append: boolean; e: Expr }): void {
    if (!dest) return this.io.out(text);
    const path = this.str(this.eval(dest.e));
    const append = dest.append || this.opened.has(path);
    this.opened.add(path);
    this.io.writeFile(path, text, append);
  }

  private outStr(v: Val): string {
    if (typeof v === 'number' && !(Number.isInteger(v) && Math.abs(v) < 2 ** 31)) return awkSprintf(this.str(this.get('OFMT') || '%.6g'), [v], x => this.num(x as number), x => String(x));
    return this.str(v);
  }

  array(name: string): Map<string, Val> {
    let a = this.arrays.get(name);
    if (!a) this.arrays.set(name, (a = new Map()));
    return a;
  }

  private key(keys: Expr[]): string {
    return keys.map(k => this.str(this.eval(k))).join(this.str(this.get('SUBSEP')));
  }

  assign(target: Expr, v: Val): Val {
    if (target.k === 'var') {
      this.vars.set(target.name, v);
      if (target.name === 'NF') {
        this.fields.length = Math.max(1, this.num(v) + 1);
        this.rebuild();
      }
    } else if (target.k === 'idx') this.array(target.name).set(this.key(target.keys), v);
    else if (target.k === 'field') {
      const i = this.num(this.eval(target.e));
      if (i === 0) this.setRecord(this.str(v));
      else {
        while (this.fields.length <= i) this.fields.push('');
        this.fields[i] = this.str(v);
        this.vars.set('NF', this.fields.length - 1);
        this.rebuild();
      }
    }
    return v;
  }

  eval(e: Expr): Val {
    switch (e.k) {
      case 'num':
      case 'str':
        return e.v;
      case 're':
        return Number(new RegExp(e.v).test(this.fields[0] as string));
      case 'var':
        return this.get(e.name);
      case 'field':
        return new StrNum(this.fields[this.num(this.eval(e.e))] ?? '');
      case 'idx': {
        // Referencing an element creates it, as in every awk.
        const arr = this.array(e.name);
        const key = this.key(e.keys);
        if (!arr.has(key)) arr.set(key, '');
        return arr.get(key) as Val;
      }
      case 'in':
        return Number(this.array(e.name).has(this.key(e.keys)));
      case 'assign': {
        const v = this.eval(e.e);
        if (e.op === '=') return this.assign(e.target, v);
        return this.assign(e.target, this.arith(e.op.slice(0, -1), this.eval(e.target), v));
      }
      case 'incdec': {
        const old = this.num(this.eval(e.target));
        this.assign(e.target, e.op === '++' ? old + 1 : old - 1);
        return e.prefix ? (e.op === '++' ? old + 1 : old - 1) : old;
      }
      case 'cond':
        return this.truthy(this.eval(e.c)) ? this.eval(e.a) : this.eval(e.b);
      case 'un': {
        const v = this.eval(e.e);
        return e.op === '!' ? Number(!this.truthy(v)) : e.op === '-' ? -this.num(v) : this.num(v);
      }
      case 'match': {
        const re = e.re.k === 're' ? e.re.v : this.str(this.eval(e.re));
        return Number(new RegExp(re).test(this.str(this.eval(e.e))) !== e.neg);
      }
      case 'bin':
        return this.binary(e.op, e.a, e.b);
      case 'call':
        return callBuiltin(this, e.name, e.args);
    }
  }

  private binary(op: string, a: Expr, b: Expr): Val {
    if (op === '&&') return Number(this.truthy(this.eval(a)) && this.truthy(this.eval(b)));
    if (op === '||') return Number(this.truthy(this.eval(a)) || this.truthy(this.eval(b)));
    const x = this.eval(a);
    const y = this.eval(b);
    if (op === ' ') return this.str(x) + this.str(y);
    if (COMPARISONS.has(op)) {
      const numeric = this.numericValue(x) && this.numericValue(y);
      return compare(op, numeric ? this.num(x) - this.num(y) : this.str(x) < this.str(y) ? -1 : this.str(x) > this.str(y) ? 1 : 0);
    }
    return this.arith(op, x, y);
  }

  private arith(op: string, x: Val, y: Val): number {
    return arithOp(op, this.num(x), this.num(y));
  }


}
