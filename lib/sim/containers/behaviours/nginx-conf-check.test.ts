import { describe, expect, it } from 'vitest';
import { TreeFs } from '../../fs/tree';
import { emptyTree } from '../../fs/node';
import { NGINX_CONF, NGINX_DEFAULT_CONF, NGINX_MIME_TYPES } from '../../images/rootfs/nginx-files';
import { checkNginxConfig } from './nginx-conf-check';

function nginxFs(confd: Record<string, string>) {
  const fs = new TreeFs(emptyTree());
  fs.mkdir('/etc/nginx/conf.d', { recursive: true });
  fs.writeFile('/etc/nginx/nginx.conf', NGINX_CONF);
  fs.writeFile('/etc/nginx/mime.types', NGINX_MIME_TYPES);
  for (const [name, text] of Object.entries(confd)) fs.writeFile(`/etc/nginx/conf.d/${name}`, text);
  return fs;
}

const check = (text: string) => checkNginxConfig(nginxFs({ 'default.conf': text })).error;

describe('checkNginxConfig', () => {
  it('accepts the image’s own configuration and reads the included files in order', () => {
    const r = checkNginxConfig(nginxFs({ 'default.conf': NGINX_DEFAULT_CONF, 'b.conf': 'server { listen 81; }\n', 'a.conf': 'server { listen 82; }\n', 'notes.txt': 'bogus' }));
    expect(r.error).toBeNull();
    expect(r.files.map((f) => f.path)).toEqual(['/etc/nginx/nginx.conf', '/etc/nginx/mime.types', '/etc/nginx/conf.d/a.conf', '/etc/nginx/conf.d/b.conf', '/etc/nginx/conf.d/default.conf']);
  });

  it('names an unknown directive with its file and line', () => {
    expect(check('server {\n    listen 80;\n\n    lisen 81;\n}\n')).toBe('unknown directive "lisen" in /etc/nginx/conf.d/default.conf:4');
    // a directive spread over lines is reported at the line where it ends
    expect(check('server {\n    listen 80;\n    rot /srv\n    ;\n}\n')).toBe('unknown directive "rot" in /etc/nginx/conf.d/default.conf:4');
  });

  it('catches a missing semicolon through the next directive’s words, and blocks used as directives', () => {
    expect(check('server {\n    listen 80;\n    location / {\n        root /srv\n        index index.html;\n    }\n}\n')).toBe('invalid number of arguments in "root" directive in /etc/nginx/conf.d/default.conf:5');
    expect(check('server;\n')).toBe('directive "server" has no opening "{" in /etc/nginx/conf.d/default.conf:1');
    expect(check('server {\n    root /srv {\n    }\n}\n')).toBe('directive "root" is not terminated by ";" in /etc/nginx/conf.d/default.conf:2');
  });

  it('reports unbalanced braces and unfinished directives as nginx does', () => {
    expect(check('server {\n    listen 80;\n}\n}\n')).toBe('unexpected "}" in /etc/nginx/conf.d/default.conf:4');
    expect(check('server {\n    listen 80;\n')).toBe('unexpected end of file, expecting "}" in /etc/nginx/conf.d/default.conf:3');
    expect(check('server {\n    listen 80;\n}\nlisten 81')).toBe('unexpected end of file, expecting ";" or "}" in /etc/nginx/conf.d/default.conf:4');
    expect(check('server {\n    ;\n}\n')).toBe('unexpected ";" in /etc/nginx/conf.d/default.conf:2');
  });

  it('takes quotes and comments as nginx does, and data blocks (types, map) as free-form', () => {
    expect(check('# a comment with { braces\nserver {\n    add_header X-Note "a ; b { c }";\n    location / { return 200 \'ok\'; }\n}\n')).toBeNull();
    expect(check('map $http_upgrade $connection_upgrade {\n    default upgrade;\n    \'\' close;\n}\n')).toBeNull();
  });

  it('fails on an include that names a missing file, but not on a glob matching nothing', () => {
    expect(check('include /etc/nginx/snippets/ssl.conf;\n')).toBe('open() "/etc/nginx/snippets/ssl.conf" failed (2: No such file or directory) in /etc/nginx/conf.d/default.conf:1');
    expect(check('include /etc/nginx/snippets/*.conf;\n')).toBeNull();
  });
});
