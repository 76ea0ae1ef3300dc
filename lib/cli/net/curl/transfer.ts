/**
 * One URL of a curl command line: the request built from the options, the exchange, redirects
 * with -L (POST becomes GET on 301/302/303 as curl does), and the error curl reports.
 */
import { advance } from '../../../sim/index';
import type { NetEnv } from '../types';
import type { CurlBuild } from './build-info';
import { exchange, type Exchange, type ExchangeError, type RequestSpec } from './exchange';
import type { CurlOptions } from './options';
import { parseCurlUrl, resolveLocation, urlString, type CurlUrl } from './url';

export interface Transfer {
  exchanges: Exchange[];
  /** 0, or curl's exit code. */
  code: number;
  /** curl's error text (without `curl: (N) `). */
  message: string;
  ms: number;
  url: string;
  /** file:// content (no HTTP exchange). */
  file?: string;
}

const KERNEL_CONNECT_TIMEOUT_MS = 134_007;
/** Neighbour discovery gives up after three 1 s probes: EHOSTUNREACH. */
const ARP_TIMEOUT_MS = 3_071;

function base64(s: string): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < s.length; i += 3) {
    const [a, b, c] = [s.charCodeAt(i), s.charCodeAt(i + 1), s.charCodeAt(i + 2)];
    const n = (a << 16) | ((b || 0) << 8) | (c || 0);
    out += chars[(n >> 18) & 63]! + chars[(n >> 12) & 63]! + (i + 1 < s.length ? chars[(n >> 6) & 63]! : '=') + (i + 2 < s.length ? chars[n & 63]! : '=');
  }
  return out;
}

/** Request method, headers and body from the options (data already read from files). */
export function requestSpec(o: CurlOptions, data: string, build: CurlBuild): RequestSpec {
  const extra: Array<[string, string | null]> = [];
  if (o.user !== undefined) extra.push(['Authorization', `Basic ${base64(o.user.includes(':') ? o.user : o.user + ':')}`]);
  if (o.referer) extra.push(['Referer', o.referer]);
  if (o.json !== undefined) extra.push(['Accept', 'application/json']);
  for (const h of o.headers) {
    const i = h.indexOf(':');
    const semi = h.endsWith(';') && i < 0;
    if (semi) extra.push([h.slice(0, -1), '']);
    else if (i > 0) extra.push([h.slice(0, i).trim(), h.slice(i + 1).trim() === '' ? null : h.slice(i + 1).trim()]);
  }
  const hasBody = (o.data.length > 0 || o.json !== undefined) && !o.get;
  const method = o.method ?? (o.head ? 'HEAD' : hasBody ? 'POST' : 'GET');
  const bodyType = hasBody ? (o.json !== undefined ? 'application/json' : 'application/x-www-form-urlencoded') : undefined;
  return { method, extra, body: hasBody ? data : '', userAgent: o.userAgent ?? `curl/${build.version}`, ...(bodyType ? { bodyType } : {}) };
}

function failure(error: ExchangeError, ex: Exchange, o: CurlOptions, build: CurlBuild, eng: NetEnv['eng']): { code: number; message: string; ms: number } {
  const where = `${ex.url.host} port ${ex.url.port}`;
  switch (error) {
    case 'resolve':
      return { code: 6, message: `Could not resolve host: ${ex.url.host}`, ms: 0 };
    case 'refused':
      return { code: 7, message: `Failed to connect to ${where} after 0 ms: Couldn't connect to server`, ms: 0 };
    case 'unreachable':
      advance(eng, ARP_TIMEOUT_MS);
      return { code: 7, message: `Failed to connect to ${where} after ${ARP_TIMEOUT_MS} ms: Couldn't connect to server`, ms: ARP_TIMEOUT_MS };
    case 'empty-reply':
      return { code: 52, message: 'Empty reply from server', ms: 1 };
    case 'ssl':
      return { code: 35, message: build.tlsError, ms: 1 };
    case 'timeout': {
      const limits = [o.maxTime, o.connectTimeout].filter((x): x is number => x !== undefined);
      const ms = limits.length ? Math.round(Math.min(...limits) * 1000) + 1 : KERNEL_CONNECT_TIMEOUT_MS;
      advance(eng, ms);
      if (o.maxTime !== undefined && o.maxTime <= (o.connectTimeout ?? Infinity)) return { code: 28, message: `Connection timed out after ${ms} milliseconds`, ms };
      if (o.connectTimeout !== undefined) return { code: 28, message: `Failed to connect to ${where} after ${ms} ms: Timeout was reached`, ms };
      return { code: 28, message: `Failed to connect to ${where} after ${ms} ms: Couldn't connect to server`, ms };
    }
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Sends one request somewhere else than the network (curl --unix-socket). */
export type Exchanger = (url: CurlUrl, spec: RequestSpec) => Exchange;

export function transfer(net: NetEnv, rawUrl: string, o: CurlOptions, spec0: RequestSpec, build: CurlBuild, readFile: (path: string) => string | null, via?: Exchanger): Transfer {
  const exchanges: Exchange[] = [];
  let spec = spec0;
  let raw = rawUrl;
  let ms = 0;
  if (o.get && o.data.length > 0) raw += (raw.includes('?') ? '&' : '?') + o.data.join('&');
  for (;;) {
    const parsed = parseCurlUrl(raw);
    if (!parsed.ok) return { exchanges, code: parsed.code, message: parsed.message, ms, url: rawUrl };
    const url: CurlUrl = parsed.url;
    if (url.scheme === 'file') {
      const content = readFile(url.path);
      if (content === null) return { exchanges, code: 37, message: `Couldn't open file ${url.path}`, ms, url: rawUrl };
      return { exchanges, code: 0, message: '', ms, url: rawUrl, file: content };
    }
    const ex = via ? via(url, spec) : exchange(net, url, spec);
    exchanges.push(ex);
    if (!ex.ok) {
      const f = failure(ex.error, ex, o, build, net.eng);
      return { exchanges, code: f.code, message: f.message, ms: ms + f.ms, url: rawUrl };
    }
    ms += 1;
    const r = ex.response;
    const location = r.headers.find(([k]) => k.toLowerCase() === 'location')?.[1];
    if (!o.location || !REDIRECTS.has(r.status) || !location) break;
    if (exchanges.length > o.maxRedirs) return { exchanges, code: 47, message: `Maximum (${o.maxRedirs}) redirects followed`, ms, url: rawUrl };
    raw = resolveLocation(url, location);
    if (r.status === 303 || ((r.status === 301 || r.status === 302) && spec.method === 'POST')) {
      spec = { ...spec, method: o.method && r.status !== 303 ? o.method : 'GET', body: '' };
      delete spec.bodyType;
    }
  }
  const last = exchanges.at(-1)!;
  if (last.ok && last.response.status >= 400 && (o.fail || o.failWithBody)) {
    return { exchanges, code: 22, message: `The requested URL returned error: ${last.response.status}`, ms, url: rawUrl };
  }
  return { exchanges, code: 0, message: '', ms, url: urlString(last.url) };
}
