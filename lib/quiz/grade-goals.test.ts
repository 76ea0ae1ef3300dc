import { describe, expect, it } from 'vitest';
import { createHostSession } from '../host';
import { gradeCommand, type CommandQuestion } from './grade-command';
import { question } from './test-helpers';

const host = () => createHostSession();
const command = (data: Record<string, unknown>) => question({ type: 'command', ...data }) as CommandQuestion;
const status = (q: CommandQuestion, line: string) => gradeCommand(q, line, host).status;

describe('command questions graded by the exercise checker (goals)', () => {
  const limited = command({
    prompt: 'Run nginx in the background as `web`, limited to 256 MiB of memory and half a CPU.',
    solution: 'docker run -d --name web -m 256m --cpus 0.5 nginx',
    goals: [{ id: 'web', type: 'container', name: 'web', image: 'nginx', state: 'running', memory: '256m', cpus: 0.5 }],
  });

  it('accepts genuinely different command lines that leave the same state', () => {
    for (const line of [
      'docker run -d --name web -m 256m --cpus 0.5 nginx',
      'docker container run --detach --memory=268435456 --cpus=.5 --name=web nginx:latest',
      'docker create --name web --memory 256M --cpus 0.5 nginx && docker start web',
    ]) {
      expect(status(limited, line), line).toBe('correct');
    }
  });

  it('rejects near misses and names the unmet goal', () => {
    expect(status(limited, 'docker run -d --name web -m 512m --cpus 0.5 nginx')).toBe('wrong');
    expect(status(limited, 'docker run -d --name web --cpus 0.5 nginx')).toBe('wrong');
    expect(status(limited, 'docker create --name web -m 256m --cpus 0.5 nginx')).toBe('wrong');
    const typo = gradeCommand(limited, 'docker run -d --name web -m 256m --cpus 0.5 ngnix', host);
    expect(typo).toMatchObject({ status: 'wrong', reason: 'It failed with exit status 125.' });
    expect(typo.status === 'wrong' && typo.outcome.output).toContain('ngnix');
  });

  it('grades a command-shape goal through the normaliser (aliases, short and long flags, order)', () => {
    const listAll = command({
      prompt: 'List every container, stopped ones included.',
      setup: ['docker run --name once alpine true'],
      solution: 'docker ps -a',
      goals: [{ id: 'ps-all', type: 'command', shape: 'docker ps -a' }],
    });
    for (const line of ['docker ps -a', 'docker ps --all', 'docker container ls -a', 'docker container list --all']) {
      expect(status(listAll, line), line).toBe('correct');
    }
    for (const line of ['docker ps', 'docker images -a', 'docker ps -a -q']) expect(status(listAll, line), line).toBe('wrong');
  });

  it('is ungradable, not wrong, when the reference solution does not meet its own goals', () => {
    const broken = command({
      prompt: 'Run a container named db.',
      solution: 'docker run -d --name web nginx',
      goals: [{ id: 'db', type: 'container', name: 'db' }],
    });
    expect(status(broken, 'docker run -d --name db nginx')).toBe('ungradable');
  });
});
