/** What curl prints around a body: response headers (-i, -I, -D), the -v trace, the progress meter. */
import type { CurlBuild } from './build-info';
import type { Exchange, Response } from './exchange';

export function headerBlock(r: Response): string {
  return `HTTP/1.1 ${r.status} ${r.statusText}\r\n` + r.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('') + '\r\n';
}

/** The `-v` lines before the response body (connection and request), on stderr. */
export function verboseRequest(ex: Exchange, build: CurlBuild, sourcePort: number): string {
  const host = ex.url.host;
  if (!ex.ip) return '';
  let out = `*   Trying ${ex.ip}:${ex.url.port}...\n`;
  if (!ex.ok && (ex.error === 'refused' || ex.error === 'timeout' || ex.error === 'unreachable')) {
    const why = ex.error === 'refused' ? 'Connection refused' : ex.error === 'unreachable' ? 'No route to host' : 'Connection timed out';
    return out + (build.legacyVerbose ? `* connect to ${ex.ip} port ${ex.url.port} failed: ${why}\n` : `* connect to ${ex.ip} port ${ex.url.port} from ${ex.ip.startsWith('127.') ? ex.ip : '0.0.0.0'} port ${sourcePort} failed: ${why}\n`);
  }
  out += `* Connected to ${host} (${ex.ip}) port ${ex.url.port}${build.legacyVerbose ? ' (#0)' : ''}\n`;
  out += `> ${ex.sent.method} ${ex.sent.path} HTTP/1.1\n`;
  out += ex.sent.headers.map(([k, v]) => `> ${k}: ${v}\n`).join('') + '> \n';
  return out;
}

export function verboseResponse(r: Response): string {
  return `< HTTP/1.1 ${r.status} ${r.statusText}\n` + r.headers.map(([k, v]) => `< ${k}: ${v}\n`).join('') + '< \n';
}

export function verboseEnd(ex: Exchange): string {
  return `* Connection #0 to host ${ex.url.host} left intact\n`;
}

export function verboseFailure(message: string, build: CurlBuild): string {
  return `* ${message}\n* Closing connection${build.legacyVerbose ? ' 0' : ''}\n`;
}

/** curl's max5data: a size in at most five characters. */
function max5(bytes: number): string {
  if (bytes < 100000) return String(bytes).padStart(5);
  if (bytes < 10000 * 1024) return `${Math.floor(bytes / 1024)}k`.padStart(5);
  if (bytes < 100 * 1024 * 1024) return `${Math.floor(bytes / 1048576)}.${Math.floor((bytes % 1048576) / 104858)}M`.padStart(5);
  return `${Math.floor(bytes / 1048576)}M`.padStart(5);
}

/** The progress meter curl shows on stderr when the body goes to a file; `ms` is the transfer time. */
export function progressMeter(size: number, ms: number, failed: boolean): string {
  const head = '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n';
  const pct = failed && size === 0 ? '  0' : '100';
  const speed = failed ? 0 : Math.round((size * 1000) / Math.max(1, ms));
  return head + `${pct} ${max5(size)}  ${pct} ${max5(size)}    0 ${max5(0)}  ${max5(speed)}  ${max5(0)} --:--:-- --:--:-- --:--:-- ${max5(speed)}\n`;
}
