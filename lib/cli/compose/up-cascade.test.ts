import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../host';
import { composeProjectView } from '../../sim/compose/index';

const CI = (url: string) =>
  `services:\n  web:\n    image: nginx:1.27-alpine\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost/"]\n      interval: 5s\n      retries: 5\n  tests:\n    image: alpine:3.22\n    command: ["wget", "-q", "-O", "-", "${url}"]\n    depends_on:\n      web:\n        condition: service_healthy\n`;

function ci(compose: string) {
  const s = createHostSession({ files: { 'ci-demo/compose.test.yaml': compose } });
  s.run('cd ci-demo');
  return s;
}

const UP = 'docker compose -f compose.test.yaml -p ci-42 up';

describe('docker compose up with a cascade (--abort-on-container-exit, --exit-code-from)', () => {
  it('--exit-code-from tests: the tests\' exit stops the project and becomes the exit code', () => {
    const s = ci(CI('http://web/missing'));
    const r = s.run(`${UP} --abort-on-container-exit --exit-code-from tests`);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^Attaching to tests-1, web-1\n/);
    expect(r.stdout).toMatch(/\ntests-1 +\| wget: server returned error: HTTP\/1\.1 404 Not Found\n/);
    expect(r.stdout).toMatch(/\ntests-1 exited with code 1\n$/);
    expect(r.stdout).not.toMatch(/web-1 exited/);
    expect(r.stderr).toMatch(/Aborting on container exit\.\.\.\n\[\+\] Stopping 2\/2\n ✔ Container ci-42-tests-1 +Stopped .*\n ✔ Container ci-42-web-1 +Stopped .*\n$/);
    expect(composeProjectView(s.engine.world.hosts[0]!, 'ci-42')!.services).toMatchObject({ web: { running: 0 }, tests: { running: 0 } });
    // the terminal is free again: the next command runs
    expect(s.run('echo "tests exited with $?"').stdout).toBe('tests exited with 1\n');
  });

  it('a passing test run returns 0, and --exit-code-from alone implies the abort', () => {
    const s = ci(CI('http://web/'));
    const r = s.run(`${UP} --exit-code-from tests`);
    expect(r.stdout).toMatch(/\ntests-1 +\| <!DOCTYPE html>\n/);
    expect(r.stderr).toMatch(/Aborting on container exit\.\.\./);
    expect(r.exitCode).toBe(0);
  });

  it('--exit-code-from web returns the code web got when the abort stopped it', () => {
    const s = ci(CI('http://web/missing'));
    const r = s.run(`${UP} --exit-code-from web`);
    expect(r.stdout).toMatch(/tests-1 exited with code 1\n$/);
    expect(r.exitCode).toBe(0);
  });

  it('a container that ends later is waited for over simulated time', () => {
    const s = ci('services:\n  web:\n    image: nginx:1.27-alpine\n  job:\n    image: alpine:3.22\n    command: sh -c "sleep 30; echo done; exit 3"\n');
    const before = s.engine.world.clock;
    const r = s.run(`${UP} --abort-on-container-exit`);
    expect(r.stdout).toMatch(/\njob-1 +\| done\njob-1 exited with code 3\n$/);
    expect(r.exitCode).toBe(3);
    expect(s.engine.world.clock - before).toBeGreaterThanOrEqual(30_000);
  });

  it('--abort-on-container-failure lets successful exits pass and aborts on the first failure', () => {
    const s = ci('services:\n  web:\n    image: nginx:1.27-alpine\n  ok:\n    image: alpine:3.22\n    command: "true"\n  bad:\n    image: alpine:3.22\n    command: sh -c "sleep 5; exit 4"\n');
    const r = s.run(`${UP} --abort-on-container-failure`);
    expect(r.stdout).toMatch(/\nok-1 exited with code 0\n(.*\n)*bad-1 exited with code 4\n$/);
    expect(r.stderr).toMatch(/Aborting on container exit\.\.\.\n\[\+\] Stopping 3\/3\n/);
    expect(r.exitCode).toBe(4);
  });

  it('without a cascade, up returns once every attached container has ended', () => {
    const s = ci('services:\n  a:\n    image: alpine:3.22\n    command: sh -c "sleep 2; exit 5"\n');
    const r = s.run(`${UP}`);
    expect(r.stdout).toMatch(/\na-1 exited with code 5\n$/);
    expect(r.stderr).not.toMatch(/Aborting/);
    expect(r.exitCode).toBe(0);
  });

  it('flag interplay and errors are compose v2.36.2\'s', () => {
    const s = ci(CI('http://web/'));
    expect(s.run(`${UP} -d --exit-code-from tests`)).toMatchObject({
      stderr: '--detach cannot be combined with --abort-on-container-exit, --abort-on-container-failure, --attach, --attach-dependencies or --watch\n',
      exitCode: 1,
    });
    expect(s.run(`${UP} --wait --abort-on-container-exit`).stderr).toBe('--wait cannot be combined with --abort-on-container-exit, --attach or --attach-dependencies\n');
    expect(s.run(`${UP} --abort-on-container-exit --abort-on-container-failure`).stderr).toBe('--abort-on-container-failure cannot be combined with --abort-on-container-exit\n');
    expect(s.run(`${UP} --exit-code-from nope`)).toMatchObject({ stderr: 'no such service: nope: not found\n', exitCode: 1 });
    expect(s.engine.world.hosts[0]!.containers).toEqual({});
  });
});
