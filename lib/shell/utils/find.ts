/**
 * find (basic): paths, then -name -iname -type -path -maxdepth -mindepth -newer? no; -print,
 * -delete, -exec cmd {} \; / + ; ! / -not; implicit -a. GNU wording (‘’ quotes).
 */
import type { Cmd, ShellCommandContext } from '../context';
import { invoke } from '../invoke';
import { matchPattern } from '../pattern';
import { abs, errText } from './common';

type Test = (path: string, name: string, type: string, depth: number) => boolean;

interface Plan {
  roots: string[];
  tests: Test[];
  maxDepth: number;
  minDepth: number;
  actions: { k: 'print' } | { k: 'delete' } | { k: 'exec'; argv: string[]; batch: boolean };
}

function parsePlan(ctx: ShellCommandContext): Plan | string {
  const args = ctx.argv.slice(1);
  const plan: Plan = { roots: [], tests: [], maxDepth: Infinity, minDepth: 0, actions: { k: 'print' } };
  while (args.length > 0 && !(args[0] as string).startsWith('-') && args[0] !== '!' && args[0] !== '(') plan.roots.push(args.shift() as string);
  if (plan.roots.length === 0) plan.roots.push('.');
  let negate = false;
  while (args.length > 0) {
    const a = args.shift() as string;
    const need = (): string | null => args.shift() ?? null;
    const add = (t: Test) => {
      const n = negate;
      plan.tests.push(n ? (...x) => !t(...x) : t);
      negate = false;
    };
    switch (a) {
      case '!':
      case '-not':
        negate = !negate;
        break;
      case '-a':
      case '-and':
        break;
      case '-name':
      case '-iname': {
        const pat = need();
        if (pat === null) return `missing argument to \`${a}'`;
        add((_p, name) => (a === '-iname' ? matchPattern(pat.toLowerCase(), name.toLowerCase()) : matchPattern(pat, name)));
        break;
      }
      case '-path':
      case '-wholename': {
        const pat = need();
        if (pat === null) return `missing argument to \`${a}'`;
        add(p => matchPattern(pat, p));
        break;
      }
      case '-type': {
        const t = need();
        if (t === null) return "missing argument to `-type'";
        if (!/^[fdl]$/.test(t)) return `Unknown argument to -type: ${t}`;
        add((_p, _n, type) => type === t);
        break;
      }
      case '-maxdepth':
      case '-mindepth': {
        const n = need();
        if (n === null || !/^[0-9]+$/.test(n)) return `Expected a positive decimal integer argument to ${a}, but got ‘${n ?? ''}’`;
        if (a === '-maxdepth') plan.maxDepth = Number(n);
        else plan.minDepth = Number(n);
        break;
      }
      case '-print':
        break;
      case '-delete':
        plan.actions = { k: 'delete' };
        break;
      case '-exec': {
        const argv: string[] = [];
        while (args.length > 0 && args[0] !== ';' && args[0] !== '+') argv.push(args.shift() as string);
        const end = args.shift();
        if (end === undefined) return "missing argument to `-exec'";
        plan.actions = { k: 'exec', argv, batch: end === '+' };
        break;
      }
      default:
        return a.startsWith('-') ? `unknown predicate \`${a}'` : `paths must precede expression: \`${a}'`;
    }
  }
  return plan;
}

export const find: Cmd = ctx => {
  const plan = parsePlan(ctx);
  if (typeof plan === 'string') {
    ctx.stderr(`find: ${plan}\n`);
    return 1;
  }
  let status = 0;
  const found: string[] = [];
  const walk = (path: string, shown: string, depth: number) => {
    let st;
    try {
      st = ctx.fs.lstat(path);
    } catch (e) {
      ctx.stderr(`find: ‘${shown}’: ${errText(e)}\n`);
      status = 1;
      return;
    }
    if (!st) {
      ctx.stderr(`find: ‘${shown}’: No such file or directory\n`);
      status = 1;
      return;
    }
    const type = st.type === 'dir' ? 'd' : st.type === 'symlink' ? 'l' : 'f';
    const name = shown === '/' ? '/' : (shown.replace(/\/+$/, '').split('/').pop() ?? shown);
    if (depth >= plan.minDepth && plan.tests.every(t => t(shown, name, type, depth))) found.push(shown);
    if (type !== 'd' || depth >= plan.maxDepth) return;
    let children: string[];
    try {
      children = ctx.fs.readdir(path);
    } catch (e) {
      ctx.stderr(`find: ‘${shown}’: ${errText(e)}\n`);
      status = 1;
      return;
    }
    for (const c of children) walk(`${path === '/' ? '' : path}/${c}`, `${shown.endsWith('/') ? shown : shown + '/'}${c}`, depth + 1);
  };
  for (const root of plan.roots) walk(abs(ctx, root), root, 0);
  const act = plan.actions;
  if (act.k === 'print') ctx.stdout(found.map(f => f + '\n').join(''));
  else if (act.k === 'delete') {
    for (const f of [...found].reverse()) {
      try {
        ctx.fs.rm(abs(ctx, f), { recursive: false });
      } catch (e) {
        ctx.stderr(`find: cannot delete ‘${f}’: ${errText(e)}\n`);
        status = 1;
      }
    }
  } else {
    const runs = act.batch ? [act.argv.flatMap(x => (x === '{}' ? found : [x]))] : found.map(f => act.argv.map(x => x.split('{}').join(f)));
    for (const argv of runs) if (argv.length > 0 && invoke(ctx.sh.fork(), argv, ctx.io) !== 0) status = 1;
  }
  return status;
};
