import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../host';

const FMT = `--format '{{.Type}} {{.Action}} {{.Scope}} {{json .Actor.Attributes}}'`;
const events = (h: ReturnType<typeof createHostSession>, filter = '') => h.run(`docker events --since 0 --until $(date +%s) ${filter} ${FMT}`).stdout.trim().split('\n');

describe('swarm events in docker events', () => {
  it('service create, scale, rolling update (image, then update state) and remove, scope swarm', () => {
    const h = createHostSession();
    h.run('docker swarm init');
    h.run('docker service create -d --name web --replicas 2 nginx:1.27-alpine');
    h.run('docker service scale -d web=3');
    h.run('docker service update -d --image nginx:1.27 web');
    h.run('sleep 30');
    h.run('docker service rm web');
    const lines = events(h, '--filter type=service');
    expect(lines[0]).toBe('service create swarm {"name":"web"}');
    expect(lines[1]).toBe('service update swarm {"name":"web","replicas.new":"3","replicas.old":"2"}');
    expect(lines[2]).toMatch(/^service update swarm \{"image.new":"nginx:1.27@sha256:\w+","image.old":"nginx:1.27-alpine@sha256:\w+","name":"web"\}$/);
    expect(lines.slice(3)).toEqual([
      'service update swarm {"name":"web","updatestate.new":"updating"}',
      'service update swarm {"name":"web","updatestate.new":"completed","updatestate.old":"updating"}',
      'service remove swarm {"name":"web"}',
    ]);
  });

  it('secret/config create and remove, node join, drain and power-off; filters by name', () => {
    const h = createHostSession();
    h.run('docker swarm init');
    h.run('echo pw | docker secret create pw -');
    h.run('docker config create cfg /etc/hostname');
    h.run('docker secret rm pw');
    h.run('dockerlings node add worker1 --role worker');
    h.run('docker node update --availability drain worker1');
    const onWorker = h.run('dockerlings ssh worker1 docker events --since 0 --until 1900000000 --filter type=network');
    expect(onWorker.exitCode).toBe(0);
    expect(h.run('dockerlings ssh worker1 docker events --since 0 --until 1900000000 --filter scope=swarm').stdout).toBe('');
    h.run('dockerlings node stop worker1');
    expect(events(h, '--filter scope=swarm --filter type=secret --filter type=config')).toEqual([
      'secret create swarm {"name":"pw"}',
      'config create swarm {"name":"cfg"}',
      'secret remove swarm {"name":"pw"}',
    ]);
    expect(events(h, '--filter node=worker1')).toEqual([
      'node create swarm {"name":"worker1"}',
      'node update swarm {"availability.new":"drain","availability.old":"active","name":"worker1"}',
      'node update swarm {"name":"worker1","state.new":"down","state.old":"ready"}',
    ]);
  });
});
