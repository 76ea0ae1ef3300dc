import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../../host';
import { parseTraefikArgs } from './traefik-config';
import { ruleMatches, workloadRoutes } from './traefik-routes';

const swarmOpts = parseTraefikArgs(['--providers.swarm.exposedByDefault=false', '--providers.swarm.network=edge_default']).providers.swarm!;

describe('traefik static configuration', () => {
  it('reads entry points, providers (any sub-option enables one) and the v3-removed swarmMode', () => {
    const cfg = parseTraefikArgs(['--entryPoints.web.address=:80', '--entrypoints.websecure.address=:443', '--api.insecure=true', '--providers.swarm.exposedByDefault=false']);
    expect(cfg.entryPoints).toEqual({ web: 80, websecure: 443, traefik: 8080 });
    expect(cfg.providers.docker).toBeUndefined();
    expect(cfg.providers.swarm).toMatchObject({ exposedByDefault: false, endpoint: 'unix:///var/run/docker.sock', network: null });
    expect(parseTraefikArgs([]).entryPoints).toEqual({ http: 80 });
    expect(parseTraefikArgs(['--providers.docker=true', '--providers.docker.swarmMode=true']).unknownNode).toBe('swarmMode');
  });
});

describe('traefik labels', () => {
  it('builds a router from rule, entry points and the service port; traefik.enable against exposedByDefault', () => {
    const labels = { 'traefik.enable': 'true', 'traefik.http.routers.web.rule': 'Host(`shop.example.com`)', 'traefik.http.routers.web.entrypoints': 'web', 'traefik.http.services.web.loadbalancer.server.port': '80' };
    const [r] = workloadRoutes({ name: 'edge_web', labels, addresses: ['10.0.1.3'], defaultPort: null }, 'swarm', swarmOpts);
    expect(r).toMatchObject({ router: 'web@swarm', service: 'web@swarm', rule: 'Host(`shop.example.com`)', entryPoints: ['web'], port: 80 });
    expect(workloadRoutes({ name: 'edge_web', labels: { ...labels, 'traefik.enable': 'false' }, addresses: [], defaultPort: null }, 'swarm', swarmOpts)).toEqual([]);
  });

  it('skips a swarm service without a port label; a container gets the default rule and its exposed port', () => {
    expect(workloadRoutes({ name: 'edge_web', labels: { 'traefik.enable': 'true' }, addresses: ['10.0.1.3'], defaultPort: null }, 'swarm', swarmOpts)).toEqual([]);
    const docker = parseTraefikArgs(['--providers.docker']).providers.docker!;
    const [r] = workloadRoutes({ name: 'my_app', labels: {}, addresses: ['172.17.0.3'], defaultPort: 8080 }, 'docker', docker);
    expect(r).toMatchObject({ router: 'my-app@docker', rule: 'Host(`my-app`)', port: 8080 });
  });

  it('matches Host case-insensitively, PathPrefix, && and ||', () => {
    expect(ruleMatches('Host(`Shop.example.com`)', 'shop.example.com', '/')).toBe(true);
    expect(ruleMatches('Host(`a.test`) && PathPrefix(`/api`)', 'a.test', '/api/v1')).toBe(true);
    expect(ruleMatches('Host(`a.test`) && PathPrefix(`/api`)', 'a.test', '/')).toBe(false);
    expect(ruleMatches('Host(`a.test`) || Host(`b.test`)', 'b.test', '/')).toBe(true);
  });
});

describe('traefik docker provider', () => {
  it('routes by container labels on a shared network, 404 otherwise; no socket, no routes', () => {
    const h = createHostSession();
    h.run('docker network create web');
    h.run('docker run -d --name proxy --network web -p 80:80 -v /var/run/docker.sock:/var/run/docker.sock:ro traefik:v3.6 --providers.docker.exposedByDefault=false --entrypoints.web.address=:80');
    h.run("docker run -d --name site --network web -l traefik.enable=true -l 'traefik.http.routers.site.rule=Host(`site.test`)' nginx:1.27-alpine");
    expect(h.run("curl -s -H 'Host: site.test' localhost").stdout).toContain('<title>Welcome to nginx!</title>');
    expect(h.run("curl -s -H 'Host: other.test' localhost").stdout).toBe('404 page not found\n');
    expect(h.run('docker logs site').stdout).toMatch(/"GET \/ HTTP\/1.1" 200/);
    h.run('docker run -d --name blind -p 81:80 traefik:v3.6 --providers.docker');
    expect(h.run("curl -s -H 'Host: site.test' localhost:81").stdout).toBe('404 page not found\n');
  });

  it('v3 refuses the v2 swarmMode option and exits 1', () => {
    const h = createHostSession();
    h.run('docker run -d --name old traefik:v3.6 --providers.docker=true --providers.docker.swarmMode=true');
    expect(h.run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' old").stdout).toBe('exited 1\n');
    expect(h.run('docker logs old').stderr).toMatch(/command traefik error: failed to decode configuration from flags: field not found, node: swarmMode/);
  });
});
