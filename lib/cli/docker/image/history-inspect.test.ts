import { describe, expect, it } from 'vitest';
import { dockerSession } from './testing/docker-session';

const lines = (s: string) => s.trimEnd().split('\n');

describe('docker history', () => {
  it('lists steps newest first with <missing> for steps that are not local images', () => {
    const d = dockerSession();
    d.setup('docker pull -q nginx:1.27-alpine');
    const out = lines(d.run('docker history nginx:1.27-alpine').stdout);
    expect(out[0]).toMatch(/^IMAGE\s+CREATED\s+CREATED BY\s+SIZE\s+COMMENT$/);
    expect(out[1]).toMatch(/^[0-9a-f]{12}\s+\d+ months ago\s+CMD \["nginx" "-g" "daemon off;"\]\s+0B\s+buildkit\.dockerfile\.v0$/);
    expect(out.slice(2).every((l) => l.startsWith('<missing>'))).toBe(true);
    expect(out.at(-1)).toMatch(/ADD alpine-minirootfs-3\.21\.4-x86_64\.tar\.gz \/…\s+7\.83MB/);
  });

  it('prints machine values with -H=false, full commands with --no-trunc, ids with -q', () => {
    const d = dockerSession();
    d.setup('docker pull -q alpine');
    expect(lines(d.run('docker history -H=false alpine').stdout)[2]).toMatch(/^<missing>\s+2025-\d\d-\d\dT\d\d:\d\d:\d\dZ\s+ADD .*\s+8310000\s*$/);
    expect(d.run('docker history --no-trunc alpine').stdout).toMatch(/ADD alpine-minirootfs-3\.22\.1-x86_64\.tar\.gz \/ # buildkit/);
    expect(lines(d.run('docker history -q alpine').stdout)).toEqual([expect.stringMatching(/^[0-9a-f]{12}$/), '<missing>']);
    expect(d.run("docker history --format '{{.Size}}|{{.Comment}}' alpine").stdout).toBe('0B|buildkit.dockerfile.v0\n8.31MB|\n');
  });

  it('shows N/A for reproducible builds dated 1970', () => {
    const d = dockerSession();
    d.setup('docker pull -q gcr.io/distroless/static-debian12:nonroot');
    expect(lines(d.run('docker history gcr.io/distroless/static-debian12:nonroot').stdout)[1]).toMatch(/^[0-9a-f]{12}\s+N\/A\s+bazel build/);
    expect(d.run('docker images gcr.io/distroless/static-debian12').stdout).toMatch(/56 years ago\s+1\.79MB/);
  });

  it('fails for unknown images like the daemon', () => {
    expect(dockerSession().run('docker history nothere')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such image: nothere:latest\n', exit: 1 });
  });
});

describe('docker image inspect', () => {
  it('prints the API object, or fields with -f', () => {
    const d = dockerSession();
    d.setup('docker pull -q nginx:1.27-alpine');
    const json = JSON.parse(d.run('docker image inspect nginx:1.27-alpine').stdout) as Array<Record<string, unknown>>;
    expect(Object.keys(json[0]!).slice(0, 4)).toEqual(['Id', 'RepoTags', 'RepoDigests', 'Parent']);
    expect(d.run("docker image inspect -f '{{.Config.StopSignal}}|{{index .Config.Cmd 0}}|{{.Os}}/{{.Architecture}}' nginx:1.27-alpine").stdout).toBe('SIGQUIT|nginx|linux/amd64\n');
    // docker 28 omits empty config fields (API 1.50), so a template naming one fails like the real client.
    expect(d.run("docker image inspect -f '{{.Config.User}}' nginx:1.27-alpine").stderr).toBe('template parsing error: template: :1:9: executing "" at <.Config.User>: map has no entry for key "User"\n');
    expect(d.run("docker image inspect --format '{{index .RepoDigests 0}}' nginx:1.27-alpine").stdout).toMatch(/^nginx@sha256:[0-9a-f]{64}\n$/);
  });

  it('prints [] and the error for a missing image, and checks --platform', () => {
    const d = dockerSession();
    expect(d.run('docker image inspect nope')).toEqual({ stdout: '[]\n', stderr: 'Error response from daemon: No such image: nope:latest\n', exit: 1 });
    d.setup('docker pull -q alpine');
    expect(d.run('docker image inspect --platform linux/arm64 alpine').stderr).toBe('Error response from daemon: image with reference alpine was found but does not match the specified platform: wanted linux/arm64, actual: linux/amd64\n');
  });
});
