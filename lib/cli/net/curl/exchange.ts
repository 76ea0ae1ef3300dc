/**
 * One HTTP exchange through the simulated network (no redirects): the request curl sends, the
 * route to the server, and the server's answer or the failure curl reports.
 */
import { httpRequest, type HttpOutcome } from '../../../sim/index';
import type { NetEnv } from '../types';
import { engineAddress, hostUnreachable, resolveFirst } from '../route';
import { hostHeader, type CurlUrl } from './url';

export interface SentRequest {
  method: string;
  /** Request target (path and query). */
  path: string;
  headers: Array<[string, string]>;
  body: string;
}

export interface Response {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  body: string;
}

export type ExchangeError = 'resolve' | 'refused' | 'timeout' | 'unreachable' | 'empty-reply' | 'ssl';

export type Exchange =
  | { ok: true; url: CurlUrl; ip: string; sent: SentRequest; response: Response }
  | { ok: false; url: CurlUrl; ip?: string; sent: SentRequest; error: ExchangeError };

export interface RequestSpec {
  method: string;
  /** Headers in curl's order; a null value removes a default header. */
  extra: Array<[string, string | null]>;
  body: string;
  userAgent: string;
  bodyType?: string;
}

/** The headers curl sends, in its order: Host, User-Agent, Accept, custom ones, then the body's. */
export function requestHeaders(url: CurlUrl, spec: RequestSpec): Array<[string, string]> {
  const base: Array<[string, string]> = [['Host', hostHeader(url)], ['User-Agent', spec.userAgent], ['Accept', '*/*']];
  const custom = spec.extra;
  const overridden = (k: string) => custom.some(([ck]) => ck.toLowerCase() === k.toLowerCase());
  const out: Array<[string, string]> = base.filter(([k]) => !overridden(k));
  for (const [k, v] of custom) if (v !== null) out.push([k, v]);
  if (spec.body !== '' || spec.bodyType) {
    if (!overridden('Content-Length')) out.push(['Content-Length', String(spec.body.length)]);
    if (spec.bodyType && !overridden('Content-Type')) out.push(['Content-Type', spec.bodyType]);
  }
  return out;
}

export function exchange(net: NetEnv, url: CurlUrl, spec: RequestSpec): Exchange {
  const sent: SentRequest = { method: spec.method, path: url.path, headers: requestHeaders(url, spec), body: spec.body };
  const ip = resolveFirst(net.eng, net.origin, url.host.replace(/^\[|\]$/g, ''));
  if (!ip) return { ok: false, url, sent, error: 'resolve' };
  const headers: Record<string, string> = {};
  for (const [k, v] of sent.headers) headers[k.toLowerCase()] = v;
  const target = { scheme: url.scheme as 'http' | 'https', host: engineAddress(net.eng, net.origin, ip), port: url.port, path: url.path };
  const out: HttpOutcome = httpRequest(net.eng, net.origin, target, { method: spec.method, headers, body: spec.body });
  if (!out.ok) return { ok: false, url, ip, sent, error: out.error === 'timeout' && hostUnreachable(net.eng, net.origin, ip) ? 'unreachable' : out.error };
  const r = out.response;
  return { ok: true, url, ip, sent, response: { status: r.status, statusText: r.statusText, headers: r.headers, body: spec.method === 'HEAD' ? '' : r.body } };
}
