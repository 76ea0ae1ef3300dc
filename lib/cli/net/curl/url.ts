/** URL parsing as curl's URL API does it, with its rejection messages (exit 3) and scheme errors (exit 1). */

export interface CurlUrl {
  scheme: string;
  host: string;
  port: number;
  /** Path and query, never empty (`/`). */
  path: string;
  /** Whether the port was written in the URL. */
  explicitPort: boolean;
}

export type UrlParse = { ok: true; url: CurlUrl } | { ok: false; code: number; message: string };

const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443, file: 0 };
const URL_RE = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?(\[[^\]]*\]|[^/:?#]*)(?::([^/?#]*))?([^#]*)/;

export function parseCurlUrl(raw: string): UrlParse {
  const m = URL_RE.exec(raw.trim());
  if (!m) return { ok: false, code: 3, message: 'URL using bad/illegal format or missing URL' };
  const scheme = (m[1] ?? 'http').toLowerCase();
  if (scheme === 'file') {
    const path = raw.replace(/^file:\/\/(localhost)?/i, '') || '/';
    return { ok: true, url: { scheme, host: '', port: 0, path, explicitPort: false } };
  }
  if (!(scheme in DEFAULT_PORTS)) return { ok: false, code: 1, message: `Protocol "${scheme}" not supported` };
  const host = m[2] ?? '';
  if (host === '') return { ok: false, code: 3, message: 'URL rejected: No host part in the URL' };
  const portText = m[3];
  let port = DEFAULT_PORTS[scheme]!;
  if (portText !== undefined && portText !== '') {
    if (!/^\d+$/.test(portText) || Number(portText) > 65535) return { ok: false, code: 3, message: 'URL rejected: Port number was not a decimal number between 0 and 65535' };
    port = Number(portText);
  }
  const rest = m[4] ?? '';
  const path = rest === '' ? '/' : rest.startsWith('/') ? rest : '/' + rest;
  return { ok: true, url: { scheme, host: host.toLowerCase(), port, path, explicitPort: portText !== undefined && portText !== '' } };
}

export function urlString(u: CurlUrl): string {
  if (u.scheme === 'file') return `file://${u.path}`;
  return `${u.scheme}://${u.host}${u.explicitPort ? ':' + u.port : ''}${u.path}`;
}

/** Resolve a Location header against the current URL. */
export function resolveLocation(base: CurlUrl, location: string): string {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(location)) return location;
  const origin = `${base.scheme}://${base.host}${base.explicitPort ? ':' + base.port : ''}`;
  if (location.startsWith('//')) return `${base.scheme}:${location}`;
  if (location.startsWith('/')) return origin + location;
  const dir = base.path.split('?')[0]!.replace(/[^/]*$/, '');
  return origin + dir + location;
}

/** Host header value: the port only when it is not the scheme's default. */
export function hostHeader(u: CurlUrl): string {
  return u.port === DEFAULT_PORTS[u.scheme] ? u.host : `${u.host}:${u.port}`;
}
