import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../host';
import { podmanEngine, PODMAN_HOST } from './engines';
import { podmanWording } from './podman/delegate';
import { resolveName } from './podman/pull';

function run(session: ReturnType<typeof createHostSession>, line: string) {
  return session.run(line);
}

describe('podman wording', () => {
  it('rewords dockerd errors the way podman prints them', () => {
    expect(podmanWording('Error response from daemon: No such container: web\n')).toBe('Error: no container with name or ID "web" found: no such container\n');
    expect(podmanWording('Error response from daemon: No such image: nope:latest\n')).toBe('Error: nope: image not known\n');
    expect(podmanWording("unknown flag: --x\nSee 'docker stop --help'.\n")).toBe("unknown flag: --x\nSee 'podman stop --help'\n");
  });
});

describe('podman short names', () => {
  it('prefers the local store, then the alias table, and refuses unknown short names', () => {
    const s = createHostSession();
    const p = podmanEngine(s.engine);
    expect(resolveName(p, 'nginx:1.27-alpine')).toMatchObject({ ref: 'docker.io/library/nginx:1.27-alpine', alias: expect.stringContaining('as an alias') });
    expect(() => resolveName(p, 'mytool')).toThrow(/short-name "mytool" did not resolve to an alias/);
    run(s, 'podman pull -q docker.io/library/alpine:3.22');
    const local = resolveName(p, 'alpine:3.22');
    expect(local.local).toBeDefined();
    expect(local.alias).toBeUndefined();
  });
});

describe('separate engines', () => {
  it('keeps podman containers out of docker and survives a snapshot round trip', () => {
    const s = createHostSession();
    expect(run(s, 'podman run -d --name pw -p 8085:80 docker.io/library/nginx:1.27-alpine').exitCode).toBe(0);
    expect(run(s, 'docker ps -aq').stdout).toBe('');
    expect(s.engine.world.hosts.some((h) => h.name === PODMAN_HOST)).toBe(true);
    const snap = s.snapshot();
    const other = createHostSession();
    other.restore(JSON.parse(JSON.stringify(snap)));
    expect(run(other, "podman ps --format '{{.Names}} {{.Ports}}'").stdout).toBe('pw 0.0.0.0:8085->80/tcp\n');
    expect(run(other, 'curl -s -o /dev/null -w "%{http_code}" localhost:8085').stdout).toBe('200');
  });

  it('routes host ports to podman only when podman publishes them', () => {
    const s = createHostSession();
    run(s, 'podman run -d -p 8086:80 docker.io/library/nginx:1.27-alpine');
    run(s, 'docker run -d -p 8087:80 nginx:1.27-alpine');
    expect(run(s, 'curl -s -o /dev/null -w "%{http_code}" localhost:8086').stdout).toBe('200');
    expect(run(s, 'curl -s -o /dev/null -w "%{http_code}" localhost:8087').stdout).toBe('200');
    expect(run(s, 'curl -s localhost:8088').exitCode).toBe(7);
    run(s, 'podman stop -a');
    expect(run(s, 'curl -s localhost:8086').exitCode).toBe(7);
  });

  it('shares images between buildah and podman but not with containerd', () => {
    const s = createHostSession();
    expect(run(s, 'buildah from -q docker.io/library/alpine:3.22').stdout).toBe('alpine-working-container\n');
    expect(run(s, 'buildah commit -q alpine-working-container mine').exitCode).toBe(0);
    expect(run(s, 'podman images --format "{{.Repository}}:{{.Tag}}"').stdout).toContain('localhost/mine:latest\n');
    expect(run(s, 'sudo ctr images ls -q').stdout).toBe('');
  });
});

describe('piped input', () => {
  it('reaches a container run with -i through podman as through docker', () => {
    const s = createHostSession();
    expect(run(s, 'podman pull -q docker.io/library/alpine:3.22').exitCode).toBe(0);
    expect(run(s, 'echo through podman | podman run -i --rm docker.io/library/alpine:3.22 cat').stdout).toBe('through podman\n');
    expect(run(s, 'echo through docker | docker run -i --rm alpine:3.22 cat').stdout).toBe('through docker\n');
  });
});
