/**
 * The processes minikube adds to the simulated engines: the kicbase node container (systemd as
 * PID 1; its API server on 8443 and the NodePorts that reach services), `/pause` (a pod sandbox
 * process that only waits), and the per-Service virtual IP that kube-proxy programs on the node
 * (round-robin over the ready endpoints).
 */
import type { Engine } from '../core/engine';
import { registerBehaviour } from '../containers/behaviours/index';
import type { HttpRequest, HttpResponse, Listener, ServiceBehaviour } from '../containers/behaviours/types';
import { httpRequest } from '../networks/http';
import { readyEndpoints } from './controllers/endpoints';
import { getObject, listObjects } from './store';
import { liveCtx } from './state';
import type { Service } from './types';

const BAD_GATEWAY: HttpResponse = { status: 502, statusText: 'Bad Gateway', headers: [['Content-Length', '0']], body: '' };

function forward(eng: Engine, from: { kind: 'host' } | { kind: 'container'; id: string }, url: string, req: HttpRequest): HttpResponse {
  const r = httpRequest(eng, from, url, { method: req.method, headers: req.headers, body: req.body });
  return r.ok ? r.response : BAD_GATEWAY;
}

const pause: ServiceBehaviour = {
  name: 'k8s-pause',
  memory: 300_000,
  minMemory: 100_000,
  match: (argv) => argv[0] === '/pause' && argv.length === 1,
  start: () => ({}),
  signal: (_ctx, sig) => (sig === 'SIGTERM' || sig === 'SIGINT' || sig === 'SIGKILL' ? 0 : null),
  listeners: () => [],
  processes: () => [{ user: '65535', cmd: '/pause', parent: -1 }],
};

function serviceOf(eng: Engine, argv: readonly string[]): Service | undefined {
  const ctx = liveCtx(eng);
  const [ns, name] = (argv[2] ?? '').split('/');
  return ctx ? getObject<Service>(ctx, 'services', ns, name ?? '') : undefined;
}

const serviceVip: ServiceBehaviour = {
  name: 'k8s-service-vip',
  memory: 0,
  minMemory: 0,
  match: (argv) => argv[0] === '/pause' && argv[1] === '--service',
  start: () => ({}),
  signal: (_ctx, sig) => (['SIGTERM', 'SIGINT', 'SIGKILL'].includes(sig) ? 0 : null),
  listeners(ctx) {
    const k = liveCtx(ctx.eng);
    const svc = serviceOf(ctx.eng, ctx.argv);
    if (!k || !svc) return [];
    return (svc.spec.ports ?? []).filter((p) => p.protocol === 'TCP' && readyEndpoints(k, svc, p).length > 0).map((p): Listener => ({ port: p.port, proto: 'tcp', kind: 'http' }));
  },
  http(ctx, req) {
    const k = liveCtx(ctx.eng);
    const svc = serviceOf(ctx.eng, ctx.argv);
    const port = svc?.spec.ports?.find((p) => p.port === req.port);
    if (!k || !svc || !port) return BAD_GATEWAY;
    const eps = readyEndpoints(k, svc, port);
    if (eps.length === 0) return BAD_GATEWAY;
    const key = `${svc.metadata.namespace}/${svc.metadata.name}`;
    const n = k.cluster.rr[key] ?? 0;
    k.cluster.rr[key] = n + 1;
    const ep = eps[n % eps.length]!;
    return forward(ctx.eng, { kind: 'container', id: ctx.c.id }, `http://${ep.ip}:${ep.port}${req.path}`, req);
  },
  processes: () => [{ user: 'root', cmd: '/pause', parent: -1 }],
};

function nodePortServices(eng: Engine): Array<{ svc: Service; nodePort: number; port: number }> {
  const k = liveCtx(eng);
  if (!k) return [];
  return listObjects<Service>(k, 'services').flatMap((svc) => (svc.spec.ports ?? []).filter((p) => p.nodePort).map((p) => ({ svc, nodePort: p.nodePort!, port: p.port })));
}

const node: ServiceBehaviour = {
  name: 'minikube-node',
  memory: 650_000_000,
  minMemory: 0,
  match: (argv) => argv[0] === '/usr/local/bin/entrypoint',
  start: () => ({}),
  signal: (_ctx, sig) => (['SIGRTMIN+3', 'SIGTERM', 'SIGINT', 'SIGKILL'].includes(sig) ? (sig === 'SIGKILL' ? 137 : 130) : null),
  listeners(ctx) {
    const base: Listener[] = [
      { port: 22, proto: 'tcp', kind: 'tcp' },
      { port: 2376, proto: 'tcp', kind: 'tls' },
      { port: 8443, proto: 'tcp', kind: 'tls' },
      { port: 32443, proto: 'tcp', kind: 'tls' },
    ];
    return [...base, ...nodePortServices(ctx.eng).map((s): Listener => ({ port: s.nodePort, proto: 'tcp', kind: 'http' }))];
  },
  http(ctx, req) {
    const hit = nodePortServices(ctx.eng).find((s) => s.nodePort === req.port);
    const k = liveCtx(ctx.eng);
    if (!hit || !k) return BAD_GATEWAY;
    return forward(k.node, { kind: 'host' }, `http://${hit.svc.spec.clusterIP}:${hit.port}${req.path}`, req);
  },
  processes: () => [
    { user: 'root', cmd: '/sbin/init', parent: -1 },
    { user: 'root', cmd: '/usr/bin/dockerd -H tcp://0.0.0.0:2376 -H unix:///var/run/docker.sock', parent: 0 },
    { user: 'root', cmd: '/var/lib/minikube/binaries/v1.33.1/kubelet --config=/var/lib/kubelet/config.yaml', parent: 0 },
  ],
};

let registered = false;

/** Register minikube's behaviours once (the registry is global, like the image catalog). */
export function registerKubeBehaviours(): void {
  if (registered) return;
  registered = true;
  registerBehaviour(pause);
  registerBehaviour(serviceVip);
  registerBehaviour(node);
}
