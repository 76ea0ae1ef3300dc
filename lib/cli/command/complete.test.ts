/** Completion over the docker tree: subcommands, flags, and object names from the verb's hook. */
import { describe, expect, it } from 'vitest';
import { createDockerTool, dockerCommandFn, type SwarmStatus } from '../docker/root';
import { completeWords } from './complete';
import { DEMO_VERBS, type DemoEnv } from './testing/demo-verbs';
import { fakeIo } from './testing/fake-io';
import { CommandTree, defineCommand } from './tree';

interface Env extends DemoEnv {
  swarm?: SwarmStatus;
}
const tool = createDockerTool<Env>({ verbs: DEMO_VERBS, home: '/root', swarmStatus: (env) => env.swarm });
const env: Env = { containers: ['web', 'db', 'api'] };
const complete = (line: string, e: Env = env) => completeWords(tool, line.split(' ').slice(1), fakeIo(), e);

describe('docker completion', () => {
  it('offers top-level commands and groups', () => {
    expect(complete('docker ne')).toEqual(['network']);
    expect(complete('docker st')).toEqual(['stack', 'start', 'stats', 'stop']);
  });

  it('offers subcommands of a group', () => {
    expect(complete('docker network c')).toEqual(['connect', 'create']);
    expect(complete('docker container l')).toEqual(['logs', 'ls']);
  });

  it('offers flags, long and short, without hidden or deprecated ones', () => {
    expect(complete('docker stop -')).toEqual(['--signal', '--timeout', '-s', '-t']);
    expect(complete('docker ps --n')).toEqual(['--no-trunc']);
  });

  it('asks the verb for object names, skipping flag values', () => {
    expect(complete('docker stop ')).toEqual(['api', 'db', 'web']);
    expect(complete('docker stop -t 5 w')).toEqual(['web']);
    expect(complete('docker container stop --signal KILL d')).toEqual(['db']);
    expect(complete('docker stop -t ')).toEqual([]);
  });

  it('hides swarm commands from a node that is not a manager, like docker --help', () => {
    expect(complete('docker s')).toContain('service');
    const inactive: Env = { ...env, swarm: { nodeState: 'inactive', controlAvailable: false } };
    expect(complete('docker s', inactive)).not.toContain('service');
    expect(complete('docker s', inactive)).toContain('swarm');
    expect(complete('docker swarm ', inactive)).toEqual(['init', 'join']);
  });
});

describe('the shell completion hook', () => {
  it('takes the words before the cursor (with `docker`) and the current partial word', () => {
    const fn = dockerCommandFn(tool, () => env);
    const ctx = { cwd: '/', env: {}, fs: undefined as never, machine: undefined as never };
    expect(fn.complete?.({ words: ['docker', 'container', 'stop'], current: 'a' }, ctx)).toEqual(['api']);
    expect(fn.complete?.({ words: ['docker', 'run', '--env-file'], current: '' }, ctx)).toEqual([]); // shell falls back to files
  });
});

describe('command tree', () => {
  it('refuses duplicate names and missing parents', () => {
    const cmd = defineCommand<null>();
    const tree = new CommandTree(cmd({ use: 'tool', short: '' }));
    tree.add(cmd({ use: 'a', short: '' }));
    expect(() => tree.add(cmd({ use: 'a', short: '' }))).toThrow('duplicate command "tool a"');
    expect(() => tree.add(cmd({ use: 'b', short: '' }), [{ parent: 'nope' }])).toThrow('no parent command "nope"');
  });
});
