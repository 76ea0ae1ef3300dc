/**
 * Long-running tools with simple start-up logs and HTTP endpoints: registry, prometheus,
 * grafana, cadvisor, Elastic stack, selenium, adminer. Built from one small table-driven factory.
 */
import { hostOf } from '../../core/engine';
import { stableHex } from '../../core/rng';
import { basename, type BehaviourCtx, type HttpResponse, type Listener, type ServiceBehaviour } from './types';
import { isoTime } from './time-formats';

type Route = (ctx: BehaviourCtx, path: string) => HttpResponse | null;

interface DaemonSpec {
  name: string;
  match: (argv: readonly string[], wrapper: string | null) => boolean;
  logs: (ctx: BehaviourCtx) => Array<[number, 'stdout' | 'stderr', string]>;
  listeners: (ctx: BehaviourCtx) => Listener[];
  routes?: Route;
  exitCodeOnTerm?: number;
  user: string;
  memory: number;
  minMemory?: number;
  readyAfterMs?: number;
}

export const json = (status: number, body: unknown, extra: Array<[string, string]> = []): HttpResponse => {
  const text = JSON.stringify(body);
  return { status, statusText: status === 200 ? 'OK' : status === 404 ? 'Not Found' : 'Error', headers: [['Content-Type', 'application/json; charset=utf-8'], ...extra, ['Content-Length', String(text.length)]], body: text };
};
const text = (status: number, body: string, type = 'text/plain; charset=utf-8', extra: Array<[string, string]> = []): HttpResponse => ({ status, statusText: status === 200 ? 'OK' : status === 302 ? 'Found' : 'Not Found', headers: [['Content-Type', type], ...extra, ['Content-Length', String(body.length)]], body });
const redirect = (to: string): HttpResponse => ({ status: 302, statusText: 'Found', headers: [['Content-Type', 'text/html; charset=utf-8'], ['Location', to]], body: `<a href="${to}">Found</a>.\n\n` });

function daemon(spec: DaemonSpec): ServiceBehaviour {
  return {
    name: spec.name,
    memory: spec.memory,
    minMemory: spec.minMemory ?? Math.round(spec.memory / 3),
    match: spec.match,
    start(ctx) {
      for (const [ms, stream, line] of spec.logs(ctx)) ctx.log(stream, line, ctx.now + ms);
      return spec.readyAfterMs ? { readyAfterMs: spec.readyAfterMs } : {};
    },
    signal: (_ctx, sig) => (sig === 'SIGTERM' || sig === 'SIGINT' || sig === 'SIGQUIT' ? (spec.exitCodeOnTerm ?? 0) : null),
    listeners: spec.listeners,
    http: spec.routes ? (ctx, req) => spec.routes!(ctx, req.path) ?? text(404, '404 page not found\n') : undefined,
    processes: (ctx) => [{ user: spec.user, cmd: ctx.argv.join(' '), parent: -1 }],
  };
}

const logfmt = (ctx: BehaviourCtx, level: string, msg: string, rest = '') => `time="${isoTime(ctx.now)}" level=${level} msg="${msg}"${rest}`;
const tcp = (port: number, kind: Listener['kind'] = 'http'): Listener => ({ port, proto: 'tcp', kind });

export const registryBehaviour = daemon({
  name: 'registry',
  user: 'root',
  memory: 9_000_000,
  match: (argv, wrapper) => basename(argv[0] ?? '') === 'registry' || (wrapper === '/entrypoint.sh' && /\.ya?ml$/.test(argv[0] ?? '')),
  logs: (ctx) => [
    [0, 'stderr', logfmt(ctx, 'warning', 'No HTTP secret provided - generated random secret. This may cause problems with uploads if multiple registries are behind a load-balancer. To provide a shared secret, fill in http.secret in the configuration file or set the REGISTRY_HTTP_SECRET environment variable.', ' go.version=go1.20.8 instance.id=' + stableHex(ctx.c.id, 8) + ' service=registry version=2.8.3')],
    [0, 'stderr', logfmt(ctx, 'info', 'redis not configured', ' go.version=go1.20.8 service=registry version=2.8.3')],
    [0, 'stderr', logfmt(ctx, 'info', 'Starting upload purge in 20m0s', ' go.version=go1.20.8 service=registry version=2.8.3')],
    [0, 'stderr', logfmt(ctx, 'info', 'using inmemory blob descriptor cache', ' go.version=go1.20.8 service=registry version=2.8.3')],
    [0, 'stderr', logfmt(ctx, 'info', 'listening on [::]:5000', ' go.version=go1.20.8 service=registry version=2.8.3')],
  ],
  listeners: () => [tcp(5000)],
  routes: (_ctx, path) => {
    const api: [string, string] = ['Docker-Distribution-Api-Version', 'registry/2.0'];
    if (path === '/v2/' || path === '/v2') return json(200, {}, [api]);
    if (path.startsWith('/v2/_catalog')) return json(200, { repositories: [] }, [api]);
    if (path === '/') return text(200, '');
    return null;
  },
});

export const prometheusBehaviour = daemon({
  name: 'prometheus',
  user: 'nobody',
  memory: 60_000_000,
  readyAfterMs: 200,
  match: (argv) => basename(argv[0] ?? '') === 'prometheus',
  logs: (ctx) => {
    const t = isoTime(ctx.now);
    return [
      [0, 'stderr', `time=${t} level=INFO source=main.go:674 msg="No time or size retention was set so using the default time retention" duration=15d`],
      [0, 'stderr', `time=${t} level=INFO source=main.go:725 msg="Starting Prometheus Server" mode=server version="(version=3.5.0, branch=HEAD, revision=8be3a9560fbdd18a94dedec4b747c35178177202)"`],
      [50, 'stderr', `time=${t} level=INFO source=web.go:660 msg="Start listening for connections" component=web address=0.0.0.0:9090`],
      [200, 'stderr', `time=${t} level=INFO source=main.go:1335 msg="Server is ready to receive web requests."`],
    ];
  },
  listeners: () => [tcp(9090)],
  routes: (_ctx, path) => {
    if (path === '/') return redirect('/query');
    if (path === '/-/healthy') return text(200, 'Prometheus Server is Healthy.\n');
    if (path === '/-/ready') return text(200, 'Prometheus Server is Ready.\n');
    if (path.startsWith('/metrics')) return text(200, '# HELP go_goroutines Number of goroutines that currently exist.\n# TYPE go_goroutines gauge\ngo_goroutines 38\n', 'text/plain; version=0.0.4; charset=utf-8');
    if (path.startsWith('/query') || path.startsWith('/graph')) return text(200, '<!doctype html><html lang="en"><head><title>Prometheus Time Series Collection and Processing Server</title></head><body></body></html>', 'text/html; charset=utf-8');
    return null;
  },
});

export const nodeExporterBehaviour = daemon({
  name: 'node-exporter',
  user: 'nobody',
  memory: 12_000_000,
  match: (argv) => basename(argv[0] ?? '') === 'node_exporter',
  logs: (ctx) => {
    const t = isoTime(ctx.now);
    return [
      [0, 'stderr', `time=${t} level=INFO source=node_exporter.go:216 msg="Starting node_exporter" version="(version=1.9.1, branch=HEAD, revision=f2ec547b49af53815038a50265aa2adcd1275959)"`],
      [0, 'stderr', `time=${t} level=INFO source=tls_config.go:347 msg="Listening on" address=[::]:9100`],
      [0, 'stderr', `time=${t} level=INFO source=tls_config.go:350 msg="TLS is disabled." http2=false address=[::]:9100`],
    ];
  },
  listeners: () => [tcp(9100)],
  routes: (_ctx, path) => {
    if (path === '/') return text(200, '<html>\n<head><title>Node Exporter</title></head>\n<body>\n<h1>Node Exporter</h1>\n<p><a href="/metrics">Metrics</a></p>\n</body>\n</html>\n', 'text/html; charset=UTF-8');
    if (path.startsWith('/metrics')) return text(200, '# HELP node_load1 1m load average.\n# TYPE node_load1 gauge\nnode_load1 0.21\n# HELP node_memory_MemAvailable_bytes Memory information field MemAvailable_bytes.\n# TYPE node_memory_MemAvailable_bytes gauge\nnode_memory_MemAvailable_bytes 6.04e+09\n', 'text/plain; version=0.0.4; charset=utf-8');
    return null;
  },
});

export const grafanaBehaviour = daemon({
  name: 'grafana',
  user: 'grafana',
  memory: 90_000_000,
  readyAfterMs: 1_500,
  match: (argv) => argv[0] === '/run.sh' || basename(argv[0] ?? '') === 'grafana',
  logs: (ctx) => {
    const t = isoTime(ctx.now).replace('Z', '+00:00');
    return [
      [0, 'stdout', `logger=settings t=${t} level=info msg="Starting Grafana" version=12.1.1 commit=df5de8219b41d1e639e003bf5f3a85913761d167 branch=HEAD compiled=${t}`],
      [0, 'stdout', `logger=settings t=${t} level=info msg="Config loaded from" file=/usr/share/grafana/conf/defaults.ini`],
      [1_500, 'stdout', `logger=http.server t=${t} level=info msg="HTTP Server Listen" address=[::]:3000 protocol=http subUrl= socket=`],
    ];
  },
  listeners: () => [tcp(3000)],
  routes: (_ctx, path) => {
    if (path === '/') return redirect('/login');
    if (path === '/login') return text(200, '<!doctype html><html lang="en-US"><head><title>Grafana</title></head><body></body></html>', 'text/html; charset=UTF-8');
    if (path === '/api/health') return json(200, { database: 'ok', version: '12.1.1', commit: 'df5de8219b41d1e639e003bf5f3a85913761d167' });
    return null;
  },
});

export const cadvisorBehaviour = daemon({
  name: 'cadvisor',
  user: 'root',
  memory: 45_000_000,
  match: (argv) => basename(argv[0] ?? '') === 'cadvisor',
  logs: (ctx) => [[0, 'stderr', `W${isoTime(ctx.now).slice(5, 10).replace('-', '')} ${isoTime(ctx.now).slice(11, 23)}       1 manager.go:159] Cannot detect current cgroup on cgroup v2`], [0, 'stderr', `I${isoTime(ctx.now).slice(5, 10).replace('-', '')} ${isoTime(ctx.now).slice(11, 23)}       1 cadvisor.go:195] Starting cAdvisor version: v0.52.1-5ca5a3ae on port 8080`]],
  listeners: () => [tcp(8080)],
  routes: (_ctx, path) => {
    if (path === '/healthz') return text(200, 'ok');
    if (path === '/') return redirect('/containers/');
    if (path.startsWith('/containers')) return text(200, '<html><head><title>cAdvisor - /</title></head><body></body></html>', 'text/html; charset=utf-8');
    if (path.startsWith('/metrics')) return text(200, '# HELP container_cpu_usage_seconds_total Cumulative cpu time consumed in seconds.\n', 'text/plain; version=0.0.4; charset=utf-8');
    return null;
  },
});

export const kibanaBehaviour = daemon({
  name: 'kibana',
  user: 'kibana',
  memory: 450_000_000,
  readyAfterMs: 15_000,
  match: (argv) => basename(argv[0] ?? '') === 'kibana-docker' || basename(argv[0] ?? '') === 'kibana',
  logs: (ctx) => [[0, 'stdout', `[${isoTime(ctx.now).replace('Z', '+00:00')}][INFO ][root] Kibana is starting`], [15_000, 'stdout', `[${isoTime(ctx.now + 15_000).replace('Z', '+00:00')}][INFO ][http.server.Kibana] http server running at http://0.0.0.0:5601`]],
  listeners: () => [tcp(5601)],
  routes: (ctx, path) => {
    if (path === '/') return redirect('/app/home');
    if (path.startsWith('/app')) return text(200, '<!DOCTYPE html><html lang="en"><head><title>Elastic</title></head><body></body></html>', 'text/html; charset=utf-8');
    if (path.split('?')[0] === '/api/status') {
      const number = hostOf(ctx.eng).images[ctx.c.imageId]?.config.Labels?.['org.opencontainers.image.version'] ?? '8.19.2';
      return json(200, { name: ctx.c.config.Hostname, uuid: stableHex(ctx.c.id + 'kibana', 32), version: { number, build_hash: stableHex(`kibana-${number}`, 40), build_number: 87_000, build_snapshot: false, build_flavor: 'traditional', build_date: '2025-08-05T00:00:00.000Z' }, status: { overall: { level: 'available', summary: 'All services and plugins are available' } } });
    }
    return null;
  },
});

export const seleniumBehaviour = daemon({
  name: 'selenium',
  user: 'seluser',
  memory: 350_000_000,
  readyAfterMs: 3_000,
  match: (argv) => basename(argv[0] ?? '') === 'entry_point.sh',
  logs: (ctx) => [[0, 'stdout', `${isoTime(ctx.now).slice(0, 19).replace('T', ' ')},000 INFO Included extra file "/etc/supervisor/conf.d/selenium.conf" during parsing`], [3_000, 'stdout', `09:00:03.000 INFO [Standalone.execute] - Started Selenium Standalone 4.35.0 (revision 1c58e5028b): http://172.17.0.2:4444`]],
  listeners: () => [tcp(4444), tcp(7900), tcp(5900, 'tcp')],
  routes: (_ctx, path) => (path === '/status' ? json(200, { value: { ready: true, message: 'Selenium Grid ready.' } }) : path === '/' ? redirect('/ui/') : null),
});

export const phpServerBehaviour = daemon({
  name: 'php-server',
  user: 'adminer',
  memory: 12_000_000,
  match: (argv) => basename(argv[0] ?? '') === 'php' && argv.includes('-S'),
  logs: (ctx) => [[0, 'stderr', `[${new Date(ctx.now).toUTCString().slice(0, 25)}] PHP 8.4.11 Development Server (http://[::]:8080) started`]],
  listeners: () => [tcp(8080)],
  routes: (_ctx, path) => (path === '/' || path.startsWith('/?') ? text(200, '<!DOCTYPE html>\n<html lang="en" dir="ltr">\n<title>Login - Adminer</title>\n', 'text/html; charset=utf-8') : null),
});
