/**
 * SHA-256 digests of the inline scripts in a prerendered page, read from the HTML `next build` wrote
 * (`<distDir>/server/app/<path>.html`), computed once per path and kept for the life of the server: the
 * files do not change until the next build. A path without its own HTML is rendered on demand (it gets
 * a nonce) or is a 404, which Next serves from the prerendered `_not-found.html`; so those paths get the
 * not-found page's digests too.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    if (m[1]) hashes.add(createHash('sha256').update(m[1], 'utf8').digest('base64'));
  }
  return [...hashes];
}

/** The HTML file a URL path is served from, or null when the path escapes the app directory. */
export function prerenderedFile(appDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const trimmed = decoded.replace(/\/+$/, '') || '/index';
  const file = path.join(appDir, `${trimmed}.html`);
  return file.startsWith(appDir + path.sep) ? file : null;
}

function read(file: string | null): string[] | null {
  if (!file) return null;
  try {
    return inlineScriptHashes(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

export interface PageHashes {
  /** `static`: the page's own prerendered HTML was found. */
  lookup(pathname: string): { static: boolean; hashes: string[] };
}

export function pageHashes(appDir: string, limit = 2000): PageHashes {
  const cache = new Map<string, { static: boolean; hashes: string[] }>();
  let notFound: string[] | null = null;
  return {
    lookup(pathname) {
      const hit = cache.get(pathname);
      if (hit) return hit;
      const own = read(prerenderedFile(appDir, pathname));
      notFound ??= read(path.join(appDir, '_not-found.html')) ?? [];
      const result = own ? { static: true, hashes: own } : { static: false, hashes: notFound };
      if (cache.size >= limit) cache.delete(cache.keys().next().value!);
      cache.set(pathname, result);
      return result;
    },
  };
}
