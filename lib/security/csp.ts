/**
 * The site's Content-Security-Policy and the other security headers, as plain data.
 *
 * Scripts: no 'unsafe-inline', no 'unsafe-eval'. Next inlines its bootstrap and RSC payload as inline
 * scripts; statically generated pages cannot carry a per-request nonce, so their inline scripts are
 * allowed by SHA-256 hash (read from the prerendered HTML, see server/page-hashes.ts), and pages rendered
 * on demand get a fresh nonce that Next applies to its own scripts. External scripts come from 'self'.
 *
 * Styles keep 'unsafe-inline': shiki colours tokens through style attributes (CSS variables per token),
 * React sets style props (split pane, charts) and xterm injects <style> elements at runtime; style
 * attributes could only be hashed with 'unsafe-hashes' and xterm's rules are not known in advance.
 * Styles cannot run code, so this is the usual, documented trade-off.
 */
export interface ScriptSources {
  /** base64 SHA-256 digests of inline scripts allowed on the page. */
  hashes?: readonly string[];
  /** A per-response nonce (pages rendered on demand). */
  nonce?: string;
}

export function contentSecurityPolicy({ hashes = [], nonce }: ScriptSources, { https = false } = {}): string {
  const scripts = ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...[...new Set(hashes)].map((h) => `'sha256-${h}'`)];
  const directives = [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** Sent only over HTTPS (a browser ignores it over HTTP, and it must never pin plain-HTTP localhost). */
export const HSTS = { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' };
