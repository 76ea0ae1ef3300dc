/**
 * Adds the Content-Security-Policy (and HSTS over HTTPS) to every page response. Prerendered pages
 * get the SHA-256 hashes of their own inline scripts; pages rendered on demand (workshop dashboard,
 * join) also get a fresh nonce, which Next reads from the request's CSP header and puts on its scripts.
 * /api (route handlers, server-sent events), static assets, the service worker and RSC prefetches are
 * not touched. The other security headers come from next.config.mjs for every response.
 */
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, HSTS } from './lib/security/csp';
import { pageHashes } from './lib/security/server/page-hashes';

const appDir = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'server', 'app');
const pages = pageHashes(appDir);
const development = process.env.NODE_ENV === 'development';

export function proxy(request: NextRequest): NextResponse {
  if (development) return NextResponse.next();
  const https = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  const page = pages.lookup(request.nextUrl.pathname);
  const nonce = page.static ? undefined : Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy({ hashes: page.hashes, nonce }, { https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  if (https) response.headers.set(HSTS.key, HSTS.value);
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!api/|_next/|sw\\.js|swe-worker|search-index\\.json|manifest\\.webmanifest|icons/|diagrams/|icon\\.svg|robots\\.txt|sitemap\\.xml|exam/bank\\.json).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
        { type: 'header', key: 'rsc' },
      ],
    },
  ],
};
