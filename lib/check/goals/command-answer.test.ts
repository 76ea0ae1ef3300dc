import { describe, expect, it } from 'vitest';
import { check, hostAfter } from '../check.test-helper';
import { answerMatches } from './command-answer';

describe('command goals', () => {
  it('are met by a successful line with a command of that shape, in any spelling', () => {
    const played = hostAfter('docker run -d --name web nginx\ndocker container ls --all | grep web');
    expect(check(played, { type: 'command', shape: 'docker ps -a' }).met).toBe(true);
    expect(check(played, { type: 'command', shape: 'docker ps' }).detail).toBe('you have not run `docker ps` yet');
    expect(check(played, { type: 'command', shape: 'docker ps', extraFlags: true }).met).toBe(true);
  });

  it('ignore lines that failed', () => {
    const played = hostAfter('docker ps -a --filter bogus=1', { allowFailures: true });
    expect(played.commands[0]!.exitCode).not.toBe(0);
    expect(check(played, { type: 'command', shape: 'docker ps -a', extraFlags: true }).met).toBe(false);
  });
});

describe('answer goals', () => {
  const played = hostAfter('docker run -d --name web -p 80 nginx\ndocker run --name job alpine sh -c "exit 3"', { allowFailures: true });
  const web = played.session.engine.world.hosts[0]!;
  const container = Object.values(web.containers).find((c) => c.name === 'web')!;

  it('compare the typed answer with the state', () => {
    const ip = container.networks['bridge']!.ipAddress;
    expect(check(played, { type: 'answer', prompt: 'IP?', expect: { containerIp: 'web' } }, { g: ` ${ip} ` }).met).toBe(true);
    expect(check(played, { type: 'answer', prompt: 'IP?', expect: { containerIp: 'web' } }, { g: '172.17.0.1' }).detail).toBe('`172.17.0.1` is not right');
    expect(check(played, { type: 'answer', prompt: 'IP?', expect: { containerIp: 'web' } }).detail).toBe('no answer yet');
    expect(check(played, { type: 'answer', prompt: 'Exit?', expect: { exitCode: 'job' } }, { g: '3' }).met).toBe(true);
    const hostPort = container.ports['80/tcp']![0]!.HostPort;
    expect(check(played, { type: 'answer', prompt: 'Port?', expect: { hostPort: 'web', port: '80' } }, { g: hostPort }).met).toBe(true);
    expect(check(played, { type: 'answer', prompt: 'Word?', expect: { value: 'Overlay2' } }, { g: 'overlay2' }).met).toBe(true);
  });

  it('accept ids in full or as the 12-character short form', () => {
    expect(check(played, { type: 'answer', prompt: 'ID?', expect: { containerId: 'web' } }, { g: container.id.slice(0, 12) }).met).toBe(true);
    expect(check(played, { type: 'answer', prompt: 'ID?', expect: { containerId: 'web' } }, { g: container.id }).met).toBe(true);
    expect(answerMatches(container.id.slice(0, 4), { value: container.id, kind: 'id' })).toBe(false);
  });
});
