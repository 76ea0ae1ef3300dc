import { describe, expect, it } from 'vitest';
import { createHostSession } from '../host';
import { gradeCommand, runOutcome, type CommandQuestion, type RunOutcome } from './grade-command';
import { question } from './test-helpers';

const host = () => createHostSession();
const command = (data: Record<string, unknown>) => question({ type: 'command', ...data }) as CommandQuestion;
const status = (q: CommandQuestion, line: string) => gradeCommand(q, line, host).status;

describe('gradeCommand: output questions', () => {
  const listAll = command({
    prompt: 'List every entry of `project`, hidden ones included.',
    setup: ['mkdir -p project/src', 'touch project/.env project/README.md'],
    solution: 'ls -a project',
  });

  it('accepts several spellings with the same outcome', () => {
    for (const line of ['ls -a project', 'ls --all project', 'cd project && ls -a', '  ls -a ./project  ']) {
      expect(status(listAll, line), line).toBe('correct');
    }
  });

  it('rejects near misses and says why', () => {
    const missHidden = gradeCommand(listAll, 'ls project', host);
    expect(missHidden).toMatchObject({ status: 'wrong', reason: 'It printed something different from what the asked-for command prints.' });
    const typo = gradeCommand(listAll, 'ls -a projcet', host);
    expect(typo).toMatchObject({ status: 'wrong', reason: 'It failed with exit status 2.' });
    expect(typo.status === 'wrong' && typo.outcome.output).toContain('projcet');
    expect(status(listAll, 'ls -A project')).toBe('wrong');
    expect(status(listAll, '')).toBe('wrong');
    expect(status(listAll, 'ls -a project\nls')).toBe('wrong');
  });
});

describe('gradeCommand: state questions (probes)', () => {
  const nested = command({
    prompt: 'Create the directory `a/b/c`, parents included.',
    solution: 'mkdir -p a/b/c',
    compare: { output: false, probes: ['find a | sort'] },
  });

  it('accepts any line that leaves the same state', () => {
    for (const line of ['mkdir -p a/b/c', 'mkdir --parents a/b/c/', 'mkdir a a/b a/b/c', 'mkdir -pv a/b/c']) {
      expect(status(nested, line), line).toBe('correct');
    }
  });

  it('rejects lines that leave a different state, naming the probe', () => {
    expect(gradeCommand(nested, 'mkdir -p a/b', host)).toMatchObject({
      status: 'wrong',
      reason: 'The result is not what was asked for (checked with `find a | sort`).',
    });
    expect(status(nested, 'mkdir a/b/c')).toBe('wrong');
    expect(status(nested, 'mkdir -p a/b/d')).toBe('wrong');
  });
});

describe('gradeCommand: questions the simulator cannot run', () => {
  it('is ungradable when the solution itself fails', () => {
    const q = command({ prompt: 'Run the tool.', solution: 'no-such-tool --flag' });
    expect(gradeCommand(q, 'no-such-tool --flag', host)).toMatchObject({ status: 'ungradable' });
  });

  it('is ungradable when a setup step fails', () => {
    const q = command({ prompt: 'List it.', setup: ['cat /does/not/exist'], solution: 'ls' });
    expect(gradeCommand(q, 'ls', host)).toMatchObject({ status: 'ungradable', reason: expect.stringContaining('No such file or directory') });
  });
});

describe('gradeCommand: the reference cache', () => {
  it('runs the solution once per question', () => {
    const q = command({ prompt: 'Print hello.', solution: 'echo hello' });
    let sessions = 0;
    const counting = () => {
      sessions++;
      return createHostSession();
    };
    const cache = new Map<string, RunOutcome>();
    gradeCommand(q, 'echo hello', counting, cache);
    gradeCommand(q, "printf 'hello\\n'", counting, cache);
    expect(sessions).toBe(3);
    expect(gradeCommand(q, "printf 'hello\\n'", counting, cache).status).toBe('correct');
  });
});

describe('runOutcome', () => {
  it('runs setup, the line and then the probes in one session', () => {
    const q = command({ prompt: 'Go to /tmp.', setup: ['touch /tmp/marker'], solution: 'cd /tmp', compare: { output: false, probes: ['pwd', 'ls marker'] } });
    const out = runOutcome(q, 'cd /tmp', host);
    expect(out.probes.map((p) => p.stdout)).toEqual(['/tmp\n', 'marker\n']);
  });
});

const dockerReady = createHostSession().run('type docker').exitCode === 0;

describe.skipIf(!dockerReady)('gradeCommand with docker (runs once docker is wired into lib/host.ts)', () => {
  const listAll = command({
    prompt: 'List all containers, stopped ones included.',
    setup: ['docker run --name once alpine echo hi', 'docker run -d --name web nginx'],
    solution: 'docker ps -a',
  });

  it('accepts docker ps -a, docker ps --all and docker container ls -a', () => {
    for (const line of ['docker ps -a', 'docker ps --all', 'docker container ls -a', 'docker container list --all']) {
      expect(status(listAll, line), line).toBe('correct');
    }
  });

  it('rejects near misses', () => {
    for (const line of ['docker ps', 'docker ps -aq', 'docker images', 'docker ps -a --no-trunc']) expect(status(listAll, line), line).toBe('wrong');
  });
});
