/**
 * `npm run <script>` for the scripts Dockerfiles run: bundlers write their output directory
 * (vite → dist/, react-scripts → build/, tsc → dist/, next → .next/), test runners print a
 * passing run, anything else prints its banner and succeeds.
 */
import type { CommandContext } from '../../../shell/types';
import { stableHex } from '../../core/rng';
import { writeSized, type ToolEnv } from './env';

export interface ScriptRun {
  name: string;
  version: string;
  script: string;
  command: string | undefined;
}

const join = (dir: string, name: string) => (dir === '/' ? `/${name}` : `${dir}/${name}`);

function page(title: string, js: string): string {
  return `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n    <title>${title}</title>\n    <script type="module" crossorigin src="/${js}"></script>\n  </head>\n  <body>\n    <div id="root"></div>\n  </body>\n</html>\n`;
}

function vite(ctx: CommandContext, env: ToolEnv, r: ScriptRun): void {
  const h = stableHex(`${r.name}@${r.version}`, 8);
  const out = join(ctx.cwd, 'dist');
  const js = `assets/index-${h}.js`;
  writeSized(env, ctx.fs, `${out}/index.html`, page(r.name, js), 460);
  writeSized(env, ctx.fs, `${out}/${js}`, `console.log("${r.name}");\n`, 143_360);
  writeSized(env, ctx.fs, `${out}/assets/index-${h.slice(0, 6)}.css`, 'body{margin:0}\n', 1_390);
  ctx.stdout(`vite v6.3.5 building for production...\ntransforming...\n✓ 34 modules transformed.\nrendering chunks...\ncomputing gzip size...\ndist/index.html                  0.46 kB │ gzip:  0.30 kB\ndist/assets/index-${h.slice(0, 6)}.css   1.39 kB │ gzip:  0.72 kB\ndist/${js}  143.36 kB │ gzip: 46.06 kB\n✓ built in 1.02s\n`);
  env.advance(1_020);
}

function reactScripts(ctx: CommandContext, env: ToolEnv, r: ScriptRun): void {
  const h = stableHex(r.name, 8);
  const out = join(ctx.cwd, 'build');
  writeSized(env, ctx.fs, `${out}/index.html`, page(r.name, `static/js/main.${h}.js`), 640);
  writeSized(env, ctx.fs, `${out}/static/js/main.${h}.js`, `console.log("${r.name}");\n`, 146_000);
  ctx.stdout(`Creating an optimized production build...\nCompiled successfully.\n\nFile sizes after gzip:\n\n  46.6 kB  build/static/js/main.${h}.js\n\nThe build folder is ready to be deployed.\n`);
  env.advance(6_000);
}

function tsc(ctx: CommandContext, env: ToolEnv): void {
  let sources: string[] = [];
  try {
    sources = ctx.fs.readdir(join(ctx.cwd, 'src')).filter((f) => f.endsWith('.ts'));
  } catch {
    sources = ['index.ts'];
  }
  for (const f of sources.length > 0 ? sources : ['index.ts']) writeSized(env, ctx.fs, join(ctx.cwd, `dist/${f.replace(/\.ts$/, '.js')}`), '"use strict";\n', 2_000);
  env.advance(1_500);
}

function testRun(ctx: CommandContext, env: ToolEnv, command: string): void {
  if (/vitest/.test(command)) ctx.stdout('\n RUN  v3.2.4 /app\n\n ✓ src/app.test.js (3 tests) 4ms\n\n Test Files  1 passed (1)\n      Tests  3 passed (3)\n   Duration  412ms\n');
  else if (/jest/.test(command)) ctx.stderr('PASS ./app.test.js\n  ✓ responds to GET / (12 ms)\n  ✓ returns 404 for unknown routes (3 ms)\n\nTest Suites: 1 passed, 1 total\nTests:       2 passed, 2 total\nSnapshots:   0 total\nTime:        0.9 s\nRan all test suites.\n');
  else ctx.stdout('ok 1 - app responds\n# tests 1\n# pass 1\n# fail 0\n');
  env.advance(900);
}

export function npmScript(ctx: CommandContext, env: ToolEnv, r: ScriptRun): number {
  if (r.command === undefined) {
    ctx.stderr(`npm error Missing script: "${r.script}"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run\n`);
    return 1;
  }
  ctx.stdout(`\n> ${r.name}@${r.version} ${r.script}\n> ${r.command}\n\n`);
  const c = r.command;
  if (/echo "Error: no test specified" && exit 1/.test(c)) {
    ctx.stdout('Error: no test specified\n');
    return 1;
  }
  if (/\bvite\b.*\bbuild\b/.test(c)) vite(ctx, env, r);
  else if (/react-scripts build/.test(c)) reactScripts(ctx, env, r);
  else if (/\bnext build\b/.test(c)) writeSized(env, ctx.fs, join(ctx.cwd, '.next/BUILD_ID'), stableHex(r.name, 21) + '\n', 3_000_000);
  else if (/^tsc\b/.test(c)) tsc(ctx, env);
  else if (r.script === 'test' || /\b(jest|vitest|mocha)\b|node --test/.test(c)) testRun(ctx, env, c);
  return 0;
}
