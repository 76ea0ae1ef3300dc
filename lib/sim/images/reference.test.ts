import { describe, expect, it } from 'vitest';
import { familiarString, fullString, parseReference, tagNameOnly } from './reference';
import { ClientError } from '../core/errors';

const norm = (s: string) => fullString(tagNameOnly(parseReference(s)));
const err = (s: string) => {
  try {
    parseReference(s);
    return 'parsed';
  } catch (e) {
    return e instanceof ClientError ? e.message : String(e);
  }
};

describe('image references', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx:latest'],
    ['nginx:alpine', 'docker.io/library/nginx:alpine'],
    ['user/app:1.0', 'docker.io/user/app:1.0'],
    ['docker.io/nginx', 'docker.io/library/nginx:latest'],
    ['index.docker.io/library/nginx:1.27', 'docker.io/library/nginx:1.27'],
    ['localhost:5000/app', 'localhost:5000/app:latest'],
    ['localhost/app', 'localhost/app:latest'],
    ['gcr.io/cadvisor/cadvisor:v0.52.1', 'gcr.io/cadvisor/cadvisor:v0.52.1'],
    [`nginx@sha256:${'a'.repeat(64)}`, `docker.io/library/nginx@sha256:${'a'.repeat(64)}`],
  ])('normalises %s', (input, expected) => {
    expect(norm(input)).toBe(expected);
  });

  it('familiarises back', () => {
    expect(familiarString(tagNameOnly(parseReference('docker.io/library/redis')))).toBe('redis:latest');
    expect(familiarString(parseReference('docker.io/prom/prometheus:v3.5.0'))).toBe('prom/prometheus:v3.5.0');
    expect(familiarString(parseReference('localhost:5000/app:1'))).toBe('localhost:5000/app:1');
  });

  it.each([
    ['Nginx', 'invalid reference format: repository name (library/Nginx) must be lowercase'],
    ['user/App', 'invalid reference format: repository name (user/App) must be lowercase'],
    ['nginx:', 'invalid reference format'],
    ['nginx:bad tag', 'invalid reference format'],
    ['-nginx', 'invalid reference format'],
    ['nginx@sha256:abc', 'invalid reference format'],
    [`nginx@sha256:${'a'.repeat(63)}`, 'invalid checksum digest length'],
    ['a'.repeat(64), `invalid repository name (${'a'.repeat(64)}), cannot specify 64-byte hexadecimal strings`],
  ])('rejects %s', (input, message) => {
    expect(err(input)).toBe(message);
  });
});
