import { describe, expect, it } from 'vitest';
import { hostOf } from '../index';
import { testEngine } from '../testing-engine';
import { convergeServices, type ConvergeOptions } from './converge';
import { downProject, stopServices } from './lifecycle';
import { Progress } from './progress';
import { composeProjectUp, composeProjectView } from './read';
import { ensureNetworks, ensureVolumes } from './resources';
import { startProject } from './start';
import { load } from './testing';
import type { ComposeProject } from './project';

const F = '/home/learner/shop/compose.yaml';
const OPTS: ConvergeOptions = { services: [], recreate: 'diverged', recreateDependencies: 'diverged', removeOrphans: false, ignoreOrphans: false, envFiles: [] };

function up(eng: ReturnType<typeof testEngine>['eng'], p: ComposeProject): Progress {
  const progress = new Progress(() => eng.world.clock);
  ensureNetworks(eng, p, progress, () => undefined);
  ensureVolumes(eng, p, progress, () => undefined);
  convergeServices(eng, p, OPTS, progress);
  startProject(eng, p, progress);
  return progress;
}

const events = (p: Progress) => [...p.byId.values()].map((e) => `${e.id} ${e.statusText}`);

describe('running a project on the engine', () => {
  it('creates the network, volume and <project>-<service>-<n> containers, dependencies first', () => {
    const { eng } = testEngine(['nginx:1.27-alpine', 'postgres:16']);
    const { project } = load({ files: { [F]: 'services:\n  web:\n    image: nginx:1.27-alpine\n    depends_on: [db]\n  db:\n    image: postgres:16\n    environment: [POSTGRES_PASSWORD=x]\n    volumes: [data:/var/lib/postgresql/data]\nvolumes:\n  data:\n' } });
    const progress = up(eng, project);
    expect(events(progress)).toEqual(['Network shop_default Created', 'Volume "shop_data" Created', 'Container shop-db-1 Started', 'Container shop-web-1 Started']);
    const host = hostOf(eng);
    const web = Object.values(host.containers).find((c) => c.name === 'shop-web-1')!;
    expect(web.config.Labels['com.docker.compose.project']).toBe('shop');
    expect(web.config.Labels['com.docker.compose.service']).toBe('web');
    expect(Object.keys(web.networks)).toEqual(['shop_default']);
    expect(composeProjectView(host, 'shop')).toMatchObject({ networks: ['shop_default'], volumes: ['shop_data'], services: { db: { running: 1 }, web: { running: 1 } } });
    expect(composeProjectUp(host, 'shop', ['web'])).toBe(true);
  });

  it('leaves unchanged containers running and recreates changed ones', () => {
    const { eng } = testEngine(['nginx:1.27-alpine']);
    const first = load({ files: { [F]: 'services:\n  web:\n    image: nginx:1.27-alpine\n' } }).project;
    up(eng, first);
    const id = Object.values(hostOf(eng).containers)[0]!.id;
    expect(events(up(eng, first))).toEqual(['Container shop-web-1 Running']);
    const changed = load({ files: { [F]: 'services:\n  web:\n    image: nginx:1.27-alpine\n    environment:\n      A: "1"\n' } }).project;
    expect(events(up(eng, changed))).toEqual(['Container shop-web-1 Started']);
    const after = Object.values(hostOf(eng).containers);
    expect(after.map((c) => c.name)).toEqual(['shop-web-1']);
    expect(after[0]!.id).not.toBe(id);
  });

  it('a recreated container keeps its predecessor\'s anonymous volumes', () => {
    const { eng } = testEngine(['mariadb:11.4']);
    const first = load({ files: { [F]: 'services:\n  db:\n    image: mariadb:11.4\n    environment:\n      MARIADB_RANDOM_ROOT_PASSWORD: "1"\n' } }).project;
    up(eng, first);
    const anon = (c: { mounts: { Type: string; Name?: string; Destination: string }[] }) => c.mounts.find((m) => m.Destination === '/var/lib/mysql')?.Name;
    const before = anon(Object.values(hostOf(eng).containers)[0]!);
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    const changed = load({ files: { [F]: 'services:\n  db:\n    image: mariadb:11.4\n    environment:\n      MARIADB_RANDOM_ROOT_PASSWORD: "1"\n      X: "1"\n' } }).project;
    up(eng, changed);
    expect(anon(Object.values(hostOf(eng).containers)[0]!)).toBe(before);
    expect(Object.keys(hostOf(eng).volumes)).toEqual([before]);
  });

  it('scales a service up and down by container number', () => {
    const { eng } = testEngine(['nginx:1.27-alpine']);
    const p = load({ files: { [F]: 'services:\n  web:\n    image: nginx:1.27-alpine\n    scale: 3\n' } }).project;
    up(eng, p);
    expect(composeProjectView(hostOf(eng), 'shop')!.services.web!.names).toEqual(['shop-web-1', 'shop-web-2', 'shop-web-3']);
    p.services.web!.scale = 1;
    up(eng, p);
    expect(composeProjectView(hostOf(eng), 'shop')!.services.web!.names).toEqual(['shop-web-1']);
  });

  it('waits over simulated time for a healthy dependency', () => {
    const { eng } = testEngine(['nginx:1.27-alpine', 'postgres:16']);
    const p = load({
      files: { [F]: 'services:\n  db:\n    image: postgres:16\n    environment: [POSTGRES_PASSWORD=x]\n    healthcheck:\n      test: ["CMD", "true"]\n      interval: 5s\n  web:\n    image: nginx:1.27-alpine\n    depends_on:\n      db:\n        condition: service_healthy\n' },
    }).project;
    const before = eng.world.clock;
    const progress = up(eng, p);
    expect(events(progress)).toContain('Container shop-db-1 Healthy');
    expect(eng.world.clock).toBeGreaterThan(before);
    expect(composeProjectView(hostOf(eng), 'shop')!.services.db!.healthy).toBe(1);
  });

  it('fails when a service_healthy dependency exits, with compose\'s message', () => {
    const { eng } = testEngine(['nginx:1.27-alpine', 'postgres:16']);
    const p = load({
      files: { [F]: 'services:\n  db:\n    image: postgres:16\n    healthcheck:\n      test: ["CMD", "true"]\n  web:\n    image: nginx:1.27-alpine\n    depends_on:\n      db:\n        condition: service_healthy\n' },
    }).project;
    expect(() => up(eng, p)).toThrow('dependency failed to start: container shop-db-1 exited (1)');
    expect(composeProjectView(hostOf(eng), 'shop')!.services.web).toMatchObject({ containers: 1, running: 0 });
  });

  it('stop keeps containers; down removes containers and network but keeps volumes unless asked', () => {
    const { eng } = testEngine(['postgres:16']);
    const p = load({ files: { [F]: 'services:\n  db:\n    image: postgres:16\n    environment: [POSTGRES_PASSWORD=x]\n    volumes: [data:/var/lib/postgresql/data]\nvolumes:\n  data:\n' } }).project;
    up(eng, p);
    const stop = new Progress(() => eng.world.clock);
    stopServices(eng, p, [], stop);
    expect(composeProjectView(hostOf(eng), 'shop')!.services.db).toMatchObject({ containers: 1, running: 0 });
    const down = new Progress(() => eng.world.clock);
    downProject(eng, p, { services: [], removeOrphans: false, volumes: false, images: '' }, down, () => undefined);
    expect(events(down)).toEqual(['Container shop-db-1 Removed', 'Network shop_default Removed']);
    expect(composeProjectView(hostOf(eng), 'shop')).toMatchObject({ services: {}, networks: [], volumes: ['shop_data'] });
    const downV = new Progress(() => eng.world.clock);
    downProject(eng, p, { services: [], removeOrphans: false, volumes: true, images: '' }, downV, () => undefined);
    expect(events(downV)).toEqual(['Volume shop_data Removed']);
    expect(composeProjectView(hostOf(eng), 'shop')).toBeNull();
  });
});
