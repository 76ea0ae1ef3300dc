/**
 * BusyBox `wget` (alpine, busybox images): `-qO- URL`, `-O FILE`, `--spider`, `-S`, `-T`,
 * `--header`, `--post-data`, `-U`; its one-line errors (`bad address 'web'`, `can't connect to
 * remote host (ip): Connection refused`, `server returned error: HTTP/1.1 404 Not Found`).
 */
import type { CommandContext, CommandFn } from '../../shell/types';
import { resolvePath } from '../../sim/fs/path';
import { FS_ERROR_TEXT, FsError } from '../../sim/fs/types';
import { advance } from '../../sim/index';
import { busyboxOptError, busyboxUsage } from './busybox';
import { exchange, type Response } from './curl/exchange';
import { parseCurlUrl, resolveLocation, type CurlUrl } from './curl/url';
import { OptTable, all, has, last } from './options';
import type { NetEnv } from './types';

const OPTS = new OptTable([
  { key: 'quiet', short: 'q', long: ['quiet'] },
  { key: 'output', short: 'O', long: ['output-document'], arg: true },
  { key: 'log', short: 'o', long: ['output-file'], arg: true },
  { key: 'continue', short: 'c', long: ['continue'] },
  { key: 'spider', long: ['spider'] },
  { key: 'headers', short: 'S', long: ['server-response'] },
  { key: 'header', long: ['header'], arg: true },
  { key: 'postData', long: ['post-data'], arg: true },
  { key: 'userAgent', short: 'U', long: ['user-agent'], arg: true },
  { key: 'timeout', short: 'T', long: ['timeout'], arg: true },
  { key: 'tries', short: 't', long: ['tries'], arg: true },
  { key: 'prefix', short: 'P', long: ['directory-prefix'], arg: true },
  { key: 'proxy', short: 'Y', long: ['proxy'], arg: true },
  { key: 'noCheck', long: ['no-check-certificate'] },
  { key: 'help', long: ['help'] },
]);

export const BUSYBOX_WGET_USAGE = `Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]
\t[--post-data STR | --post-file FILE] [-Y on/off]
\t[--no-check-certificate] [-P DIR] [-U AGENT] [-T SEC] URL...

Retrieve files via HTTP or FTP

\t--spider\tOnly check URL existence: $? is 0 if exists
\t--header STR\tAdd STR (of form 'header: value') to headers
\t--post-data STR\tSend STR using POST method
\t--post-file FILE\tSend FILE using POST method
\t--no-check-certificate\tDon't validate the server's certificate
\t-c\t\tContinue retrieval of aborted transfer
\t-q\t\tQuiet
\t-P DIR\t\tSave to DIR (default .)
\t-S    \t\tShow server response
\t-T SEC\t\tNetwork read timeout is SEC seconds
\t-O FILE\t\tSave to FILE ('-' for stdout)
\t-o LOGFILE\tLog messages to FILE
\t-U STR\t\tUse STR for User-Agent header
\t-Y on/off\tUse proxy
`;

function bar(name: string, size: number): string {
  const label = name.length > 20 ? name.slice(0, 20) : name.padEnd(20);
  return `${label} 100% |********************************| ${String(size).padStart(5)}  0:00:00 ETA\n`;
}

function fetch(ctx: CommandContext, net: NetEnv, raw: string, p: ReturnType<OptTable['parse']>, quiet: boolean): number {
  const log = (s: string) => {
    if (!quiet) ctx.stderr(s);
  };
  const parsed = parseCurlUrl(raw);
  if (!parsed.ok || parsed.url.scheme === 'file') {
    ctx.stderr(`wget: not an http or ftp url: ${raw}\n`);
    return 1;
  }
  let url: CurlUrl = parsed.url;
  const post = last(p, 'postData');
  const extra: Array<[string, string | null]> = all(p, 'header').map((h) => {
    const i = h.indexOf(':');
    return [h.slice(0, i).trim(), h.slice(i + 1).trim()];
  });
  let response: Response | null = null;
  for (let hops = 0; hops < 20; hops++) {
    const ex = exchange(net, url, { method: post !== undefined ? 'POST' : 'GET', extra, body: post ?? '', userAgent: last(p, 'userAgent') ?? 'Wget', ...(post !== undefined ? { bodyType: 'application/x-www-form-urlencoded' } : {}) });
    if (!ex.ok && ex.error === 'resolve') {
      ctx.stderr(`wget: bad address '${url.host}'\n`);
      return 1;
    }
    log(`Connecting to ${url.host}${url.explicitPort ? ':' + url.port : ''} (${ex.ip}:${url.port})\n`);
    if (!ex.ok) {
      if (ex.error === 'timeout') {
        const t = last(p, 'timeout');
        advance(net.eng, t && /^\d+$/.test(t) ? Number(t) * 1000 : 134_007);
        ctx.stderr(t ? 'wget: download timed out\n' : `wget: can't connect to remote host (${ex.ip}): Operation timed out\n`);
      } else if (ex.error === 'refused') ctx.stderr(`wget: can't connect to remote host (${ex.ip}): Connection refused\n`);
      else if (ex.error === 'unreachable') {
        advance(net.eng, 3_071);
        ctx.stderr(`wget: can't connect to remote host (${ex.ip}): Host is unreachable\n`);
      }
      else ctx.stderr('wget: error getting response: Connection reset by peer\n');
      return 1;
    }
    if (has(p, 'headers')) ctx.stderr(`  HTTP/1.1 ${ex.response.status} ${ex.response.statusText}\n` + ex.response.headers.map(([k, v]) => `  ${k}: ${v}\n`).join(''));
    const location = ex.response.headers.find(([k]) => k.toLowerCase() === 'location')?.[1];
    if ([301, 302, 303, 307, 308].includes(ex.response.status) && location) {
      const next = parseCurlUrl(resolveLocation(url, location));
      if (!next.ok) break;
      url = next.url;
      continue;
    }
    response = ex.response;
    break;
  }
  if (!response) return 1;
  if (response.status >= 400) {
    ctx.stderr(`wget: server returned error: HTTP/1.1 ${response.status} ${response.statusText}\n`);
    return 1;
  }
  if (has(p, 'spider')) {
    log('remote file exists\n');
    return 0;
  }
  const out = last(p, 'output');
  if (out === '-') {
    log('writing to stdout\n');
    if (!quiet) ctx.stderr(bar('-', response.body.length));
    ctx.stdout(response.body);
    log('written to stdout\n');
    return 0;
  }
  const name = out ?? (url.path.split('?')[0]!.replace(/.*\//, '') || 'index.html');
  const dir = last(p, 'prefix');
  const path = resolvePath(ctx.cwd, dir && out === undefined ? `${dir}/${name}` : name);
  if (out === undefined && ctx.fs.stat(path)) {
    ctx.stderr(`wget: can't open '${name}': File exists\n`);
    return 1;
  }
  log(`saving to '${name}'\n`);
  try {
    ctx.fs.writeFile(path, response.body);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    ctx.stderr(`wget: can't open '${name}': ${FS_ERROR_TEXT[e.code]}\n`);
    return 1;
  }
  if (!quiet) ctx.stderr(bar(name, response.body.length));
  log(`'${name}' saved\n`);
  return 0;
}

export function busyboxWget(net: () => NetEnv): CommandFn {
  return (ctx) => {
    const p = OPTS.parse(ctx.argv.slice(1), { longEquals: true });
    if (p.error) {
      ctx.stderr(busyboxOptError('wget', p.error.kind, p.error.name, BUSYBOX_WGET_USAGE));
      return 1;
    }
    if (has(p, 'help') || p.operands.length === 0) {
      ctx.stderr(busyboxUsage(BUSYBOX_WGET_USAGE));
      return 1;
    }
    const quiet = has(p, 'quiet');
    let code = 0;
    for (const u of p.operands) {
      code = fetch(ctx, net(), u, p, quiet);
      if (code !== 0) break;
    }
    return code;
  };
}
