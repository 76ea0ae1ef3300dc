import { describe, expect, it } from 'vitest';
import { dockerSession } from './testing/docker-session';

const lines = (s: string) => s.trimEnd().split('\n');

function withImages() {
  const d = dockerSession();
  d.setup('docker pull -q alpine', 'docker pull -q nginx:1.27-alpine', 'docker tag alpine learner/tool:1');
  return d;
}

describe('docker images', () => {
  it('lists one row per repository:tag, newest first, with docker columns', () => {
    const out = lines(withImages().run('docker images').stdout);
    expect(out[0]).toMatch(/^REPOSITORY\s+TAG\s+IMAGE ID\s+CREATED\s+SIZE$/);
    // Rows of one image come in Go map order (random in docker); images newest first.
    expect(out.slice(1, 3).map((l) => l.split(/\s+/).slice(0, 2).join(':')).sort()).toEqual(['alpine:latest', 'learner/tool:1']);
    expect(out[3]).toMatch(/^nginx\s+1\.27-alpine\s/);
    expect(out.find((l) => l.startsWith('alpine'))).toMatch(/^alpine\s+latest\s+[0-9a-f]{12}\s+\d+ months ago\s+8\.31MB$/);
  });

  it.each([
    ['docker images alpine', ['alpine']],
    ['docker image ls --filter reference=learner/*', ['learner/tool']],
    ['docker images --filter reference=nginx:1.27-*', ['nginx']],
    ['docker image list -f before=alpine', ['nginx']],
    ['docker images -f since=nginx:1.27-alpine', ['learner/tool', 'alpine']],
    ['docker images -f dangling=true', []],
    ['docker images -f until=2025-06-01', ['nginx']],
  ])('%s', (line, repos) => {
    const out = lines(withImages().run(line).stdout).slice(1);
    expect(out.map((l) => l.split(/\s+/)[0])).toEqual(repos);
  });

  it('shows ids only with -q, full ids with --no-trunc, digests with --digests', () => {
    const d = withImages();
    expect(lines(d.run('docker images -q').stdout).every((l) => /^[0-9a-f]{12}$/.test(l))).toBe(true);
    expect(d.run('docker images --no-trunc alpine').stdout).toMatch(/sha256:[0-9a-f]{64}/);
    expect(lines(d.run('docker images --digests alpine').stdout)[1]).toMatch(/^alpine\s+latest\s+sha256:[0-9a-f]{64}\s+[0-9a-f]{12}/);
  });

  it('formats with Go templates and json like the image context', () => {
    const d = withImages();
    expect(d.run("docker images --format '{{.Repository}}:{{.Tag}} {{.Size}}' nginx").stdout).toBe('nginx:1.27-alpine 51.4MB\n');
    const row = JSON.parse(lines(d.run('docker images --format json alpine').stdout)[0]!) as Record<string, string>;
    expect(Object.keys(row)).toEqual(['Containers', 'CreatedAt', 'CreatedSince', 'Digest', 'ID', 'Repository', 'SharedSize', 'Size', 'Tag', 'UniqueSize', 'VirtualSize']);
    expect(row['Containers']).toBe('N/A');
  });

  it('lists an image whose tags moved away as dangling, under the repository its digest keeps', () => {
    const d = withImages();
    d.setup('docker tag nginx:1.27-alpine alpine:latest', 'docker rmi learner/tool:1');
    expect(lines(d.run('docker images -f dangling=true').stdout).slice(1)).toEqual([expect.stringMatching(/^alpine\s+<none>\s+[0-9a-f]{12}\s/)]);
    d.setup('docker rmi alpine@' + /sha256:[0-9a-f]{64}/.exec(d.run('docker images --digests --format "{{.Digest}}" -f dangling=true').stdout)![0]);
    expect(lines(d.run('docker images -a').stdout).some((l) => /^<none>\s+<none>/.test(l))).toBe(false);
  });

  it('answers a bad filter with the daemon error', () => {
    const d = withImages();
    expect(d.run('docker images -f color=red')).toEqual({ stdout: '', stderr: "Error response from daemon: invalid filter 'color'\n", exit: 1 });
    expect(d.run('docker images -f dangling=maybe').stderr).toBe("Error response from daemon: invalid filter 'dangling=[maybe]'\n");
    expect(d.run('docker images -f until=yesterday').stderr).toBe('Error response from daemon: failed to parse value as time or duration: "yesterday"\n');
  });

  it('hints at docker image ls when `docker images ls` finds nothing', () => {
    const r = withImages().run('docker images ls');
    expect(r.stderr).toBe('\nNo images found matching "ls": did you mean "docker image ls"?\n');
    expect(withImages().run('docker image ls ls').stderr).toBe('');
  });

  it('draws the experimental tree', () => {
    const out = lines(withImages().run('docker images --tree').stdout);
    expect(out[0]).toBe("WARNING: This is an experimental feature. The output may change and shouldn't be depended on.");
    expect(out[1]).toBe(' '.repeat(61) + ' Info ->  U In Use ');
    expect(out[3]).toBe('IMAGE               ID             DISK USAGE   CONTENT SIZE   EXTRA');
    expect(out[4]).toBe('learner/tool:1');
    expect(out[5]).toMatch(/^alpine:latest {7}[0-9a-f]{12} {7}8\.31MB {13}0B {8}$/);
  });
});
