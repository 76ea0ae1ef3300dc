import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../../host';

describe('swarm object names complete with Tab', () => {
  it('offers services, nodes, secrets and stacks of the swarm, nothing outside one', () => {
    const h = createHostSession();
    const words = (line: string) => JSON.stringify(h.complete(line, line.length));
    expect(words('docker service ps ')).not.toContain('web');
    h.run('docker swarm init');
    h.run('docker service create -d --name web nginx');
    h.run('echo pw | docker secret create db_password -');
    expect(words('docker service ps w')).toContain('web');
    expect(words('docker service rm w')).toContain('web');
    expect(words('docker node update --availability drain d')).toContain('dockerlings');
    expect(words('docker secret rm d')).toContain('db_password');
  });
});
