/**
 * GNU Wget 1.21 (the host, Debian-based images that ship it): the dated request line, resolving
 * and connecting steps, `Saving to: ‘file’` with the progress bar, and its exit codes
 * (4 network failure, 8 server error).
 */
import type { CommandContext, CommandFn } from '../../shell/types';
import { resolvePath } from '../../sim/fs/path';
import { FS_ERROR_TEXT, FsError } from '../../sim/fs/types';
import { advance } from '../../sim/index';
import { exchange, type Response } from './curl/exchange';
import { parseCurlUrl, resolveLocation, urlString, type CurlUrl } from './curl/url';
import { OptTable, all, has, last } from './options';
import { isIpv4 } from './route';
import type { NetEnv } from './types';

const OPTS = new OptTable([
  { key: 'quiet', short: 'q', long: ['quiet'] },
  { key: 'output', short: 'O', long: ['output-document'], arg: true },
  { key: 'spider', long: ['spider'] },
  { key: 'headers', short: 'S', long: ['server-response'] },
  { key: 'header', long: ['header'], arg: true },
  { key: 'postData', long: ['post-data'], arg: true },
  { key: 'userAgent', short: 'U', long: ['user-agent'], arg: true },
  { key: 'timeout', short: 'T', long: ['timeout'], arg: true },
  { key: 'tries', short: 't', long: ['tries'], arg: true },
  { key: 'noVerbose', long: ['no-verbose'], short: 'n' },
  { key: 'noCheck', long: ['no-check-certificate'] },
  { key: 'help', short: 'h', long: ['help'] },
  { key: 'version', short: 'V', long: ['version'] },
]);

const pad = (n: number) => String(n).padStart(2, '0');
function stamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function bar(name: string, size: number): string {
  return `${name.padEnd(19).slice(0, 19)} 100%[===================>] ${String(size).padStart(7)}  --.-KB/s    in 0s      \n\n`;
}

function uniqueName(ctx: CommandContext, name: string): string {
  let candidate = name;
  for (let i = 1; ctx.fs.stat(resolvePath(ctx.cwd, candidate)); i++) candidate = `${name}.${i}`;
  return candidate;
}

function get(ctx: CommandContext, net: NetEnv, raw: string, p: ReturnType<OptTable['parse']>): number {
  const quiet = has(p, 'quiet');
  const log = (s: string) => {
    if (!quiet) ctx.stderr(s);
  };
  const parsed = parseCurlUrl(raw);
  if (!parsed.ok || parsed.url.scheme === 'file') {
    ctx.stderr(`${raw}: Unsupported scheme.\n`);
    return 1;
  }
  let url: CurlUrl = parsed.url;
  const post = last(p, 'postData');
  const extra: Array<[string, string | null]> = all(p, 'header').map((h) => [h.slice(0, h.indexOf(':')).trim(), h.slice(h.indexOf(':') + 1).trim()]);
  let response: Response | null = null;
  for (let hops = 0; hops < 20 && !response; hops++) {
    log(`--${stamp(net.eng.world.clock)}--  ${urlString(url)}\n`);
    const ex = exchange(net, url, { method: post !== undefined ? 'POST' : 'GET', extra, body: post ?? '', userAgent: last(p, 'userAgent') ?? 'Wget/1.21.4', ...(post !== undefined ? { bodyType: 'application/x-www-form-urlencoded' } : {}) });
    const numeric = isIpv4(url.host);
    if (!ex.ok && ex.error === 'resolve') {
      log(`Resolving ${url.host} (${url.host})... failed: Name or service not known.\n`);
      ctx.stderr(`wget: unable to resolve host address ‘${url.host}’\n`);
      return 4;
    }
    if (!numeric) log(`Resolving ${url.host} (${url.host})... ${ex.ip}\n`);
    const to = numeric ? `${url.host}:${url.port}` : `${url.host} (${url.host})|${ex.ip}|:${url.port}`;
    if (!ex.ok) {
      if (ex.error === 'timeout' || ex.error === 'unreachable') advance(net.eng, ex.error === 'timeout' ? 134_007 : 3_071);
      const why = ex.error === 'refused' ? 'Connection refused' : ex.error === 'timeout' ? 'Connection timed out' : ex.error === 'unreachable' ? 'No route to host' : 'Connection reset by peer';
      if (quiet) return 4;
      log(`Connecting to ${to}... failed: ${why}.\n`);
      return 4;
    }
    log(`Connecting to ${to}... connected.\nHTTP request sent, awaiting response... ${ex.response.status} ${ex.response.statusText}\n`);
    const location = ex.response.headers.find(([k]) => k.toLowerCase() === 'location')?.[1];
    if ([301, 302, 303, 307, 308].includes(ex.response.status) && location) {
      log(`Location: ${location} [following]\n`);
      const next = parseCurlUrl(resolveLocation(url, location));
      if (!next.ok) return 1;
      url = next.url;
      continue;
    }
    response = ex.response;
  }
  if (!response) return 1;
  if (response.status >= 400) {
    log(`${stamp(net.eng.world.clock)} ERROR ${response.status}: ${response.statusText}.\n\n`);
    return 8;
  }
  const type = response.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1]?.split(';')[0];
  log(`Length: ${response.body.length}${type ? ` [${type}]` : ''}\n`);
  if (has(p, 'spider')) {
    log('Remote file exists and could contain further links,\nbut recursion is disabled -- not retrieving.\n\n');
    return 0;
  }
  const out = last(p, 'output');
  if (out === '-') {
    log(`Saving to: ‘STDOUT’\n\n`);
    ctx.stdout(response.body);
    log(bar('-', response.body.length) + `${stamp(net.eng.world.clock)} (58.7 MB/s) - written to stdout [${response.body.length}/${response.body.length}]\n\n`);
    return 0;
  }
  const name = out ?? uniqueName(ctx, url.path.split('?')[0]!.replace(/.*\//, '') || 'index.html');
  log(`Saving to: ‘${name}’\n\n`);
  try {
    ctx.fs.writeFile(resolvePath(ctx.cwd, name), response.body);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    ctx.stderr(`${name}: ${FS_ERROR_TEXT[e.code]}\n`);
    return 3;
  }
  log(bar(name, response.body.length) + `${stamp(net.eng.world.clock)} (58.7 MB/s) - ‘${name}’ saved [${response.body.length}/${response.body.length}]\n\n`);
  return 0;
}

export function gnuWget(net: () => NetEnv): CommandFn {
  return (ctx) => {
    const p = OPTS.parse(ctx.argv.slice(1), { longEquals: true });
    if (p.error) {
      const n = p.error.name;
      ctx.stderr((p.error.kind === 'unknown' ? (n.startsWith('--') ? `wget: unrecognized option '${n}'\n` : `wget: invalid option -- '${n.slice(1)}'\n`) : `wget: option requires an argument -- '${n.replace(/^-+/, '')}'\n`) + "Usage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n");
      return 2;
    }
    if (has(p, 'version')) {
      ctx.stdout('GNU Wget 1.21.4 built on linux-gnu.\n');
      return 0;
    }
    if (p.operands.length === 0) {
      ctx.stderr("wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n");
      return 1;
    }
    let code = 0;
    for (const u of p.operands) code = Math.max(code, get(ctx, net(), u, p));
    return code;
  };
}
