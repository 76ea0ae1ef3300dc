/**
 * An HTTP request through the simulated network, for curl/wget: resolves the host as the caller
 * would, routes the connection (reach.ts), and lets the target container's behaviour answer
 * (nginx files, httpd, the registry API…). Failures carry what curl needs to print its own words.
 */
import { onHost, type Engine } from '../core/engine';
import { appendLog } from '../containers/logs';
import { behaviourByName } from '../containers/behaviours/index';
import type { HttpResponse } from '../containers/behaviours/types';
import { envRecord } from '../containers/defaults';
import { publicHostByIp } from './internet';
import { connect, resolveName, type Origin } from './reach';

export interface HttpOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export type HttpError =
  /** curl (6) Could not resolve host */
  | 'resolve'
  /** curl (7) Failed to connect … Couldn't connect to server */
  | 'refused'
  /** curl (28) Connection timed out */
  | 'timeout'
  /** curl (52) Empty reply from server (not an HTTP server, or TLS expected) */
  | 'empty-reply'
  /** curl (35) TLS handshake with a plain HTTP server */
  | 'ssl';

export type HttpOutcome =
  | { ok: true; response: HttpResponse; ip: string; port: number; host: string }
  | { ok: false; error: HttpError; ip?: string; port: number; host: string };

export interface ParsedUrl {
  scheme: 'http' | 'https';
  host: string;
  port: number;
  path: string;
}

/** Parse like curl: a missing scheme means http; default ports 80/443. */
export function parseUrl(raw: string): ParsedUrl | null {
  const m = /^(?:(https?):\/\/)?([^/:?#]+|\[[^\]]+\])(?::(\d+))?([^#]*)/i.exec(raw.trim());
  if (!m) return null;
  const scheme = (m[1]?.toLowerCase() ?? 'http') as 'http' | 'https';
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  if (port > 65535) return null;
  return { scheme, host: m[2]!, port, path: m[4] || '/' };
}

export function httpRequest(eng: Engine, from: Origin, url: string | ParsedUrl, o: HttpOptions = {}): HttpOutcome {
  const u = typeof url === 'string' ? parseUrl(url) : url;
  if (!u) return { ok: false, error: 'resolve', port: 0, host: String(url) };
  const ip = resolveName(eng, from, u.host);
  if (!ip) return { ok: false, error: 'resolve', port: u.port, host: u.host };
  const conn = connect(eng, from, ip, u.port);
  if (!conn.ok) return { ok: false, error: conn.error, ip, port: u.port, host: u.host };
  const t = conn.target;
  if (t.kind === 'internet') {
    const pub = publicHostByIp(t.ip);
    return pub ? { ok: true, response: pub.http(u.path), ip, port: u.port, host: u.host } : { ok: false, error: 'timeout', ip, port: u.port, host: u.host };
  }
  const kind = t.listener.kind;
  if (u.scheme === 'https' && kind === 'http') return { ok: false, error: 'ssl', ip, port: u.port, host: u.host };
  const c = t.c;
  if (t.host && t.host !== eng.host) eng = onHost(eng, t.host);
  const b = c.proc?.behaviour ? behaviourByName(c.proc.behaviour) : undefined;
  const now = eng.world.clock;
  const headers: Record<string, string> = { 'user-agent': 'curl/8.5.0', accept: '*/*' };
  for (const [k, v] of Object.entries(o.headers ?? {})) headers[k.toLowerCase()] = v;
  const hostHeader = u.port === (u.scheme === 'https' ? 443 : 80) ? u.host : `${u.host}:${u.port}`;
  const ctx = { eng, c, fs: t.fs, now, env: envRecord(c.config.Env), argv: [c.path, ...c.args], wrapper: c.proc?.wrapper ?? null, log: (s: 'stdout' | 'stderr', text: string, at?: number) => appendLog(c, s, text, at ?? now) };
  const req = { method: (o.method ?? 'GET').toUpperCase(), path: u.path, headers, body: o.body ?? '', host: headers['host'] ?? hostHeader, port: t.port, clientIp: t.clientIp };
  if (kind !== 'http' && !(u.scheme === 'https' && kind === 'tls')) {
    if (kind === 'tls') b?.rejected?.(ctx, req);
    return { ok: false, error: 'empty-reply', ip, port: u.port, host: u.host };
  }
  if (!b?.http) return { ok: false, error: 'empty-reply', ip, port: u.port, host: u.host };
  return { ok: true, response: b.http(ctx, req), ip, port: u.port, host: u.host };
}
