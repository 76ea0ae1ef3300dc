/** docker compose publish: what it needs (image, no bind mounts, no environment unless --with-env), then the push. */
import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../host';

function project(yaml: string) {
  const s = createHostSession({ files: { 'app/compose.yaml': yaml }, stepMs: 0 });
  s.run('cd app');
  return s;
}

const DENIED = 'failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Alearner%2Fapp%3Apull%2Cpush&service=registry.docker.io: 401 Unauthorized\n';

describe('docker compose publish', () => {
  it('takes exactly one repository (docker/cli wording)', () => {
    const s = project('services:\n  db:\n    image: redis\n');
    expect(s.run('docker compose publish')).toMatchObject({
      stderr: `"docker compose publish" requires exactly 1 argument.\nSee 'docker compose publish --help'.\n\nUsage:  docker compose publish [OPTIONS] REPOSITORY[:TAG]\n\nPublish compose application\n`,
      exitCode: 1,
    });
  });

  it('refuses build-only services, then bind mounts', () => {
    const s = project('services:\n  web:\n    build: .\n  db:\n    image: redis\n    volumes:\n      - ./d:/d\n');
    expect(s.run('docker compose publish learner/app')).toMatchObject({ stderr: 'your Compose stack cannot be published as it only contains a build section for service(s):\n- "web"\n\n', exitCode: 1 });
    s.run(`printf 'services:\\n  db:\\n    image: redis\\n    volumes:\\n      - ./d:/d\\n' > compose.yaml`);
    expect(s.run('docker compose publish learner/app')).toMatchObject({ stderr: 'cannot publish compose file: service "db" relies on bind-mount. You should use volumes\n', exitCode: 1 });
  });

  it('refuses environment variables without --with-env; with it, lists them and asks', () => {
    const s = project('services:\n  web:\n    image: nginx\n    environment:\n      MODE: prod\n');
    expect(s.run('docker compose publish learner/app')).toMatchObject({
      stderr: 'service "web" has environment variable(s) declared.\nTo avoid leaking sensitive data, you must either explicitly allow the sending of environment variables by using the --with-env flag,\nor remove sensitive data from your Compose configuration\n',
      exitCode: 1,
    });
    const asked = s.run('docker compose publish --with-env learner/app');
    expect(asked.stdout).toBe('you are about to publish environment variables within your OCI artifact.\nplease double check that you are not leaking sensitive data\nService/Config  web\nMODE=prod\n? Are you ok to publish these environment variables? [y/N]:  (y/N) ');
    expect(s.prompt()).toBe('');
    expect(s.run('n')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(s.run('echo n | docker compose publish --with-env learner/app').stdout).toMatch(/\[y\/N\]: $/);
  });

  it('pushes to Docker Hub only when logged in; images without a build are Skipped', () => {
    const s = project('services:\n  db:\n    image: redis\n');
    const r = s.run('docker compose publish learner/app');
    expect(r.stderr).toMatch(/^\[\+\] Publishing 2\/2\n ✔ db Skipped +0\.0s \n ✘ learner\/app publishing +0\.0s \n/);
    expect(r.stderr.endsWith(DENIED)).toBe(true);
    expect(r.exitCode).toBe(1);
    s.run('mkdir -p ~/.docker && echo \'{"auths":{"https://index.docker.io/v1/":{"auth":"bGVhcm5lcjpwdw=="}}}\' > ~/.docker/config.json');
    expect(s.run('docker compose publish -y learner/app')).toMatchObject({ stderr: expect.stringMatching(/ ✔ learner\/app published +0\.3s \n$/), exitCode: 0 });
  });
});
