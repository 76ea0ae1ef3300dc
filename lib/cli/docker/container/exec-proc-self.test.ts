/** /proc/self inside a container is the process that reads it: the main one, or a `docker exec` one. */
import { describe, expect, it } from 'vitest';
import { dockerSession } from '../image/testing/docker-session';

const fields = (status: string, names: string[]) =>
  Object.fromEntries(status.split('\n').filter((l) => names.includes(l.split(':')[0]!)).map((l) => l.split(':\t') as [string, string]));

describe('/proc/self/status', () => {
  it('under docker exec shows the exec process: its name, its own pid, no parent in the container, its user', () => {
    const d = dockerSession();
    d.setup('docker run -d --name web alpine sleep 1000');
    const main = d.run('docker run --rm alpine cat /proc/self/status').stdout;
    expect(fields(main, ['Name', 'Pid', 'PPid'])).toEqual({ Name: 'cat', Pid: '1', PPid: '0' });
    const first = fields(d.run('docker exec web cat /proc/self/status').stdout, ['Name', 'Pid', 'PPid', 'Uid', 'CapEff']);
    expect(first).toMatchObject({ Name: 'cat', PPid: '0', Uid: '0\t0\t0\t0' });
    expect(Number(first['Pid'])).toBeGreaterThan(1);
    expect(first['CapEff']).not.toBe('0000000000000000');
    const second = fields(d.run('docker exec -u 405 web grep . /proc/self/status').stdout, ['Name', 'Pid', 'Uid', 'CapEff']);
    expect(second).toMatchObject({ Name: 'grep', Uid: '405\t405\t405\t405', CapEff: '0000000000000000' });
    expect(Number(second['Pid'])).toBeGreaterThan(Number(first['Pid']));
  });

  it('keeps the container limits and is read-only', () => {
    const d = dockerSession();
    d.setup('docker run -d --name web --ulimit nofile=512:1024 alpine sleep 1000');
    expect(d.run('docker exec web grep "open files" /proc/self/limits').stdout).toMatch(/^Max open files +512 +1024 +files/);
    expect(d.run('docker exec web sh -c "echo x > /proc/self/status"').exit).not.toBe(0);
  });
});
