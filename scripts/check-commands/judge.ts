/**
 * Asking real clients whether command lines parse: through the shared syntax oracle
 * (../shared/fidelity/docker-syntax-oracle, or $DOCKER_SYNTAX_ORACLE), which runs each line against a
 * daemon address where nothing listens. Lines the clients on this machine cannot judge (a CLI plugin
 * such as compose or buildx that is not installed, no kubectl, no docker-compose v1) are skipped with
 * the reason, never counted as valid.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Verdict = { verdict: 'valid' } | { verdict: 'invalid'; client: string } | { verdict: 'skipped'; reason: string };

/** docker subcommands that are CLI plugins, not part of the docker client itself. */
const PLUGINS = ['compose', 'buildx', 'scout', 'init', 'debug', 'sbom', 'model'];

export interface Judge {
  oracle: string;
  /** Why some lines cannot be judged here, by the first words that select them. */
  unjudgeable: Map<string, string>;
}

const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, DOCKER_HOST: 'unix:///nonexistent.sock' } });

/** The oracle and what it cannot judge on this machine, or the reason nothing can be judged. */
export function findJudge(root: string): Judge | { missing: string } {
  const oracle = process.env['DOCKER_SYNTAX_ORACLE'] ?? path.resolve(root, '../shared/fidelity/docker-syntax-oracle');
  const docker = has('docker', ['--version']);
  if (!existsSync(oracle)) return { missing: `no syntax oracle at ${oracle} (set DOCKER_SYNTAX_ORACLE)` };
  if (docker.status !== 0) return { missing: 'no docker client on this machine (the syntax oracle needs one)' };
  const unjudgeable = new Map<string, string>();
  for (const p of PLUGINS) {
    const help = has('docker', [p, '--help']);
    if (!`${help.stdout}${help.stderr}`.includes(`Usage:  docker ${p}`)) unjudgeable.set(`docker ${p}`, `the docker ${p} plugin is not installed here`);
  }
  if (has('kubectl', ['version', '--client']).status !== 0) unjudgeable.set('kubectl', 'no kubectl client here');
  if (has('docker-compose', ['version']).error) unjudgeable.set('docker-compose', 'docker-compose v1 is not installed here (it is retired)');
  return { oracle, unjudgeable };
}

function skipReason(judge: Judge, line: string): string | null {
  const words = line.split(/\s+/);
  for (const [prefix, reason] of judge.unjudgeable) {
    const p = prefix.split(' ');
    // `docker --context x compose …`: the plugin is the first non-flag word after docker.
    const sub = words[0] === 'docker' ? words.slice(1).find((w) => !w.startsWith('-')) : undefined;
    if (p.length === 1 ? words[0] === p[0] : words[0] === p[0] && sub === p[1]) return reason;
  }
  return null;
}

/**
 * Client output the oracle calls invalid although the line parsed: `docker version` / `docker info`
 * print their Client section before failing to connect; kubectl checks that `-f` files exist;
 * `docker context create` succeeds without a daemon.
 */
const PARSED = [/^Client:/, /^error: the path ".*" does not exist/, /Successfully created context/];

/** Lines that write client state (contexts): each runs alone, in its own throwaway DOCKER_CONFIG. */
const STATEFUL = /^docker\s+context\b/;

function runOracle(oracle: string, lines: string[]): Promise<Map<string, Verdict>> {
  return new Promise((resolve, reject) => {
    // A throwaway client configuration, so `docker context create` and friends leave nothing behind.
    const config = mkdtempSync(path.join(tmpdir(), 'check-commands-'));
    const child = spawn(oracle, [], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, DOCKER_CONFIG: config } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', () => {
      rmSync(config, { recursive: true, force: true });
      const verdicts = new Map<string, Verdict>();
      for (const row of out.split('\n').filter(Boolean)) {
        const r = JSON.parse(row) as { cmd: string; verdict: string; client?: string };
        verdicts.set(
          r.cmd,
          r.verdict === 'valid' || (r.verdict === 'invalid' && PARSED.some((p) => p.test((r.client ?? '').trim()))) ? { verdict: 'valid' } : r.verdict === 'invalid' ? { verdict: 'invalid', client: (r.client ?? '').trim() } : { verdict: 'skipped', reason: 'the oracle does not run commands that reach the network (pull, login, search, trust, manifest)' },
        );
      }
      resolve(verdicts);
    });
    child.stdin.end(lines.join('\n') + '\n');
  });
}

/** Verdicts for distinct lines, asked in `parallel` oracle processes. */
export async function judgeLines(judge: Judge, lines: string[], parallel = 3): Promise<Map<string, Verdict>> {
  const verdicts = new Map<string, Verdict>();
  const ask: string[] = [];
  for (const line of new Set(lines)) {
    const reason = skipReason(judge, line);
    if (reason) verdicts.set(line, { verdict: 'skipped', reason });
    else if (line.includes('\n')) verdicts.set(line, { verdict: 'skipped', reason: 'multi-line command' });
    else ask.push(line);
  }
  const shared = ask.filter((l) => !STATEFUL.test(l));
  const alone = ask.filter((l) => STATEFUL.test(l)).map((l) => [l]);
  const chunks = [...Array.from({ length: parallel }, (_, i) => shared.filter((_, j) => j % parallel === i)), ...alone].filter((c) => c.length > 0);
  for (const part of await Promise.all(chunks.map((c) => runOracle(judge.oracle, c)))) for (const [k, v] of part) verdicts.set(k, v);
  for (const line of ask) if (!verdicts.has(line)) verdicts.set(line, { verdict: 'invalid', client: 'the oracle gave no verdict for this line' });
  return verdicts;
}
