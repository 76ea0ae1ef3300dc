/** Apache httpd: "It works!", AH00558 start-up warnings, common-log access lines, SIGWINCH graceful stop. */
import { basename, type ServiceBehaviour } from './types';
import { apacheTime, clfTime, httpDate } from './time-formats';
import { contentType, etag, lookupStatic } from './static-files';

const NOT_FOUND = '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n';
const ROOT = '/usr/local/apache2/htdocs';

export const httpdBehaviour: ServiceBehaviour = {
  name: 'httpd',
  memory: 4_600_000,
  minMemory: 3_000_000,
  match: (argv) => ['httpd-foreground', 'httpd', 'apache2-foreground'].includes(basename(argv[0] ?? '')),
  start(ctx) {
    const ip = Object.values(ctx.c.networks)[0]?.ipAddress || '127.0.0.1';
    const warn = `AH00558: ${ctx.argv[0] === 'apache2-foreground' ? 'apache2' : 'httpd'}: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message`;
    ctx.log('stderr', warn);
    ctx.log('stderr', warn);
    const v = ctx.env['HTTPD_VERSION'] ?? '2.4.65';
    ctx.log('stderr', `[${apacheTime(ctx.now)}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/${v} (Unix) configured -- resuming normal operations`);
    ctx.log('stderr', `[${apacheTime(ctx.now)}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'`);
    return {};
  },
  signal(ctx, sig) {
    const map: Record<string, string> = { SIGWINCH: 'AH00492: caught SIGWINCH, shutting down gracefully', SIGTERM: 'AH00491: caught SIGTERM, shutting down', SIGINT: 'AH00491: caught SIGTERM, shutting down' };
    const restart = { SIGUSR1: 'AH00493: SIGUSR1 received.  Doing graceful restart', SIGHUP: 'AH00494: SIGHUP received.  Attempting to restart' }[sig];
    if (restart) {
      const v = ctx.env['HTTPD_VERSION'] ?? '2.4.65';
      ctx.log('stderr', `[${apacheTime(ctx.now)}] [mpm_event:notice] [pid 1:tid 1] ${restart}`);
      ctx.log('stderr', `[${apacheTime(ctx.now)}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/${v} (Unix) configured -- resuming normal operations`);
      return null;
    }
    const text = map[sig];
    if (!text) return null;
    ctx.log('stderr', `[${apacheTime(ctx.now)}] [mpm_event:notice] [pid 1:tid 1] ${text}`);
    return 0;
  },
  listeners: () => [{ port: 80, proto: 'tcp', kind: 'http' }],
  http(ctx, req) {
    const v = ctx.env['HTTPD_VERSION'] ?? '2.4.65';
    const root = ctx.fs.stat(ROOT) ? ROOT : '/var/www/html';
    const found = lookupStatic(ctx.fs, root, req.path, ['index.html', 'index.php']);
    const base: Array<[string, string]> = [['Date', httpDate(ctx.now)], ['Server', `Apache/${v} (Unix)`]];
    let res;
    if (found.kind === 'file') {
      res = { status: 200, statusText: 'OK', headers: [...base, ['Last-Modified', httpDate(found.mtime)], ['ETag', etag(found.mtime, found.size)], ['Accept-Ranges', 'bytes'], ['Content-Length', String(found.body.length)], ['Content-Type', contentType(found.path)]] as Array<[string, string]>, body: found.body };
    } else {
      res = { status: 404, statusText: 'Not Found', headers: [...base, ['Content-Length', String(NOT_FOUND.length)], ['Content-Type', 'text/html; charset=iso-8859-1']] as Array<[string, string]>, body: NOT_FOUND };
    }
    ctx.log('stdout', `${req.clientIp} - - [${clfTime(ctx.now)}] "${req.method} ${req.path} HTTP/1.1" ${res.status} ${res.body.length}`);
    return req.method === 'HEAD' ? { ...res, body: '' } : res;
  },
  processes: (ctx) => [
    { user: 'root', cmd: 'httpd -DFOREGROUND', parent: -1 },
    ...[0, 1, 2].map(() => ({ user: ctx.argv[0] === 'apache2-foreground' ? 'www-data' : 'www-data', cmd: 'httpd -DFOREGROUND', parent: 0 })),
  ],
};
