/** curl's --write-out (-w): `%{variable}` fields, `%%`, and the `\n` `\r` `\t` escapes. */
import type { Exchange } from './exchange';
import { urlString } from './url';

export interface TransferSummary {
  last: Exchange | null;
  hops: number;
  exitCode: number;
  errorMessage: string;
  /** Milliseconds the transfer took. */
  ms: number;
  url: string;
}

function variable(name: string, t: TransferSummary): string | undefined {
  const ex = t.last;
  const res = ex?.ok ? ex.response : null;
  const header = (h: string) => res?.headers.find(([k]) => k.toLowerCase() === h)?.[1];
  const secs = (t.ms / 1000).toFixed(6);
  switch (name) {
    case 'http_code':
    case 'response_code':
      return String(res?.status ?? 0).padStart(3, '0');
    case 'size_download':
      return String(res?.body.length ?? 0);
    case 'size_header':
      return String(res ? res.headers.reduce((n, [k, v]) => n + k.length + v.length + 4, 19 + res.statusText.length) : 0);
    case 'size_upload':
    case 'size_request':
      return String(ex?.sent.body.length ?? 0);
    case 'content_type':
      return header('content-type') ?? '';
    case 'redirect_url':
      return header('location') ?? '';
    case 'url_effective':
      return ex ? urlString(ex.url) : t.url;
    case 'url':
      return t.url;
    case 'remote_ip':
      return ex?.ip ?? '';
    case 'remote_port':
      return ex?.ip ? String(ex.url.port) : '0';
    case 'num_redirects':
      return String(Math.max(0, t.hops - 1));
    case 'method':
      return ex?.sent.method ?? 'GET';
    case 'scheme':
      return (ex?.url.scheme ?? 'http').toUpperCase();
    case 'http_version':
      return res ? '1.1' : '0';
    case 'exitcode':
      return String(t.exitCode);
    case 'errormsg':
      return t.errorMessage;
    case 'time_total':
    case 'time_connect':
    case 'time_starttransfer':
    case 'time_namelookup':
    case 'time_appconnect':
    case 'time_pretransfer':
      return secs;
    case 'speed_download':
      return res && t.ms > 0 ? String(Math.round((res.body.length * 1000) / t.ms)) : '0';
    default:
      return undefined;
  }
}

/** Expand a -w format; unknown variables are reported on stderr (as curl warns) and print nothing. */
export function expandWriteOut(format: string, t: TransferSummary, warn: (text: string) => void): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '%' && format[i + 1] === '%') {
      out += '%';
      i++;
    } else if (ch === '%' && format[i + 1] === '{') {
      const end = format.indexOf('}', i);
      if (end < 0) {
        out += format.slice(i);
        break;
      }
      const name = format.slice(i + 2, end);
      const v = variable(name, t);
      if (v === undefined) warn(`curl: unknown --write-out variable: '${name}'\n`);
      else out += v;
      i = end;
    } else if (ch === '\\' && i + 1 < format.length && 'nrt\\'.includes(format[i + 1]!)) {
      out += { n: '\n', r: '\r', t: '\t', '\\': '\\' }[format[i + 1] as 'n' | 'r' | 't' | '\\'];
      i++;
    } else out += ch;
  }
  return out;
}
