/**
 * The docker root and the framework replayed against the real client: every line in
 * command/testing/oracle-fixtures.json was run through the real docker 28.2.2 client and the
 * fidelity oracle (record-fixtures.sh); our output must match it exactly.
 */
import { describe, expect, it } from 'vitest';
import { runTool } from '../command/execute';
import { DEMO_VERBS, type DemoEnv } from '../command/testing/demo-verbs';
import { fakeIo } from '../command/testing/fake-io';
import fixtures from '../command/testing/oracle-fixtures.json';
import { shellWords } from '../command/testing/shell-words';
import { createDockerTool, DOCKER_VERSION_LINE } from './root';
import { catalogMismatches } from './root-stubs';

interface Fixture {
  line: string;
  verdict: 'valid' | 'invalid';
  exitCode: number;
  stdout: string;
  stderr: string;
}

const tool = createDockerTool<DemoEnv>({ verbs: DEMO_VERBS, home: '/root', plugins: [] });
const env: DemoEnv = { containers: ['a', 'web'] };

function docker(line: string, columns?: number) {
  const io = fakeIo(shellWords(line), columns ? { COLUMNS: String(columns) } : {});
  const exitCode = runTool(tool, shellWords(line).slice(1), io, env);
  return { exitCode, ...io.captured };
}

/** The real client got as far as contacting the daemon: the line parsed, the verb would run. */
const reachedDaemon = (f: Fixture) => f.stderr.includes('Cannot connect to the Docker daemon');

describe('usage errors and help match the real docker client word for word', () => {
  const invalid = (fixtures as Fixture[]).filter((f) => !reachedDaemon(f));
  it.each(invalid.map((f) => [f.line, f] as const))('%s', (_line, fx) => {
    const got = docker(fx.line);
    expect(got.stderr.trimEnd()).toBe(fx.stderr);
    expect(got.stdout.trimEnd()).toBe(fx.stdout);
    expect(got.exitCode).toBe(fx.exitCode);
  });
});

describe('lines the real client accepts reach the verb', () => {
  const valid = (fixtures as Fixture[]).filter(reachedDaemon);
  it.each(valid.map((f) => [f.line, f] as const))('%s', (_line, fx) => {
    const got = docker(fx.line);
    expect(got.stderr).toBe('');
    expect(got.exitCode).toBe(0);
    // The real client printed any deprecation notice before failing to reach the daemon.
    if (fx.stdout !== '') expect(got.stdout.startsWith(fx.stdout + '\n')).toBe(true);
  });

  it('hands the verb typed options, positionals and the -- position', () => {
    const run = JSON.parse(docker('docker run -p8080:80 -dit --name=web -e=A=1 nginx').stdout);
    expect(run.path).toBe('docker run');
    expect(run.opts).toMatchObject({ detach: true, interactive: true, tty: true, name: 'web', publish: ['8080:80'], env: ['A=1'] });
    expect(run.args).toEqual(['nginx']);
    const limits = JSON.parse(docker('docker run -m 512m --cpus 1.5 --health-interval 1m30s alpine').stdout);
    expect(limits.opts).toMatchObject({ memory: 536870912, cpus: 1500000000, healthInterval: 90e9 });
    const ls = JSON.parse(docker('docker run alpine ls -la --bogus').stdout);
    expect(ls.args).toEqual(['alpine', 'ls', '-la', '--bogus']);
    const filters = JSON.parse(docker('docker ps -a -q --filter status=exited -f name=web').stdout);
    expect(filters.opts).toMatchObject({ all: true, quiet: true, filter: { status: ['exited'], name: ['web'] }, last: -1 });
    expect(JSON.parse(docker('docker ps --last=0x1F').stdout).opts.last).toBe(31);
    expect(JSON.parse(docker('docker exec -it web sh -c ls').stdout).args).toEqual(['web', 'sh', '-c', 'ls']);
  });

  it('`docker container ls`, `list`, `ps` and `docker ps` are the same verb', () => {
    for (const line of ['docker container ls -q', 'docker container list -q', 'docker container ps -q', 'docker ps -q']) {
      expect(JSON.parse(docker(line).stdout).opts.quiet).toBe(true);
    }
  });
});

describe('the docker root', () => {
  it('prints the main help on stderr for `docker` alone and on stdout for --help', () => {
    const bare = docker('docker');
    expect(bare.exitCode).toBe(0);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toBe(docker('docker --help').stdout);
    expect(bare.stderr).toContain('Common Commands:\n  run         Create and run a new container from an image\n  exec ');
    expect(bare.stderr.endsWith('For more help on how to use Docker, head to https://docs.docker.com/go/guides/\n')).toBe(true);
  });

  it('lists plugins with a star when installed', () => {
    const withPlugins = createDockerTool<DemoEnv>({ verbs: DEMO_VERBS, home: '/home/learner' });
    const io = fakeIo(['docker', '--help']);
    runTool(withPlugins, ['--help'], io, env);
    expect(io.captured.stdout).toContain('\n  buildx*     Docker Buildx\n  checkpoint  Manage checkpoints\n  compose*    Docker Compose\n');
    expect(io.captured.stdout).toContain('--config string      Location of client config files (default\n                           "/home/learner/.docker")');
  });

  it('runs verbs not simulated yet as stubs that say so, with real help', () => {
    const got = docker('docker trust sign --local x');
    expect(got).toMatchObject({ exitCode: 1, stdout: '' });
    expect(got.stderr).toBe("docker: 'docker trust sign' is not available in the Dockerlings simulator\n");
    expect(docker('docker pause --help').stdout).toBe(
      'Usage:  docker pause CONTAINER [CONTAINER...]\n\nPause all processes within one or more containers\n\nAliases:\n  docker container pause, docker pause\n',
    );
  });

  it('keeps verbs true to the real use lines and descriptions', () => {
    expect(catalogMismatches(tool.tree)).toEqual([]);
  });

  it('resolves --context and $DOCKER_CONTEXT through the context store hook', () => {
    const withCtx = createDockerTool<DemoEnv>({ verbs: DEMO_VERBS, home: '/home/learner', contextExists: (name) => name === 'remote' });
    const run = (argv: string[], envVars: Record<string, string> = {}) => {
      const io = fakeIo(['docker', ...argv], envVars);
      return { code: runTool(withCtx, argv, io, env), err: io.captured.stderr };
    };
    expect(run(['--context', 'remote', 'ps', '-q'])).toEqual({ code: 0, err: '' });
    expect(run(['ps', '-q'], { DOCKER_CONTEXT: 'gone' })).toEqual({
      code: 1,
      err: 'Failed to initialize: unable to resolve docker endpoint: context "gone": context not found: open /home/learner/.docker/contexts/meta/' +
        '283bb9deef02e6843abfb538efa1eca70801bd8a701c3f98191e123496339247/meta.json: no such file or directory\n',
    });
  });

  it('prints the version line consistent with `docker version`', () => {
    expect(docker('docker --version').stdout).toBe(DOCKER_VERSION_LINE + '\n');
  });

  it('shows `docker help CMD` like `docker CMD --help`', () => {
    expect(docker('docker help stop').stdout).toBe(docker('docker stop --help').stdout);
    expect(docker('docker help container ls').stdout).toBe(docker('docker container ls --help').stdout);
  });

  it('wraps flag usages to the terminal width from $COLUMNS', () => {
    const narrow = docker('docker ps --help', 60).stdout;
    // As the real client prints it in a 60-column terminal.
    expect(narrow).toContain('  -n, --last int        Show n last created\n                        containers (includes all\n                        states) (default -1)\n');
  });

  it('maps thrown errors through mapError and keeps CliError text and status', () => {
    const got = docker('docker stop nothere');
    expect(got).toEqual({ exitCode: 1, stdout: '', stderr: 'Error response from daemon: No such container: nothere\n' });
    expect(docker('docker stop --time 1 --timeout 2 a').stderr).toBe('conflicting options: cannot specify both --timeout and --time\n');
    expect(docker('docker stop -t -1 a').exitCode).toBe(2);
  });
});
