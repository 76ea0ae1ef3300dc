/** RUN --mount (secrets, cache, bind), --network, and the build context with .dockerignore. */
import { describe, expect, it } from 'vitest';
import { hostOf } from '../core/engine';
import { encodeArchive } from '../fs/archive';
import { OverlayFs } from '../fs/overlay';
import { imageLayers } from '../images/store';
import { builtImage, project, stepStates } from './testing';

const imageFs = (p: ReturnType<typeof project>, r: ReturnType<ReturnType<typeof project>['build']>) => new OverlayFs(imageLayers(hostOf(p.eng), builtImage(p, r)), { writable: false, now: () => 0 });

describe('RUN mounts', () => {
  it('a secret is readable during its RUN only: not in any layer, not in the history', () => {
    const p = project({ Dockerfile: 'FROM alpine\nRUN --mount=type=secret,id=token cat /run/secrets/token\n' });
    const r = p.build({}, new Map([['token', 's3cr3t-value']]));
    const run = r.vertices.find((v) => v.name.includes('RUN'))!;
    expect(run.logs.map((l) => l.text)).toEqual(['s3cr3t-value']);
    const img = builtImage(p, r);
    expect(JSON.stringify(img.history)).not.toContain('s3cr3t');
    expect(JSON.stringify(img.layers.map((id) => hostOf(p.eng).layers[id]))).not.toContain('s3cr3t');
    expect(imageFs(p, r).stat('/run/secrets/token')).toBeNull();
  });

  it('a secret can be exposed as an environment variable, masked in the step name', () => {
    const p = project({ Dockerfile: 'FROM alpine\nRUN --mount=type=secret,id=api,env=API_KEY printenv API_KEY\n' });
    const r = p.build({}, new Map([['api', 'k-123']]));
    expect(r.vertices.find((v) => v.name.includes('RUN'))!.logs.map((l) => l.text)).toEqual(['k-123']);
  });

  it('a missing optional secret is skipped; a required one fails', () => {
    const p = project({ Dockerfile: 'FROM alpine\nRUN --mount=type=secret,id=npmrc cat /run/secrets/npmrc\n' });
    expect(p.build().error?.message).toBe('failed to solve: process "/bin/sh -c cat /run/secrets/npmrc" did not complete successfully: exit code: 1');
    p.write({ Dockerfile: 'FROM alpine\nRUN --mount=type=secret,id=npmrc,required cat /run/secrets/npmrc\n' });
    expect(p.build().error?.message).toBe('failed to solve: secret npmrc: not found');
  });

  it('a cache mount keeps its contents between builds, outside the image', () => {
    const p = project({ Dockerfile: 'FROM alpine\nRUN --mount=type=cache,target=/root/.cache touch /root/.cache/wheel; cat /root/.cache/seen; touch /root/.cache/seen\n' });
    const first = p.build();
    expect(first.vertices.find((v) => v.name.includes('RUN'))!.logs.map((l) => l.text)).toEqual(['cat: /root/.cache/seen: No such file or directory']);
    const second = p.build({ noCache: true });
    expect(second.vertices.find((v) => v.name.includes('RUN'))!.logs).toEqual([]);
    expect(imageFs(p, second).stat('/root/.cache')).toBeNull();
  });

  it('a bind mount reads the context without copying it into the image', () => {
    const p = project({ Dockerfile: 'FROM alpine\nRUN --mount=type=bind,source=config.txt,target=/tmp/config.txt cat /tmp/config.txt\n', 'config.txt': 'mounted' });
    const r = p.build();
    expect(r.vertices.find((v) => v.name.includes('RUN'))!.logs.map((l) => l.text)).toEqual(['mounted']);
    expect(imageFs(p, r).stat('/tmp/config.txt')?.type ?? null).not.toBe('file');
  });

  it('mount option errors are BuildKit\'s', () => {
    expect(project({ Dockerfile: 'FROM alpine\nRUN --mount=type=cahce,target=/x true\n' }).build().error?.message).toBe('failed to solve: unsupported mount type "cahce" (did you mean cache?)');
    expect(project({ Dockerfile: 'FROM alpine\nRUN --mount=type=secret true\n' }).build().error?.message).toBe('failed to solve: invalid secret mount. one of source, target required');
    expect(project({ Dockerfile: 'FROM alpine\nRUN --mount=type=bind,target=/x,mode=0700 true\n' }).build().error?.message).toBe('failed to solve: mode not allowed for "bind" type mounts');
  });
});

describe('build context', () => {
  it('.dockerignore keeps files out of COPY . (with ! exceptions)', () => {
    const p = project({ Dockerfile: 'FROM alpine\nCOPY . /src\n', '.dockerignore': 'node_modules\n*.log\n!keep.log\n', 'app.js': 'a', 'debug.log': 'd', 'keep.log': 'k', 'node_modules/x/index.js': 'x' });
    const fs = imageFs(p, p.build());
    expect(fs.readdir('/src')).toEqual(['.dockerignore', 'Dockerfile', 'app.js', 'keep.log']);
  });

  it('an ignored file is not in the context: copying it fails', () => {
    const r = project({ Dockerfile: 'FROM alpine\nCOPY secret.env /\n', '.dockerignore': '*.env\n', 'secret.env': 'x' }).build();
    expect(r.error?.message).toMatch(/"\/secret.env": not found$/);
  });

  it('wildcards, directory contents and destinations follow COPY rules', () => {
    const p = project({ Dockerfile: 'FROM alpine\nCOPY *.json /cfg/\nCOPY src /app\nCOPY a.txt /single.txt\n', 'a.json': '1', 'b.json': '2', 'src/x.js': 'x', 'src/lib/y.js': 'y', 'a.txt': 'A' });
    const fs = imageFs(p, p.build());
    expect(fs.readdir('/cfg')).toEqual(['a.json', 'b.json']);
    expect(fs.readdir('/app')).toEqual(['lib', 'x.js']);
    expect(fs.readFile('/single.txt')).toBe('A');
  });

  it('COPY <<EOF writes a file from the Dockerfile, expanding variables unless quoted', () => {
    const p = project({ Dockerfile: "FROM alpine\nENV NAME=world\nCOPY <<EOF /hello.txt\nhello $NAME\nEOF\nCOPY <<'EOT' /raw.txt\nhello $NAME\nEOT\n" });
    const fs = imageFs(p, p.build());
    expect(fs.readFile('/hello.txt')).toBe('hello world\n');
    expect(fs.readFile('/raw.txt')).toBe('hello $NAME\n');
  });

  it('ADD unpacks a local archive and downloads a URL (mode 0600, never unpacked)', () => {
    const tar = encodeArchive([{ path: 'site/', type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 0 }, { path: 'site/index.html', type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: 0, data: '<h1>hi</h1>' }]);
    const p = project({ Dockerfile: 'FROM alpine\nADD site.tar /srv/\nADD https://example.com/ /downloads/\nADD https://example.com/page.html /page.html\n', 'site.tar': tar });
    const r = p.build();
    expect(r.error).toBeUndefined();
    const fs = imageFs(p, r);
    expect(fs.readFile('/srv/site/index.html')).toBe('<h1>hi</h1>');
    expect(fs.readFile('/downloads/__unnamed__')).toContain('Example Domain');
    expect(fs.stat('/page.html')?.mode).toBe(0o600);
    expect(project({ Dockerfile: 'FROM alpine\nADD https://nope.invalid/x /x\n' }).build().error?.message).toBe('failed to solve: failed to load cache key: Get "https://nope.invalid/x": dial tcp: lookup nope.invalid on 127.0.0.53:53: no such host');
    expect(project({ Dockerfile: 'FROM alpine\nCOPY https://example.com/ /x\n' }).build().error?.message).toBe("failed to solve: source can't be a URL for COPY");
  });

  it('--pull looks the base image up again', () => {
    const p = project({ Dockerfile: 'FROM alpine\nRUN true\n' });
    const meta = (r: ReturnType<typeof p.build>) => r.vertices.find((v) => v.name.startsWith('[internal] load metadata'))!.ms;
    expect(meta(p.build())).toBe(0);
    expect(meta(p.build({ pull: true }))).toBeGreaterThan(100);
  });

  it('a Dockerfile from stdin builds with an empty context', () => {
    const p = project({});
    const r = p.build({ contextDir: null, dockerfile: { text: 'FROM alpine\nRUN touch /x\n' } });
    expect(r.error).toBeUndefined();
    expect(Object.keys(stepStates(r))).toEqual([expect.stringMatching(/^\[1\/2\] FROM/), '[2/2] RUN touch /x']);
    expect(r.vertices.some((v) => v.name === '[internal] load build context')).toBe(false);
  });
});
