import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../csp';
import { inlineScriptHashes, pageHashes, prerenderedFile } from './page-hashes';

const sha = (text: string) => createHash('sha256').update(text).digest('base64');

describe('inlineScriptHashes', () => {
  it('hashes the exact text of inline scripts and skips external ones', () => {
    const html = '<script>a()</script><script src="/x.js"></script><script id="_R_">self.__next_f.push([1,"<\\u003e"])</script><script async src="/y.js"></script>';
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('self.__next_f.push([1,"<\\u003e"])')]);
  });
});

describe('pageHashes', () => {
  const appDir = mkdtempSync(path.join(tmpdir(), 'csp-'));
  mkdirSync(path.join(appDir, 'learn/m'), { recursive: true });
  writeFileSync(path.join(appDir, 'index.html'), '<script>home()</script>');
  writeFileSync(path.join(appDir, 'learn/m/l.html'), '<script>lesson()</script>');
  writeFileSync(path.join(appDir, '_not-found.html'), '<script>missing()</script>');
  const pages = pageHashes(appDir);

  it('reads a prerendered page by its URL path', () => {
    expect(pages.lookup('/')).toEqual({ static: true, hashes: [sha('home()')] });
    expect(pages.lookup('/learn/m/l/')).toEqual({ static: true, hashes: [sha('lesson()')] });
  });

  it("gives other paths the not-found page's hashes (they are 404s or rendered on demand with a nonce)", () => {
    expect(pages.lookup('/workshop/join')).toEqual({ static: false, hashes: [sha('missing()')] });
  });

  it('never reads outside the app directory', () => {
    expect(prerenderedFile(appDir, '/../../etc/passwd')).toBeNull();
    expect(prerenderedFile(appDir, '/%2e%2e/%2e%2e/secret')).toBeNull();
  });
});

describe('contentSecurityPolicy', () => {
  it('allows scripts only from self, the given hashes and nonce, never inline or eval', () => {
    const csp = contentSecurityPolicy({ hashes: ['abc=', 'abc='], nonce: 'n0' });
    expect(csp).toContain("script-src 'self' 'nonce-n0' 'sha256-abc='; ");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy({}, { https: true })).toContain('upgrade-insecure-requests');
  });
});
