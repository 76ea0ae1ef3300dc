/**
 * What kubectl prints when no API server answers, per command (recorded from kubectl 1.32 with no
 * cluster): a number of klog `E… memcache.go:265` discovery lines, then the connection message.
 * Commands that post directly instead say `error: failed to create deployment: Post "…"`.
 */
import { ExpectedError } from '../../expected-error';
import type { Engine } from '../../sim/index';

export const LOCALHOST = 'http://localhost:8080';

/** The API server cannot be reached; `server` is the URL kubectl tried. */
export class Unreachable extends ExpectedError {
  constructor(
    readonly server: string,
    readonly reason: 'refused' | 'no-route',
  ) {
    super(`unreachable ${server}`);
    this.name = 'Unreachable';
  }
}

/** How many discovery error lines a command prints before giving up. */
const DISCOVERY_LINES: Record<string, number> = {
  get: 5, describe: 5, delete: 5, label: 5, annotate: 5, expose: 5, scale: 5, 'cluster-info': 5, edit: 5, patch: 5, replace: 5,
  'set image': 4, 'rollout status': 4, 'rollout undo': 4, 'rollout history': 4, 'rollout restart': 4, 'rollout pause': 4, 'rollout resume': 4,
  logs: 4, exec: 4, 'port-forward': 4, wait: 4, attach: 4, cp: 4,
  explain: 2, run: 1, 'api-resources': 1, 'api-versions': 1,
};

/** `create <generator>` posts without discovery: the resource path each one uses. */
const POSTS: Record<string, { what: string; path: string }> = {
  'create deployment': { what: 'deployment', path: 'apis/apps/v1/namespaces/NS/deployments' },
  'create configmap': { what: 'configmap', path: 'api/v1/namespaces/NS/configmaps' },
  'create secret generic': { what: 'secret', path: 'api/v1/namespaces/NS/secrets' },
  'create service clusterip': { what: 'ClusterIP service', path: 'api/v1/namespaces/NS/services' },
  'create service nodeport': { what: 'NodePort service', path: 'api/v1/namespaces/NS/services' },
  'create service loadbalancer': { what: 'LoadBalancer service', path: 'api/v1/namespaces/NS/services' },
};

function hostPort(server: string): { host: string; dial: string } {
  const u = /^(https?):\/\/([^/:]+)(?::(\d+))?/.exec(server);
  const host = u?.[2] ?? 'localhost';
  const port = u?.[3] ?? (u?.[1] === 'https' ? '443' : '80');
  const ip = host === 'localhost' ? '127.0.0.1' : host;
  return { host: `${host}:${port}`, dial: `${ip}:${port}` };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** klog's header: `E0115 09:00:01.234567   12345 file.go:265] `. */
export function klog(eng: Engine, file: string, i: number): string {
  const t = new Date(eng.world.clock);
  const micros = String((eng.world.clock % 1000) * 1000 + 1417 * (i + 1) + 311).padStart(6, '0');
  const pid = String(3000 + (Math.floor(eng.world.clock / 1000) % 40000)).padStart(7, ' ');
  return `E${pad2(t.getUTCMonth() + 1)}${pad2(t.getUTCDate())} ${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}:${pad2(t.getUTCSeconds())}.${micros.slice(0, 6)} ${pid} ${file}] `;
}

function dialError(u: Unreachable): string {
  const { dial } = hostPort(u.server);
  return `dial tcp ${dial}: connect: ${u.reason === 'refused' ? 'connection refused' : 'no route to host'}`;
}

function finalLine(u: Unreachable): string {
  const { host } = hostPort(u.server);
  return u.reason === 'refused' ? `The connection to the server ${host} was refused - did you specify the right host or port?` : `Unable to connect to the server: ${dialError(u)}`;
}

/** The stderr text (and the stdout text, for cluster-info) of a command that found no server. */
export function offlineOutput(eng: Engine, path: string, u: Unreachable, opts: { namespace: string; file?: string }): { stderr: string; stdout: string } {
  const cmd = path.replace(/^kubectl /, '');
  const server = u.server || LOCALHOST;
  const post = POSTS[cmd];
  if (post) {
    const sep = cmd === 'create secret generic' ? ' ' : ': ';
    return { stdout: '', stderr: `error: failed to create ${post.what}${sep}Post "${server}/${post.path.replace('NS', opts.namespace)}?fieldManager=kubectl-create&fieldValidation=Strict": ${dialError(u)}\n` };
  }
  if ((cmd === 'apply' || cmd === 'create') && opts.file) {
    return { stdout: '', stderr: `error: error validating "${opts.file}": error validating data: failed to download openapi: Get "${server}/openapi/v2?timeout=32s": ${dialError(u)}; if you choose to ignore these errors, turn validation off with --validate=false\n` };
  }
  const apiErr = `Get \\"${server}/api?timeout=32s\\": ${dialError(u)}`;
  const line = (i: number) => `${klog(eng, 'memcache.go:265', i)}"Unhandled Error" err="couldn't get current server API group list: ${apiErr}"\n`;
  if (cmd === 'delete' && opts.file) return { stdout: '', stderr: line(0) + `error: unable to recognize "${opts.file}": Get "${server}/api?timeout=32s": ${dialError(u)}\n` };
  if (cmd === 'api-versions') return { stdout: '', stderr: line(0) + `error: couldn't get available api versions from server: Get "${server}/api?timeout=32s": ${dialError(u)}\n` };
  const n = DISCOVERY_LINES[cmd] ?? (cmd.startsWith('top') || cmd.startsWith('create') || cmd === 'events' ? 0 : 5);
  let stderr = '';
  for (let i = 0; i < n; i++) stderr += line(i);
  stderr += finalLine(u) + '\n';
  const stdout = cmd === 'cluster-info' ? "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n" : cmd === 'api-resources' ? 'NAME   SHORTNAMES   APIVERSION   NAMESPACED   KIND\n' : '';
  return { stdout, stderr };
}

/** The `required flag(s) "image" not set` failure, which kubectl logs through klog. */
export function requiredFlagsLine(eng: Engine, flags: readonly string[]): string {
  return `${klog(eng, 'run.go:72', 0)}"command failed" err="required flag(s) ${flags.map((f) => `\\"${f}\\"`).join(', ')} not set"\n`;
}
