/**
 * Headless runner for the simulated host.
 *   npm run sim                         interactive REPL (prompt, `> ` continuation, Ctrl+C, Ctrl+D)
 *   npm run --silent sim -- --json      stdin lines → one JSON line per command: {input,stdout,stderr,exitCode}
 *     --fresh                           every command in a new session
 *     --workspace DIR                   copy DIR's files into the learner's home first
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { createHostSession, type HostSession } from '../lib/host';
import { runScript } from '../lib/shell/runner';

interface Args {
  json: boolean;
  fresh: boolean;
  workspace: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, fresh: false, workspace: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--fresh') args.fresh = true;
    else if (a === '--workspace') args.workspace = argv[++i] ?? null;
    else if (a?.startsWith('--workspace=')) args.workspace = a.slice('--workspace='.length);
    else {
      process.stderr.write(`sim: unknown argument ${a}\nusage: npm run sim -- [--json] [--fresh] [--workspace DIR]\n`);
      process.exit(2);
    }
  }
  return args;
}

/** Real files under `dir` as learner-home-relative paths → contents (text). */
function readWorkspace(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (st.isFile()) files[relative(dir, full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}

function readStdin(): Promise<string> {
  return new Promise(resolve => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', chunk => (text += chunk));
    process.stdin.on('end', () => resolve(text));
  });
}

async function json(args: Args, files: Record<string, string>): Promise<void> {
  const text = await readStdin();
  for (const r of runScript(text, () => createHostSession({ files }), { fresh: args.fresh })) {
    process.stdout.write(JSON.stringify(r) + '\n');
  }
}

function repl(files: Record<string, string>): void {
  const session: HostSession = createHostSession({ files });
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  let pending: string[] = [];
  const prompt = () => {
    rl.setPrompt(pending.length > 0 ? '> ' : session.prompt());
    rl.prompt();
  };
  rl.on('line', line => {
    pending.push(line);
    const source = pending.join('\n');
    if (session.needsMore(source)) return prompt();
    pending = [];
    const r = session.run(source);
    if (r.clear) process.stdout.write('\x1b[2J\x1b[H');
    for (const chunk of r.output) (chunk.fd === 1 ? process.stdout : process.stderr).write(chunk.text);
    if (session.topLevelExit() !== null) {
      rl.close();
      process.exitCode = session.topLevelExit() ?? 0;
      return;
    }
    prompt();
  });
  rl.on('SIGINT', () => {
    pending = [];
    const r = session.interrupt();
    process.stdout.write(r.stdout);
    prompt();
  });
  rl.on('close', () => process.stdout.write('\n'));
  prompt();
}

const args = parseArgs(process.argv.slice(2));
const files = args.workspace ? readWorkspace(args.workspace) : {};
if (args.json) await json(args, files);
else repl(files);
