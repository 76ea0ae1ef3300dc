/**
 * nginx (official image and images built on it): the entrypoint's configuration lines, the
 * master/worker start-up notices, static files from the configured root (bind mounts visible),
 * the 404/403 pages, an access-log line per request, graceful SIGQUIT and fast SIGTERM shutdown.
 */
import { basename, type BehaviourCtx, type HttpResponse, type ServiceBehaviour } from './types';
import { clfTime, httpDate, nginxTime } from './time-formats';
import { contentType, etag, lookupStatic } from './static-files';
import { checkNginxConfig } from './nginx-conf-check';
import { NGINX_DEFAULT_CONF } from '../../images/rootfs/nginx-files';
import { emerg, nginxPidPath, nginxTest, nginxVersion, nginxVersionText, readConfd, rememberConf, loadedConf } from './nginx-program';

interface ServerConf {
  port: number;
  root: string;
  index: readonly string[];
}

const DEFAULT_CONF: Readonly<ServerConf> = Object.freeze({ port: 80, root: '/usr/share/nginx/html', index: Object.freeze(['index.html', 'index.htm']) });

/**
 * Parsed configurations (a handful of distinct configs in a session; read on every request). Keyed
 * by the one file's own string when conf.d has a single .conf (its hash is kept by the string, so
 * no concatenated copy is hashed per request), else by the concatenation.
 */
const parsedOne = new Map<string, Readonly<ServerConf>>();
const parsedMany = new Map<string, Readonly<ServerConf>>();
const PARSED_MAX = 32;

/** The first server block of the configuration the master loaded (conf.d/*.conf): listen port, root and index of `location /` (shared, not to be changed). */
function readNginxConf(ctx: BehaviourCtx): Readonly<ServerConf> {
  const loaded = loadedConf(ctx.c);
  const conf = loaded === undefined ? readConfd(ctx.fs) : loaded;
  if (conf === null) return DEFAULT_CONF;
  const key = conf.key;
  return conf.one ? memo(parsedOne, key, () => key + '\n') : memo(parsedMany, key, () => key);
}

function memo(cache: Map<string, Readonly<ServerConf>>, key: string, text: () => string): Readonly<ServerConf> {
  let conf = cache.get(key);
  if (!conf) {
    conf = Object.freeze(parseConf(text()));
    if (cache.size >= PARSED_MAX) cache.delete(cache.keys().next().value!);
    cache.set(key, conf);
  }
  return conf;
}

function parseConf(text: string): ServerConf {
  const conf: ServerConf = { port: 80, root: '/usr/share/nginx/html', index: ['index.html', 'index.htm'] };
  const body = text.replace(/#.*$/gm, '');
  const listen = /\blisten\s+(?:[\d.]+:)?(\d+)/.exec(body);
  if (listen) conf.port = Number(listen[1]);
  const root = /location\s+\/\s*\{[^}]*?\broot\s+([^;\s]+)\s*;/.exec(body) ?? /\broot\s+([^;\s]+)\s*;/.exec(body);
  if (root) conf.root = root[1]!;
  const index = /\bindex\s+([^;]+);/.exec(body);
  if (index) conf.index = index[1]!.trim().split(/\s+/);
  return conf;
}

const version = (ctx: BehaviourCtx) => nginxVersion(ctx.env);

function workers(ctx: BehaviourCtx): number {
  try {
    const m = /^\s*worker_processes\s+(\d+)\s*;/m.exec(ctx.fs.readFile('/etc/nginx/nginx.conf'));
    if (m) return Number(m[1]);
  } catch {
    /* default below */
  }
  return ctx.eng.world.hosts.find((h) => h.name === ctx.eng.host)?.info.ncpu ?? 2;
}

function page(status: number, text: string, v: string): string {
  return `<html>\r\n<head><title>${status} ${text}</title></head>\r\n<body>\r\n<center><h1>${status} ${text}</h1></center>\r\n<hr><center>nginx/${v}</center>\r\n</body>\r\n</html>\r\n`;
}

function prepareFs(ctx: BehaviourCtx): void {
  const e = (ctx.wrapper ?? '').endsWith('docker-entrypoint.sh');
  const out = (s: string) => e && ctx.log('stdout', s);
  if (e) {
    out('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration');
    out('/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/');
    out('/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh');
    const conf = '/etc/nginx/conf.d/default.conf';
    // 10-listen-on-ipv6-by-default.sh: only the packaged default.conf is changed (a learner's own is left alone).
    try {
      const text = ctx.fs.readFile(conf);
      if (text.includes('listen  [::]:')) out('10-listen-on-ipv6-by-default.sh: info: IPv6 listen already enabled');
      else {
        out('10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf');
        const port = /^ {4}listen {7}(\d+);$/m.exec(text)?.[1] ?? '80';
        if (text !== NGINX_DEFAULT_CONF.replace('listen       80;', `listen       ${port};`)) out('10-listen-on-ipv6-by-default.sh: info: /etc/nginx/conf.d/default.conf differs from the packaged version');
        else {
          ctx.fs.writeFile(conf, text.replace(`    listen       ${port};\n`, `    listen       ${port};\n    listen  [::]:${port};\n`));
          out('10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf');
        }
      }
    } catch {
      out('10-listen-on-ipv6-by-default.sh: info: can not modify /etc/nginx/conf.d/default.conf (read-only file system?)');
    }
    out('/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh');
    out('/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh');
    out('/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh');
    out('/docker-entrypoint.sh: Configuration complete; ready for start up');
  }
  try {
    ctx.fs.writeFile(nginxPidPath(ctx.fs), '1\n');
    for (const d of ['client_temp', 'proxy_temp', 'fastcgi_temp', 'uwsgi_temp', 'scgi_temp']) if (!ctx.fs.lstat(`/var/cache/nginx/${d}`)) ctx.fs.mkdir(`/var/cache/nginx/${d}`);
  } catch {
    /* read-only root: nginx would fail here; kept running for the lesson's sake */
  }
}

/** SIGHUP: re-read and test the configuration; a broken one is reported and the old one kept. */
function reload(ctx: BehaviourCtx, w: number): void {
  const t = nginxTime(ctx.now);
  const n = (pid: number, s: string) => ctx.log('stderr', `${t} [notice] ${pid}#${pid}: ${s}`);
  n(1, 'signal 1 (SIGHUP) received from 1, reconfiguring');
  n(1, 'reconfiguring');
  const check = checkNginxConfig(ctx.fs);
  if (check.error !== null) {
    ctx.log('stderr', `${t} [emerg] 1#1: ${check.error}`);
    return;
  }
  rememberConf(ctx.c, readConfd(ctx.fs));
  n(1, 'using the "epoll" event method');
  n(1, 'start worker processes');
  const next = 29 + w;
  for (let i = 0; i < w; i++) n(1, `start worker process ${next + i}`);
  workersExit(n, w, true);
  n(1, 'signal 29 (SIGIO) received');
}

/** The old workers (pids 29…) end — gracefully after a reload or SIGQUIT — and the master reaps them. */
function workersExit(n: (pid: number, s: string) => void, w: number, graceful: boolean): void {
  for (let i = 0; i < w; i++) {
    if (graceful) n(29 + i, 'gracefully shutting down');
    n(29 + i, 'exiting');
    n(29 + i, 'exit');
  }
  for (let i = 0; i < w; i++) {
    n(1, `signal 17 (SIGCHLD) received from ${29 + i}`);
    n(1, `worker process ${29 + i} exited with code 0`);
  }
}

export const nginxBehaviour: ServiceBehaviour = {
  name: 'nginx',
  memory: 3_100_000,
  minMemory: 2_000_000,
  match: (argv) => ['nginx', 'nginx-debug'].includes(basename(argv[0] ?? '')),
  start(ctx) {
    prepareFs(ctx);
    // `nginx -v` / `nginx -t`: print and exit, after the entrypoint's configuration lines.
    const flags = ctx.argv.slice(1).filter((a) => /^-[a-zA-Z?]+$/.test(a)).join('');
    if (flags.includes('v') || flags.includes('V')) {
      ctx.log('stderr', nginxVersionText(ctx.fs, ctx.env, flags.includes('V')).trimEnd());
      return { exit: { code: 0, afterMs: 0 } };
    }
    if (flags.includes('t') || flags.includes('T')) {
      const r = nginxTest(ctx.fs, 1, ctx.now, { dump: flags.includes('T'), quiet: flags.includes('q') });
      if (r.stdout) ctx.log('stdout', r.stdout.trimEnd());
      if (r.stderr) ctx.log('stderr', r.stderr.trimEnd());
      return { exit: { code: r.code, afterMs: 0 } };
    }
    const check = checkNginxConfig(ctx.fs);
    if (check.error !== null) {
      ctx.log('stderr', emerg(check, 1, ctx.now).trimEnd());
      return { exit: { code: 1, afterMs: 0 } };
    }
    const t = nginxTime(ctx.now);
    const n = (s: string) => ctx.log('stderr', `${t} [notice] 1#1: ${s}`);
    n('using the "epoll" event method');
    n(`nginx/${version(ctx)}`);
    n('built by gcc 12.2.0 (Debian 12.2.0-14+deb12u1) ');
    n('OS: Linux 6.8.0-51-generic');
    n('getrlimit(RLIMIT_NOFILE): 1048576:1048576');
    n('start worker processes');
    for (let i = 0; i < workers(ctx); i++) n(`start worker process ${29 + i}`);
    return { memory: { nginx: readConfd(ctx.fs) } };
  },
  signal(ctx, sig) {
    const t = nginxTime(ctx.now);
    const n = (pid: number, s: string) => ctx.log('stderr', `${t} [notice] ${pid}#${pid}: ${s}`);
    const w = workers(ctx);
    if (sig === 'SIGHUP') {
      reload(ctx, w);
      return null;
    }
    if (sig === 'SIGUSR1') {
      n(1, 'signal 10 (SIGUSR1) received from 1, reopening logs');
      n(1, 'reopening logs');
      return null;
    }
    const num = { SIGQUIT: 3, SIGTERM: 15, SIGINT: 2 }[sig];
    if (num === undefined) return null;
    n(1, sig === 'SIGQUIT' ? `signal 3 (SIGQUIT) received, shutting down` : `signal ${num} (${sig}) received, exiting`);
    workersExit(n, w, sig === 'SIGQUIT');
    n(1, 'exit');
    return 0;
  },
  listeners: (ctx) => [{ port: readNginxConf(ctx).port, proto: 'tcp', kind: 'http' }],
  http(ctx, req): HttpResponse {
    const v = version(ctx);
    const conf = readNginxConf(ctx);
    const base: Array<[string, string]> = [['Server', `nginx/${v}`], ['Date', httpDate(ctx.now)]];
    const found = lookupStatic(ctx.fs, conf.root, req.path, conf.index);
    let res: HttpResponse;
    if (found.kind === 'file') {
      res = { status: 200, statusText: 'OK', headers: [...base, ['Content-Type', contentType(found.path)], ['Content-Length', String(found.body.length)], ['Last-Modified', httpDate(found.mtime)], ['Connection', 'keep-alive'], ['ETag', etag(found.mtime, found.size)], ['Accept-Ranges', 'bytes']], body: found.body };
    } else if (found.kind === 'redirect') {
      const body = page(301, 'Moved Permanently', v);
      res = { status: 301, statusText: 'Moved Permanently', headers: [...base, ['Content-Type', 'text/html'], ['Content-Length', String(body.length)], ['Location', `http://${req.host}${found.location}`], ['Connection', 'keep-alive']], body };
    } else {
      const [status, text] = found.kind === 'missing' ? [404, 'Not Found'] : [403, 'Forbidden'];
      const body = page(status, text, v);
      res = { status, statusText: text, headers: [...base, ['Content-Type', 'text/html'], ['Content-Length', String(body.length)], ['Connection', 'keep-alive']], body };
      ctx.log('stderr', `${nginxTime(ctx.now)} [error] 29#29: *1 ${found.kind === 'missing' ? `open() "${conf.root}${req.path}" failed (2: No such file or directory)` : `directory index of "${conf.root}${req.path}" is forbidden`}, client: ${req.clientIp}, server: localhost, request: "${req.method} ${req.path} HTTP/1.1", host: "${req.host}"`);
    }
    const sent = req.method === 'HEAD' ? 0 : res.body.length;
    ctx.log('stdout', `${req.clientIp} - - [${clfTime(ctx.now)}] "${req.method} ${req.path} HTTP/1.1" ${res.status} ${sent} "-" "${req.headers['user-agent'] ?? '-'}" "-"`);
    if (req.method === 'HEAD') res = { ...res, body: '' };
    return res;
  },
  processes(ctx) {
    const cmd = ctx.argv.join(' ');
    const list = [{ user: 'root', cmd: `nginx: master process ${cmd}`, parent: -1 }];
    for (let i = 0; i < workers(ctx); i++) list.push({ user: 'nginx', cmd: 'nginx: worker process', parent: 0 });
    return list;
  },
};
