/**
 * awk's built-in functions: length substr index split sub gsub match sprintf tolower toupper int
 * and the math functions.
 */
import type { Expr } from './awk-parse';
import { awkSprintf } from './awk-format';
import type { AwkRun } from './awk-run';
import { plain, StrNum, type Val } from './awk-values';

export function callBuiltin(r: AwkRun, name: string, args: Expr[]): Val {
  const s = (i: number) => r.str(args[i] ? r.eval(args[i] as Expr) : (r.fields[0] as string));
  switch (name) {
    case 'length':
      if (args[0]?.k === 'var' && r.arrays.has(args[0].name)) return r.array(args[0].name).size;
      return [...s(0)].length;
    case 'substr': {
      const str = s(0);
      const start = Math.round(r.num(r.eval(args[1] as Expr)));
      const len = args[2] ? Math.round(r.num(r.eval(args[2]))) : Infinity;
      const from = Math.max(1, start);
      const to = start + len;
      return str.slice(from - 1, Math.max(from - 1, to - 1));
    }
    case 'index':
      return s(0).indexOf(s(1)) + 1;
    case 'split': {
      const target = args[1];
      if (!target || target.k !== 'var') throw new Error('split: second argument must be an array');
      const sep = args[2] ? (args[2].k === 're' ? args[2].v : s(2)) : r.str(r.get('FS'));
      const text = s(0);
      const parts = text === '' ? [] : sep === ' ' ? text.trim().split(/\s+/) : text.split(sep.length === 1 ? sep : new RegExp(sep));
      const arr = r.array(target.name);
      arr.clear();
      parts.forEach((p, i) => arr.set(String(i + 1), new StrNum(p)));
      return parts.length;
    }
    case 'sub':
    case 'gsub':
      return substitute(r, name === 'gsub', args);
    case 'match': {
      const m = new RegExp(args[1]?.k === 're' ? args[1].v : s(1)).exec(s(0));
      r.vars.set('RSTART', m ? m.index + 1 : 0).set('RLENGTH', m ? m[0].length : -1);
      return m ? m.index + 1 : 0;
    }
    case 'sprintf':
      return awkSprintf(s(0), args.slice(1).map(a => plain(r.eval(a))), x => r.num(x), x => r.str(x));
    case 'tolower':
      return s(0).toLowerCase();
    case 'toupper':
      return s(0).toUpperCase();
    case 'int':
      return Math.trunc(r.num(r.eval(args[0] as Expr)));
    case 'sqrt':
    case 'exp':
    case 'log':
    case 'sin':
    case 'cos':
      return Math[name](r.num(r.eval(args[0] as Expr)));
    case 'atan2':
      return Math.atan2(r.num(r.eval(args[0] as Expr)), r.num(r.eval(args[1] as Expr)));
    default:
      return 0;
  }
}

function substitute(r: AwkRun, global: boolean, args: Expr[]): number {
  const reSrc = args[0]?.k === 're' ? args[0].v : r.str(r.eval(args[0] as Expr));
  const rep = r.str(r.eval(args[1] as Expr));
  const target: Expr = args[2] ?? { k: 'field', e: { k: 'num', v: 0 } };
  const text = r.str(r.eval(target));
  let n = 0;
  const out = text.replace(new RegExp(reSrc, global ? 'g' : ''), m => {
    n++;
    return rep.replace(/\\&|&/g, x => (x === '&' ? m : '&'));
  });
  if (n > 0) r.assign(target, out);
  return n;
}
