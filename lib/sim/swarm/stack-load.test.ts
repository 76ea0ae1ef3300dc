import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../host';

const FILE = `services:
  web:
    image: nginx:1.27-alpine
    container_name: web
    expose: ["80"]
    deploy:
      replicas: 3
`;

describe('stack deploy and container_name', () => {
  it('warns like docker/cli, ignores container_name and runs the replicas', () => {
    const h = createHostSession();
    h.run('docker swarm init');
    h.run(`cat > shop.yaml <<'EOF'\n${FILE}EOF`);
    const r = h.run('docker stack deploy -c shop.yaml shop');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe(
      "Ignoring deprecated options:\n\ncontainer_name: Setting the container name is not supported.\n\nexpose: Exposing ports is unnecessary - services on the same network can access each other's containers on any port.\n\n",
    );
    expect(r.stdout).toBe('Creating network shop_default\nCreating service shop_web\n');
    expect(h.run("docker service ls --format '{{.Name}} {{.Replicas}}'").stdout).toBe('shop_web 3/3\n');
    expect(h.run("docker ps --format '{{.Names}}' | grep -c '^shop_web\\.'").stdout).toBe('3\n');
  });

  it('still refuses what compose and docker both refuse (an undefined secret)', () => {
    const h = createHostSession();
    h.run('docker swarm init');
    h.run(`cat > bad.yaml <<'EOF'\nservices:\n  web:\n    image: nginx\n    container_name: web\n    secrets: [nope]\nEOF`);
    const r = h.run('docker stack deploy -c bad.yaml bad');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('nope');
    expect(h.run('docker service ls -q').stdout).toBe('');
  });
});
