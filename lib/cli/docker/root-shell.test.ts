/** The docker tool running inside the real shell session: quoting, exit status, completion. */
import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../host';
import { DEMO_VERBS, type DemoEnv } from '../command/testing/demo-verbs';
import { createDockerTool, dockerCommandFn } from './root';

const env: DemoEnv = { containers: ['web', 'db'] };
const tool = createDockerTool<DemoEnv>({ verbs: DEMO_VERBS, home: '/home/learner' });
const session = () => createHostSession({ commands: { docker: dockerCommandFn(tool, () => env) } });

describe('docker in the shell', () => {
  it('gets argv after shell quoting and sets $?', () => {
    const s = session();
    const run = s.run(`docker run -e 'GREETING=hello world' --name=web alpine sh -c "echo \\$GREETING"`);
    expect(JSON.parse(run.stdout)).toMatchObject({ opts: { env: ['GREETING=hello world'], name: 'web' }, args: ['alpine', 'sh', '-c', 'echo $GREETING'] });
    const bad = s.run('docker ps --bogus; echo "status=$?"');
    expect(bad.stderr).toBe("unknown flag: --bogus\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n");
    expect(bad.stdout).toBe('status=125\n');
  });

  it('pipes and redirects output like any program', () => {
    const s = session();
    expect(s.run('docker stop web db | cat').stdout).toBe('web\ndb\n');
    expect(s.run('docker stop nope 2>/dev/null; echo $?').stdout).toBe('1\n');
  });

  it('completes docker words through the shell', () => {
    const s = session();
    const c = s.complete('docker netw', 'docker netw'.length);
    expect(c.candidates).toEqual(['network ']);
    expect(s.complete('docker stop w', 13).candidates).toEqual(['web ']);
  });
});
