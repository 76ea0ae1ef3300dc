import { describe, expect, it } from 'vitest';
import { settle } from '../core/clock';
import { loadProject } from '../compose/index';
import { deployStack, listStacks, removeStack, stackServices } from './stack';
import { swarmEngine } from './testing';

const FILE = `services:
  web:
    image: nginx:1.27-alpine
    restart: always
    expose: ["80"]
    ports: ["8080:80"]
    environment: { B: "2", A: "1" }
    deploy:
      replicas: 2
      resources: { limits: { cpus: "0.5", memory: 256M } }
      update_config: { parallelism: 2, delay: 10s, order: start-first }
      placement: { constraints: ["node.role == manager"], max_replicas_per_node: 2 }
      labels: { tier: front }
  db:
    image: postgres:16
    secrets: [pw]
    volumes: ["data:/var/lib/postgresql/data"]
secrets:
  pw: { file: ./pw.txt }
volumes:
  data: {}
`;

function project(stack: string) {
  const fs = { read: (p: string) => (p === '/srv/stack.yaml' ? FILE : null), kind: (p: string) => (p === '/srv/stack.yaml' ? ('file' as const) : null) };
  return loadProject([{ filename: '/srv/stack.yaml' }], {}, { fs, home: '/root', workingDir: '/srv', projectName: stack });
}

describe('docker stack deploy', () => {
  it('converts compose services to swarm specs the way docker/cli does', () => {
    const eng = swarmEngine(['nginx:1.27-alpine', 'postgres:16']);
    const r = deployStack(eng, project('shop'), { stack: 'shop', readFile: (p) => (p === '/srv/pw.txt' ? 'pw' : null), image: (i) => i });
    expect(r.warnings).toEqual(['Ignoring unsupported options: restart\n', "Ignoring deprecated options:\n\nexpose: Exposing ports is unnecessary - services on the same network can access each other's containers on any port.\n"]);
    expect(r.lines).toEqual(['Creating network shop_default', 'Creating secret shop_pw', 'Creating service shop_db', 'Creating service shop_web']);
    const [db, web] = stackServices(eng, 'shop');
    expect(web!.spec.Labels).toEqual({ tier: 'front', 'com.docker.stack.namespace': 'shop', 'com.docker.stack.image': 'nginx:1.27-alpine' });
    expect(web!.spec.TaskTemplate.ContainerSpec.Env).toEqual(['A=1', 'B=2']);
    expect(web!.spec.TaskTemplate.Resources).toEqual({ Limits: { NanoCPUs: 5e8, MemoryBytes: 268435456 }, Reservations: {} });
    expect(web!.spec.TaskTemplate.RestartPolicy).toEqual({ Condition: 'any', Delay: 5e9, MaxAttempts: 0 });
    expect(web!.spec.UpdateConfig).toEqual({ Parallelism: 2, Delay: 10e9, FailureAction: 'pause', Monitor: 5e9, MaxFailureRatio: 0, Order: 'start-first' });
    expect(web!.spec.TaskTemplate.Placement).toEqual({ Constraints: ['node.role == manager'], MaxReplicas: 2 });
    expect(web!.spec.EndpointSpec).toEqual({ Mode: 'vip', Ports: [{ Protocol: 'tcp', TargetPort: 80, PublishedPort: 8080, PublishMode: 'ingress' }] });
    expect(db!.spec.TaskTemplate.ContainerSpec.Mounts?.[0]).toMatchObject({ Type: 'volume', Source: 'shop_data', Target: '/var/lib/postgresql/data' });
    expect(db!.spec.TaskTemplate.ContainerSpec.Secrets?.[0]).toMatchObject({ SecretName: 'shop_pw', File: { Name: 'pw' } });
    expect(listStacks(eng)).toEqual([{ name: 'shop', services: 2 }]);
  });

  it('updates on a second deploy and removes everything on rm', () => {
    const eng = swarmEngine(['nginx:1.27-alpine', 'postgres:16']);
    const opts = { stack: 'shop', readFile: () => 'pw', image: (i: string) => i };
    deployStack(eng, project('shop'), opts);
    settle(eng);
    expect(deployStack(eng, project('shop'), opts).lines).toEqual([expect.stringMatching(/^Updating service shop_db \(id: [0-9a-z]{25}\)$/), expect.stringMatching(/^Updating service shop_web/)]);
    expect(removeStack(eng, 'shop')).toEqual(['Removing service shop_db', 'Removing service shop_web', 'Removing secret shop_pw', 'Removing network shop_default']);
    expect(Object.values(eng.world.hosts[0]!.networks).map((n) => n.name)).not.toContain('shop_default');
    expect(removeStack(eng, 'shop')).toEqual(['Nothing found in stack: shop']);
  });
});
