#!/usr/bin/env node
// Records the real kubectl's answers for fixture-lines.txt into fixtures.json (stdout, stderr,
// exit code). No cluster is reachable; `[api]` lines talk to a minimal discovery-only API server
// so that client-side dry runs work; `[help]` lines record help pages.
// Run: node lib/cli/kubectl/testing/record-fixtures.mjs (needs kubectl on PATH).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kfix-'));
const res = (name, kind, ns) => ({ name, singularName: kind.toLowerCase(), namespaced: ns, kind, verbs: ['create', 'get', 'list'] });
const discovery = {
  '/api': { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1:6443' }] },
  '/apis': { kind: 'APIGroupList', apiVersion: 'v1', groups: [{ name: 'apps', versions: [{ groupVersion: 'apps/v1', version: 'v1' }], preferredVersion: { groupVersion: 'apps/v1', version: 'v1' } }] },
  '/api/v1': { kind: 'APIResourceList', groupVersion: 'v1', resources: [res('pods', 'Pod', true), res('services', 'Service', true), res('namespaces', 'Namespace', false)] },
  '/apis/apps/v1': { kind: 'APIResourceList', groupVersion: 'apps/v1', resources: [res('deployments', 'Deployment', true)] },
};
const server = http.createServer((req, r) => {
  const body = discovery[req.url.split('?')[0]];
  r.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json' });
  r.end(JSON.stringify(body ?? { kind: 'Status', status: 'Failure', reason: 'NotFound', code: 404 }));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const port = server.address().port;
writeFileSync(join(dir, 'api.yaml'), `apiVersion: v1\nclusters:\n- cluster:\n    server: http://127.0.0.1:${port}\n  name: a\ncontexts:\n- context:\n    cluster: a\n    user: a\n  name: a\ncurrent-context: a\nkind: Config\nusers:\n- name: a\n  user: {}\n`);
const lines = readFileSync(join(here, 'fixture-lines.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
const out = [];
for (const raw of lines) {
  const api = raw.startsWith('[api] ');
  const line = raw.replace(/^\[(api|help)\] /, '');
  const env = { ...process.env, HOME: '/home/learner', KUBECONFIG: api ? join(dir, 'api.yaml') : join(dir, 'none') };
  const r = await new Promise((ok) => {
    const child = spawn('bash', ['-c', line], { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => ok({ stdout, stderr, status }));
  });
  out.push({ cmd: line, api, stdout: r.stdout, stderr: r.stderr, exit: r.status });
}
server.close();
writeFileSync(join(here, 'fixtures.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`${out.length} fixtures`);
