import { describe, expect, it } from 'vitest';
import { Session } from './session';
import { hostMachine } from './test-support';
import type { CommandFn } from './types';

const fakeDocker: CommandFn = Object.assign(() => 0, {
  complete: ({ words, current }: { words: readonly string[]; current: string }) => {
    if (words.length === 1) return ['run', 'ps', 'pull', 'network'];
    if (words[1] === 'network' && words.length === 2) return ['create', 'ls', 'rm'];
    if (words[1] === 'run' && current.startsWith('-')) return ['--name', '--detach', '--publish'];
    if (words[1] === 'run') return ['nginx', 'node'];
    return [];
  },
});

function session() {
  const s = new Session({ machine: hostMachine({ commands: { docker: fakeDocker }, files: { 'app/index.html': '', 'app/src/main.js': '', 'apple.txt': '', '.hidden': '' } }) });
  return s;
}

describe('complete', () => {
  it('completes command names in command position, after pipes and sudo', () => {
    const s = session();
    expect(s.complete('ec', 2)).toEqual({ from: 0, candidates: ['echo '] });
    expect(s.complete('ls | gr', 7)).toEqual({ from: 5, candidates: ['grep '] });
    expect(s.complete('sudo doc', 8)).toEqual({ from: 5, candidates: ['docker '] });
    expect(s.complete('h', 1).candidates).toEqual(expect.arrayContaining(['head', 'help', 'history', 'hostname']));
  });

  it('completes files and directories from the vfs', () => {
    const s = session();
    expect(s.complete('cat ap', 6)).toEqual({ from: 4, candidates: ['app/', 'apple.txt'] });
    expect(s.complete('cat app/s', 9)).toEqual({ from: 4, candidates: ['app/src/'] });
    expect(s.complete('cat app/src/m', 13)).toEqual({ from: 4, candidates: ['app/src/main.js '] });
    expect(s.complete('cd a', 4)).toEqual({ from: 3, candidates: ['app/'] });
    expect(s.complete('cat .h', 6)).toEqual({ from: 4, candidates: ['.hidden '] });
    expect(s.complete('ls /et', 6)).toEqual({ from: 3, candidates: ['/etc/'] });
    expect(s.complete('cat ~/app/i', 11)).toEqual({ from: 4, candidates: ['~/app/index.html '] });
  });

  it('asks a tool’s completion hook for its own words', () => {
    const s = session();
    expect(s.complete('docker ', 7)).toEqual({ from: 7, candidates: ['network', 'ps', 'pull', 'run'] });
    expect(s.complete('docker p', 8)).toEqual({ from: 7, candidates: ['ps', 'pull'] });
    expect(s.complete('docker network c', 16)).toEqual({ from: 15, candidates: ['create '] });
    expect(s.complete('docker run --na', 15)).toEqual({ from: 11, candidates: ['--name '] });
    expect(s.complete('docker run ng', 13)).toEqual({ from: 11, candidates: ['nginx '] });
  });

  it('falls back to files when the hook has nothing, and completes mid-line', () => {
    const s = session();
    expect(s.complete('docker volume ap', 16)).toEqual({ from: 14, candidates: ['app/', 'apple.txt'] });
    expect(s.complete('cat ap && echo x', 6)).toEqual({ from: 4, candidates: ['app/', 'apple.txt'] });
  });

  it('returns nothing rather than throwing on odd input', () => {
    const s = session();
    expect(s.complete('cat "unterminated', 17).candidates).toEqual([]);
    expect(s.complete('', 0).candidates.length).toBeGreaterThan(20);
  });
});
