import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../host';

const EDGE = `services:
  traefik:
    image: traefik:v3.6
    command: ["--providers.swarm.exposedByDefault=false", "--providers.swarm.network=edge_default", "--entrypoints.web.address=:80"]
    ports: ["80:80"]
    volumes: ["/var/run/docker.sock:/var/run/docker.sock:ro"]
    deploy: { placement: { constraints: ["node.role == manager"] } }
  web:
    image: nginx:1.27-alpine
    deploy:
      replicas: 3
      labels:
        - traefik.enable=true
        - traefik.http.routers.web.rule=Host(\`shop.example.com\`)
        - traefik.http.routers.web.entrypoints=web
        - traefik.http.services.web.loadbalancer.server.port=80
  hidden:
    image: nginx:1.27-alpine
    deploy:
      labels: ["traefik.http.routers.hidden.rule=Host(\`hidden.test\`)", "traefik.http.services.hidden.loadbalancer.server.port=80"]
`;

function edge() {
  const h = createHostSession();
  h.run('docker swarm init');
  h.run(`cat > edge.yaml <<'EOF'\n${EDGE}EOF`);
  expect(h.run('docker stack deploy -c edge.yaml edge').exitCode).toBe(0);
  return h;
}

describe("traefik's swarm provider", () => {
  it('routes the Host rule of deploy labels to the tasks, round robin over the replicas', () => {
    const h = edge();
    expect(h.run("curl -s -H 'Host: shop.example.com' localhost").stdout).toContain('<title>Welcome to nginx!</title>');
    for (let i = 0; i < 5; i++) h.run("curl -s -o /dev/null -H 'Host: shop.example.com' localhost");
    const perTask = new Map<string, number>();
    for (const line of h.run('docker service logs edge_web').stdout.split('\n')) {
      if (line.includes('"GET / HTTP/1.1" 200')) perTask.set(line.split(' ')[0]!, (perTask.get(line.split(' ')[0]!) ?? 0) + 1);
    }
    expect([...perTask.values()]).toEqual([2, 2, 2]);
  });

  it('answers 404 for other hosts and for services not enabled while exposedByDefault=false', () => {
    const h = edge();
    expect(h.run("curl -s -H 'Host: nope.test' localhost").stdout).toBe('404 page not found\n');
    expect(h.run("curl -s -H 'Host: hidden.test' localhost").stdout).toBe('404 page not found\n');
  });

  it('follows scaling: no running task left means no available server', () => {
    const h = edge();
    h.run('docker service scale -d edge_web=0');
    h.run('sleep 15');
    const r = h.run("curl -s -i -H 'Host: shop.example.com' localhost").stdout;
    expect(r).toMatch(/^HTTP\/1.1 503 Service Unavailable/);
    expect(r).toContain('no available server');
  });

  it("v2's docker provider in swarm mode routes the same labels; v2 has no swarm provider", () => {
    const h = edge();
    h.run('docker service create -d --name proxy2 --network edge_default -p 8000:80 --mount type=bind,src=/var/run/docker.sock,dst=/var/run/docker.sock traefik:v2.11 --providers.docker.swarmMode=true --providers.docker.exposedByDefault=false --entrypoints.web.address=:80');
    h.run('sleep 5');
    expect(h.run("curl -s -H 'Host: shop.example.com' localhost:8000").stdout).toContain('<title>Welcome to nginx!</title>');
    h.run('docker run -d --name bad2 traefik:v2.11 --providers.swarm=true');
    expect(h.run("docker inspect -f '{{.State.ExitCode}}' bad2").stdout).toBe('1\n');
    expect(h.run('docker logs bad2').stderr).toContain('field not found, node: swarm');
  });
});
