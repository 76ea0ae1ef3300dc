/** Static file lookup shared by the web server behaviours. */
import type { FileSystem } from '../../fs/types';

const TYPES: Record<string, string> = {
  html: 'text/html', htm: 'text/html', css: 'text/css', js: 'application/javascript', json: 'application/json',
  txt: 'text/plain', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml',
  ico: 'image/x-icon', xml: 'text/xml', pdf: 'application/pdf', webp: 'image/webp',
};

export function contentType(path: string, fallback = 'application/octet-stream'): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return TYPES[ext] ?? fallback;
}

export type Lookup =
  | { kind: 'file'; path: string; body: string; mtime: number; size: number }
  | { kind: 'dir-no-index'; path: string }
  | { kind: 'missing' }
  | { kind: 'redirect'; location: string };

/** Resolve a URL path under a document root the way a static server does. */
export function lookupStatic(fs: FileSystem, root: string, urlPath: string, indexes: readonly string[]): Lookup {
  const clean = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  if (clean.split('/').includes('..')) return { kind: 'missing' };
  const full = (root.replace(/\/$/, '') + clean).replace(/\/+/g, '/');
  let st;
  try {
    st = fs.stat(full);
  } catch {
    st = null;
  }
  if (!st) return { kind: 'missing' };
  if (st.type === 'dir') {
    if (!clean.endsWith('/')) return { kind: 'redirect', location: clean + '/' };
    for (const idx of indexes) {
      const p = full.replace(/\/?$/, '/') + idx;
      const s = fs.stat(p);
      if (s?.type === 'file') return { kind: 'file', path: p, body: safeRead(fs, p), mtime: s.mtime, size: s.size };
    }
    return { kind: 'dir-no-index', path: full };
  }
  return { kind: 'file', path: full, body: safeRead(fs, full), mtime: st.mtime, size: st.size };
}

function safeRead(fs: FileSystem, p: string): string {
  try {
    return fs.readFile(p);
  } catch {
    return '';
  }
}

/** nginx-style ETag: hex mtime seconds - hex size. */
export function etag(mtime: number, size: number): string {
  return `"${Math.floor(mtime / 1000).toString(16)}-${size.toString(16)}"`;
}
