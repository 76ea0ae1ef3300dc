import { describe, expect, it } from 'vitest';
import { check, hostAfter } from '../check.test-helper';

const dockerfile = [
  'mkdir -p ~/app && cd ~/app',
  "printf 'FROM nginx:1.27-alpine\\nENV MODE=prod\\nLABEL team=web\\nWORKDIR /srv\\nEXPOSE 8080\\nCOPY index.html /usr/share/nginx/html/index.html\\nUSER nginx\\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\\n' > Dockerfile",
  "echo '<h1>mine</h1>' > index.html",
  'docker build -q -t app:1.0 .',
].join('\n');

describe('image goals', () => {
  const built = hostAfter(dockerfile);

  it('knows a built image, its base (pulled by the build, so untagged) and its configuration', () => {
    expect(check(built, { type: 'image', ref: 'app:1.0', built: true, base: 'nginx:1.27-alpine' }).met).toBe(true);
    expect(check(built, { type: 'image', ref: 'app:1.0', user: 'nginx', workdir: '/srv', exposes: ['8080'], env: { MODE: 'prod' }, labels: { team: 'web' } }).met).toBe(true);
    expect(check(built, { type: 'image', ref: 'app:1.0', cmd: ['nginx', '-g', 'daemon off;'] }).met).toBe(true);
    expect(check(built, { type: 'image', ref: 'app:1.0', file: { path: '/usr/share/nginx/html/index.html', contains: 'mine' } }).met).toBe(true);
  });

  it('explains what is wrong', () => {
    expect(check(built, { type: 'image', ref: 'app:1.0', base: 'alpine:3.22' }).detail).toBe('`app:1.0` is not based on `alpine:3.22`');
    expect(check(built, { type: 'image', ref: 'app:1.0', user: 'root' }).detail).toBe('`app:1.0` runs as `nginx`');
    expect(check(built, { type: 'image', ref: 'app' }).detail).toBe('there is no image `app`');
    expect(check(built, { type: 'image', ref: 'app:1.0', file: { path: '/usr/share/nginx/html/index.html', contains: 'Welcome' } }).met).toBe(false);
    expect(check(built, { type: 'image', ref: 'app:1.0', healthcheck: true }).detail).toBe('`app:1.0` has no HEALTHCHECK');
  });

  it('tells a pulled image from a built one, and checks absence', () => {
    const pulled = hostAfter('docker pull nginx:1.27-alpine');
    expect(check(pulled, { type: 'image', ref: 'nginx:1.27-alpine' }).met).toBe(true);
    expect(check(pulled, { type: 'image', ref: 'docker.io/library/nginx:1.27-alpine', built: true }).detail).toBe('`docker.io/library/nginx:1.27-alpine` was not built here (it was pulled)');
    expect(check(pulled, { type: 'image', ref: 'nginx:1.27-alpine', maxSize: '100MB' }).met).toBe(true);
    expect(check(pulled, { type: 'image', ref: 'nginx:1.27-alpine', maxSize: '10MB' }).met).toBe(false);
    expect(check(pulled, { type: 'image', ref: 'alpine', state: 'absent' }).met).toBe(true);
  });
});
