/**
 * `python`/`python3` and `node` inside images that have them: versions, and one-liners
 * (`python -c "print(6 * 7)"`, `node -e "console.log(6 * 7)"`, `node -p`, a piped or named
 * script) through mini-eval.ts. The simulator runs no real programs: anything beyond printing
 * literals, names and arithmetic says so plainly instead of pretending.
 */
import type { Cmd, ShellCommandContext } from '../context';
import { abs } from './common';
import { evaluate, PyFloat, tokenize, Unsupported, ZeroDivisionError, type Dialect, type Value } from './mini-eval';

/** Statements of a one-liner: split at newlines and `;` outside quotes. */
function statements(src: string): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  let cur = '';
  let quote = '';
  let line = 1;
  let start = 1;
  for (const c of src) {
    if (quote) {
      if (c === quote) quote = '';
      cur += c;
    } else if (c === '"' || c === "'" || c === '`') {
      quote = c;
      cur += c;
    } else if (c === ';' || c === '\n') {
      out.push({ text: cur, line: start });
      cur = '';
      if (c === '\n') line++;
      start = line;
    } else cur += c;
  }
  out.push({ text: cur, line: start });
  return out.filter((s) => s.text.trim() !== '' && !/^\s*(#|\/\/)/.test(s.text));
}

const LIMIT_NOTE = 'the simulated interpreter only evaluates printing of literals, names and arithmetic (Dockerlings does not run real programs)';

function pyStr(v: Value): string {
  if (v instanceof PyFloat) return Number.isInteger(v.f) && Math.abs(v.f) < 1e16 ? v.f.toFixed(1) : String(v.f);
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === null) return 'None';
  return String(v);
}

function runPython(ctx: ShellCommandContext, src: string, file: string): number {
  let out = '';
  const vars = new Map<string, Value>();
  const version = ctx.env['PYTHON_VERSION'] ?? '3.13.7';
  const d: Dialect = {
    lang: 'python',
    vars,
    call(name, args) {
      const a = args[0] ?? null;
      switch (name) {
        case 'print': out += args.map(pyStr).join(' ') + '\n'; return null;
        case 'len': return typeof a === 'string' ? a.length : undefined;
        case 'str': return pyStr(a);
        case 'int': return Math.trunc(typeof a === 'string' ? Number(a) : a instanceof PyFloat ? a.f : Number(a));
        case 'float': return new PyFloat(typeof a === 'string' ? Number(a) : a instanceof PyFloat ? a.f : Number(a));
        case 'abs': return a instanceof PyFloat ? new PyFloat(Math.abs(a.f)) : Math.abs(Number(a));
        case 'round': return Math.round(a instanceof PyFloat ? a.f : Number(a));
        case 'max': case 'min': return args.reduce((m, v) => ((name === 'max' ? Number(pyNum(v)) > Number(pyNum(m)) : Number(pyNum(v)) < Number(pyNum(m))) ? v : m));
        case 'platform.system': return 'Linux';
        case 'socket.gethostname': return ctx.machine.hostname;
        case 'os.getenv': return ctx.env[String(a)] ?? null;
        default: return undefined;
      }
    },
    attr(name) {
      if (name === 'True') return true;
      if (name === 'False') return false;
      if (name === 'None') return null;
      if (name === 'sys.version') return `${version} (main, Aug 14 2025, 20:42:04) [GCC 12.2.0]`;
      if (name === 'sys.platform') return 'linux';
      return undefined;
    },
  };
  for (const st of statements(src)) {
    const text = st.text.trim();
    try {
      const imp = /^(?:import\s+([\w.]+)|from\s+([\w.]+)\s+import\s+.+)$/.exec(text);
      if (imp) {
        const mod = (imp[1] ?? imp[2])!.split('.')[0]!;
        if (!['sys', 'os', 'platform', 'math', 'socket', 'time', 'json', 're'].includes(mod)) {
          ctx.stdout(out);
          ctx.stderr(`Traceback (most recent call last):\n  File "${file}", line ${st.line}, in <module>\n    ${text}\nModuleNotFoundError: No module named '${mod}'\n`);
          return 1;
        }
        continue;
      }
      if (/^(for|while|if|elif|else|def|class|with|try|except|finally|return|lambda|async|await|match)\b/.test(text)) throw new Unsupported(text);
      const asg = /^([A-Za-z_]\w*)\s*=(?!=)\s*(.+)$/.exec(text);
      if (asg) vars.set(asg[1]!, evaluate(tokenize(asg[2]!), d));
      else evaluate(tokenize(text), d);
    } catch (e) {
      ctx.stdout(out);
      if (e instanceof Unsupported) {
        ctx.stderr(`python: ${LIMIT_NOTE}: ${text}\n`);
        return 1;
      }
      if (e instanceof SyntaxError) {
        ctx.stderr(`  File "${file}", line ${st.line}\n    ${text}\nSyntaxError: invalid syntax\n`);
        return 1;
      }
      const kind = e instanceof ReferenceError ? 'NameError' : e instanceof ZeroDivisionError ? 'ZeroDivisionError' : 'TypeError';
      const msg = e instanceof ReferenceError ? `name '${e.message}' is not defined` : (e as Error).message;
      ctx.stderr(`Traceback (most recent call last):\n  File "${file}", line ${st.line}, in <module>\n    ${text}\n${kind}: ${msg}\n`);
      return 1;
    }
  }
  ctx.stdout(out);
  return 0;
}

const pyNum = (v: Value): number => (v instanceof PyFloat ? v.f : Number(v));

export const python: Cmd = (ctx) => {
  const args = ctx.argv.slice(1);
  const version = ctx.env['PYTHON_VERSION'] ?? '3.13.7';
  if (args[0] === '--version' || args[0] === '-V') {
    ctx.stdout(`Python ${version}\n`);
    return 0;
  }
  if (args[0] === '-c') {
    if (args[1] === undefined) {
      ctx.stderr('Argument expected for the -c option\nusage: python3 [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h\' for more information.\n');
      return 2;
    }
    return runPython(ctx, args[1], '<string>');
  }
  if (args[0] === '-m') {
    ctx.stderr(`python: ${LIMIT_NOTE} (-m ${args[1] ?? ''} is not available)\n`);
    return 1;
  }
  if (args.length === 0 || args[0] === '-') return runPython(ctx, ctx.stdin, '<stdin>');
  const path = abs(ctx, args[0]!);
  let text: string;
  try {
    text = ctx.fs.readFile(path);
  } catch {
    ctx.stderr(`${ctx.argv[0]}: can't open file '${path}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  return runPython(ctx, text, path);
};

function jsStr(v: Value, top: boolean): string {
  if (typeof v === 'string') return top ? v : `'${v}'`;
  if (v === null) return 'null';
  return String(v instanceof PyFloat ? v.f : v);
}

function runNode(ctx: ShellCommandContext, src: string, where: string, printResult: boolean): number {
  let out = '';
  let err = '';
  let exit: number | null = null;
  const vars = new Map<string, Value>();
  const version = `v${ctx.env['NODE_VERSION'] ?? '24.6.0'}`;
  const d: Dialect = {
    lang: 'js',
    vars,
    call(name, args) {
      const line = args.map((a) => jsStr(a, true)).join(' ') + '\n';
      if (name === 'console.log' || name === 'console.info') out += line;
      else if (name === 'console.error' || name === 'console.warn') err += line;
      else if (name === 'process.exit') exit = Number(args[0] ?? 0);
      else if (name === 'String') return jsStr(args[0] ?? null, true);
      else if (name === 'Number') return Number(args[0]);
      else if (name.startsWith('Math.') && typeof (Math as unknown as Record<string, unknown>)[name.slice(5)] === 'function') return (Math as unknown as Record<string, (...n: number[]) => number>)[name.slice(5)]!(...args.map(Number));
      else return undefined;
      return null;
    },
    attr(name) {
      const known: Record<string, Value> = { true: true, false: false, null: null, undefined: null, 'process.version': version, 'process.platform': 'linux', 'process.arch': 'x64', 'Math.PI': Math.PI };
      if (name.startsWith('process.env.')) return ctx.env[name.slice(12)] ?? null;
      return Object.hasOwn(known, name) ? known[name]! : undefined;
    },
  };
  let last: Value = null;
  for (const st of statements(src)) {
    const text = st.text.trim();
    try {
      if (/^(for|while|if|else|function|class|try|catch|return|import|export|async|await|switch)\b|=>/.test(text)) throw new Unsupported(text);
      const decl = /^(?:(?:const|let|var)\s+)?([A-Za-z_$][\w$]*)\s*=(?!=)\s*(.+)$/.exec(text);
      if (decl) vars.set(decl[1]!, (last = evaluate(tokenize(decl[2]!), d)));
      else last = evaluate(tokenize(text), d);
    } catch (e) {
      ctx.stdout(out);
      ctx.stderr(err);
      if (e instanceof Unsupported) {
        ctx.stderr(`node: ${LIMIT_NOTE}: ${text}\n`);
        return 1;
      }
      const kind = e instanceof ReferenceError ? 'ReferenceError' : e instanceof SyntaxError ? 'SyntaxError' : 'TypeError';
      const msg = e instanceof ReferenceError ? `${e.message} is not defined` : (e as Error).message;
      ctx.stderr(`${where}:${st.line}\n${text}\n^\n\n${kind}: ${msg}\n\nNode.js ${version}\n`);
      return 1;
    }
    if (exit !== null) break;
  }
  if (printResult && exit === null) out += jsStr(last, true) + '\n';
  ctx.stdout(out);
  ctx.stderr(err);
  return exit ?? 0;
}

export const node: Cmd = (ctx) => {
  const args = ctx.argv.slice(1);
  if (args[0] === '--version' || args[0] === '-v') {
    ctx.stdout(`v${ctx.env['NODE_VERSION'] ?? '24.6.0'}\n`);
    return 0;
  }
  if (args[0] === '-e' || args[0] === '--eval' || args[0] === '-p' || args[0] === '--print') {
    if (args[1] === undefined) {
      ctx.stderr(`${ctx.argv[0]}: ${args[0]} requires an argument\n`);
      return 9;
    }
    return runNode(ctx, args[1], '[eval]', args[0] === '-p' || args[0] === '--print');
  }
  if (args.length === 0 || args[0] === '-') return runNode(ctx, ctx.stdin, '[stdin]', false);
  const path = abs(ctx, args[0]!);
  let text: string;
  try {
    text = ctx.fs.readFile(path);
  } catch {
    ctx.stderr(`node:internal/modules/cjs/loader:1228\n  throw err;\n  ^\n\nError: Cannot find module '${path}'\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)\n    at node:internal/main/run_main_module:28:49 {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\nNode.js v${ctx.env['NODE_VERSION'] ?? '24.6.0'}\n`);
    return 1;
  }
  return runNode(ctx, text, path, false);
};
