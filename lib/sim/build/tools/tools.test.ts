/** Package tools as RUN steps see them: output, files written, sizes, failures. */
import { describe, expect, it } from 'vitest';
import type { CommandContext, ShellControl } from '../../../shell/types';
import { OverlayFs } from '../../fs/overlay';
import type { LayerData } from '../../fs/overlay-data';
import { rootfsFor } from '../../images/rootfs/index';
import { packageTools, recordingEnv } from './index';

function machine(rootfs: string, files: Record<string, string> = {}, network = true) {
  const upper: LayerData = { entries: {} };
  const fs = new OverlayFs([upper, rootfsFor(rootfs)], { writable: true, now: () => 0 });
  for (const [p, t] of Object.entries(files)) {
    fs.mkdir(p.slice(0, p.lastIndexOf('/')) || '/', { recursive: true });
    fs.writeFile(p, t);
  }
  let elapsed = 0;
  const sizes = new Map<string, number>();
  const tools = packageTools(recordingEnv(network, (ms) => void (elapsed += ms), sizes));
  const run = (cwd: string, ...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const ctx: CommandContext = { argv, stdin: '', stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: { PATH: '/usr/local/bin:/usr/bin:/bin' }, cwd, fs, shell: {} as ShellControl };
    const code = tools[argv[0]!]!(ctx);
    return { code, stdout, stderr };
  };
  return { fs, upper, sizes, run, elapsed: () => elapsed };
}

describe('apk', () => {
  it('add installs the package and its dependencies, with Alpine 3.22 output', () => {
    const m = machine('alpine');
    const r = m.run('/', 'apk', 'add', '--no-cache', 'curl');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.22/main/x86_64/APKINDEX.tar.gz',
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.22/community/x86_64/APKINDEX.tar.gz',
      '(1/9) Installing brotli-libs (1.1.0-r2)', '(2/9) Installing c-ares (1.34.5-r0)', '(3/9) Installing libunistring (1.3-r0)', '(4/9) Installing libidn2 (2.3.7-r0)',
      '(5/9) Installing libpsl (0.21.5-r3)', '(6/9) Installing nghttp2-libs (1.65.0-r0)', '(7/9) Installing zstd-libs (1.5.7-r0)', '(8/9) Installing libcurl (8.14.1-r1)', '(9/9) Installing curl (8.14.1-r1)',
      'Executing busybox-1.37.0-r18.trigger', 'OK: 13 MiB in 25 packages', '',
    ]);
    expect(m.fs.stat('/usr/bin/curl')?.mode).toBe(0o755);
    expect(m.sizes.get('/usr/bin/curl')).toBe(250_000);
    expect(m.elapsed()).toBeGreaterThan(500);
    expect(m.run('/', 'apk', 'add', 'curl').stdout).toContain('OK: 13 MiB in 25 packages');
  });

  it('unknown packages and no network fail like apk', () => {
    const m = machine('alpine');
    expect(m.run('/', 'apk', 'add', 'nosuchpkg')).toMatchObject({ code: 1, stderr: 'ERROR: unable to select packages:\n  nosuchpkg (no such package):\n    required by: world[nosuchpkg]\n' });
    const off = machine('alpine', {}, false);
    expect(off.run('/', 'apk', 'add', 'curl').stderr).toContain('temporary error (try again later)');
  });

  it('is not there on Debian-based images', () => {
    const m = machine('debian');
    expect(m.run('/', 'apk', 'add', 'curl')).toEqual({ code: 127, stdout: '', stderr: '/bin/sh: 1: apk: not found\n' });
  });
});

describe('npm', () => {
  const pkg = JSON.stringify({ name: 'shop', version: '2.0.0', scripts: { build: 'vite build', test: 'vitest run' }, dependencies: { express: '^4.21.2' }, devDependencies: { vite: '^6.0.0' } });

  it('ci needs a lockfile, installs dependencies (dev ones unless --omit=dev)', () => {
    const m = machine('node', { '/app/package.json': pkg });
    expect(m.run('/app', 'npm', 'ci')).toMatchObject({ code: 1, stderr: expect.stringContaining('The `npm ci` command can only install with an existing package-lock.json') });
    m.fs.writeFile('/app/package-lock.json', '{}');
    const r = m.run('/app', 'npm', 'ci', '--omit=dev');
    expect(r.stdout).toBe('\nadded 66 packages, and audited 67 packages in 2s\n\n13 packages are looking for funding\n  run `npm fund` for details\n\nfound 0 vulnerabilities\n');
    expect(JSON.parse(m.fs.readFile('/app/node_modules/express/package.json'))).toEqual({ name: 'express', version: '4.21.2' });
    expect(m.fs.stat('/app/node_modules/vite')).toBeNull();
    expect(m.sizes.get('/app/node_modules/express/package.json')).toBe(66 * 40_000);
  });

  it('run build writes the bundle; a missing script fails; no package.json fails', () => {
    const m = machine('node', { '/app/package.json': pkg });
    const r = m.run('/app', 'npm', 'run', 'build');
    expect(r.stdout).toMatch(/^\n> shop@2\.0\.0 build\n> vite build\n\nvite v6\.3\.5 building for production/);
    expect(m.fs.readFile('/app/dist/index.html')).toContain('<title>shop</title>');
    expect(m.run('/app', 'npm', 'run', 'lint')).toMatchObject({ code: 1, stderr: 'npm error Missing script: "lint"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run\n' });
    expect(m.run('/', 'npm', 'install').code).toBe(254);
  });
});

describe('pip and go', () => {
  it('pip install -r resolves dependencies into site-packages and reuses cached wheels', () => {
    const m = machine('python', { '/app/requirements.txt': 'flask==3.1.1\n# comment\n' });
    const r = m.run('/app', 'pip', 'install', '-r', 'requirements.txt');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Successfully installed blinker-1.9.0 click-8.2.1 flask-3.1.1 itsdangerous-2.2.0 jinja2-3.1.6 markupsafe-3.0.2 werkzeug-3.1.3\n');
    expect(m.fs.stat('/usr/local/lib/python3.13/site-packages/flask/__init__.py')).not.toBeNull();
    expect(m.run('/app', 'pip', 'install', 'flask').stdout).toContain('Using cached flask-3.1.1-py3-none-any.whl');
    expect(m.run('/app', 'pip', 'install', '-r', 'nope.txt')).toMatchObject({ code: 1, stderr: "ERROR: Could not open requirements file: [Errno 2] No such file or directory: 'nope.txt'\n" });
  });

  it('go build writes a binary named after the package; needs go.mod', () => {
    const m = machine('golang', { '/src/go.mod': 'module example.com/api\n\ngo 1.25\n' });
    expect(m.run('/src', 'go', 'build', '-o', '/out/api', './cmd/api').code).toBe(0);
    expect(m.fs.stat('/out/api')?.mode).toBe(0o755);
    expect(m.sizes.get('/out/api')).toBe(8_400_000);
    expect(m.run('/', 'go', 'build', '.')).toMatchObject({ code: 1, stderr: "go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n" });
  });
});
