/** docker compose attach / commit / export / stats: docker's verb on the service's container. */
import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../host';

const APP = 'services:\n  web:\n    image: nginx\n  shell:\n    image: alpine\n    command: sh\n    stdin_open: true\n    tty: true\n';

function app() {
  const s = createHostSession({ files: { 'app/compose.yaml': APP }, stepMs: 0 });
  s.run('cd app');
  expect(s.run('docker compose up -d').exitCode).toBe(0);
  return s;
}

describe('docker compose commit', () => {
  it('commits the service container under the Committing display (status text cut to the terminal)', () => {
    const s = app();
    const r = s.run('docker compose commit web snap:1');
    expect(r).toMatchObject({ stdout: '', exitCode: 0 });
    expect(r.stderr).toMatch(/^\[\+\] Committing 1\/1\n ✔ app-web-1 Commit app-web-1 Committed as \.\.\. +\d+\.\ds \n$/);
    expect(s.run("docker image ls --format '{{.Repository}}:{{.Tag}}' snap").stdout).toBe('snap:1\n');
    expect(s.run('docker compose --progress plain commit -m note web').stderr).toMatch(/^ app-web-1 Commit app-web-1 Committing\n app-web-1 Commit app-web-1 Committed as sha256:[0-9a-f]{64}\n$/);
  });

  it('words a service that is not running, a missing replica and a wrong count as compose does', () => {
    const s = app();
    expect(s.run('docker compose commit nope')).toMatchObject({ stderr: 'service "nope" is not running\n', exitCode: 1 });
    expect(s.run('docker compose commit --index 2 web')).toMatchObject({ stderr: 'service "web" is not running container #2\n', exitCode: 1 });
    expect(s.run('docker compose commit')).toMatchObject({ stderr: 'accepts between 1 and 2 arg(s), received 0\n', exitCode: 1 });
    s.run('docker compose stop web');
    expect(s.run('docker compose commit web')).toMatchObject({ stderr: 'service "web" is not running\n', exitCode: 1 });
  });
});

describe('docker compose export', () => {
  it('writes the archive with -o (0600) or to a pipe; refuses the terminal and a missing directory', () => {
    const s = app();
    const r = s.run('docker compose export -o web.tar web');
    expect(r).toMatchObject({ stdout: '', exitCode: 0 });
    expect(r.stderr).toMatch(/^\[\+\] Exporting 0\/1\n ⠿ app-web-1 export app-web-1 to web\.tar Exporting +\d+\.\ds \n$/);
    expect(s.run('stat -c %a web.tar').stdout).toBe('600\n');
    expect(s.run('docker compose export web | tar -t | grep -c "^etc/nginx/nginx.conf$"').stdout).toBe('1\n');
    expect(s.run('docker compose export web')).toMatchObject({ stderr: 'output option is required when exporting to terminal\n', exitCode: 1 });
    expect(s.run('docker compose export -o nodir/web.tar web')).toMatchObject({ stderr: 'failed to export container: invalid output path: directory "nodir" does not exist\n', exitCode: 1 });
  });
});

describe('docker compose stats', () => {
  it("shows the project's containers (or one service's) in docker stats' table", () => {
    const s = app();
    s.run('docker run -d --name outsider alpine sleep 300');
    expect(s.run("docker compose stats --no-stream --format '{{.Name}}' | sort").stdout).toBe('app-shell-1\napp-web-1\n');
    const one = s.run('docker compose stats --no-stream web').stdout.split('\n');
    expect(one[0]).toMatch(/^CONTAINER ID +NAME +CPU % +MEM USAGE \/ LIMIT +MEM % +NET I\/O +BLOCK I\/O +PIDS$/);
    expect(one[1]).toMatch(/^[0-9a-f]{12} +app-web-1 +/);
    expect(one.length).toBe(3);
    s.run('docker compose stop web');
    expect(s.run("docker compose stats --no-stream -a --format '{{.Name}}' web").stdout).toBe('app-web-1\n');
    expect(s.run('docker compose stats a b')).toMatchObject({ stderr: 'accepts at most 1 arg(s), received 2\n', exitCode: 1 });
  });

  it('streams until Ctrl+C without --no-stream', () => {
    const s = app();
    expect(s.run('docker compose stats').stdout).toMatch(/^\x1b\[HCONTAINER ID/);
    expect(s.prompt()).toBe('');
    expect(s.interrupt().exitCode).toBe(130);
  });
});

describe('docker compose attach', () => {
  it("joins the service container's shell; a service without a running container is an error", () => {
    const s = app();
    expect(s.run('docker compose attach shell')).toMatchObject({ stdout: '', exitCode: 0 });
    expect(s.prompt()).toBe('/ # ');
    expect(s.run('hostname').stdout).toMatch(/^[0-9a-f]{12}\n$/);
    s.run('exit');
    expect(s.run("docker compose ps -a --format '{{.Service}} {{.State}}' shell").stdout).toBe('shell exited\n');
    expect(s.run('docker compose attach shell')).toMatchObject({ stderr: 'service "shell" is not running\n', exitCode: 1 });
  });
});
