/** `docker build` and friends through the learner's shell: output, flags, errors, exit codes. */
import { describe, expect, it } from 'vitest';
import { catalogMismatches } from '../root-stubs';
import { createDockerTool } from '../root';
import { buildSession, type BuildEnv } from './testing/session';
import { buildVerbs } from './verbs';

const APP = { 'app/Dockerfile': 'FROM alpine\nWORKDIR /app\nCOPY hello.txt .\nRUN cat hello.txt\nCMD ["cat", "hello.txt"]\n', 'app/hello.txt': 'hi there\n' };
const session = () => buildSession(['alpine'], APP).session;
const ID = /^sha256:[0-9a-f]{64}\n$/;

describe('docker build output', () => {
  it('prints BuildKit plain progress on stderr when stderr is not a terminal, nothing on stdout', () => {
    const s = session();
    const r = s.run('cd app && docker build -t hello . 2>&1 >/dev/null | cat >&2');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').map((l) => l.replace(/sha256:[0-9a-f]{64}/g, 'sha256:…'));
    expect(lines).toEqual([
      '#0 building with "default" instance using docker driver', '',
      '#1 [internal] load build definition from Dockerfile', '#1 transferring dockerfile: 85B done', '#1 DONE 0.0s', '',
      '#2 [internal] load metadata for docker.io/library/alpine:latest', '#2 DONE 0.0s', '',
      '#3 [internal] load .dockerignore', '#3 transferring context: 2B done', '#3 DONE 0.0s', '',
      '#4 [1/4] FROM docker.io/library/alpine:latest@sha256:…', '#4 DONE 0.0s', '',
      '#5 [internal] load build context', '#5 transferring context: 49B done', '#5 DONE 0.0s', '',
      '#6 [2/4] WORKDIR /app', '#6 DONE 0.0s', '',
      '#7 [3/4] COPY hello.txt .', '#7 DONE 0.0s', '',
      '#8 [4/4] RUN cat hello.txt', '#8 0.042 hi there', '#8 DONE 0.1s', '',
      '#9 exporting to image', '#9 exporting layers 0.0s done', '#9 writing image sha256:… done', '#9 naming to docker.io/library/hello:latest done', '#9 DONE 0.0s', '',
    ]);
    expect(s.run('docker build -t hello . 2>&1 | grep -c CACHED').stdout).toBe('3\n');
  });

  it('-q prints only the image id on stdout; --iidfile writes it', () => {
    const s = session();
    const q = s.run('cd app && docker build -q .');
    expect(q.stdout).toMatch(ID);
    expect(q.stderr).toBe('');
    expect(s.run('docker build --iidfile id.txt . 2>/dev/null && cat id.txt').stdout).toBe(q.stdout.trim());
  });

  it('docker image build, docker builder build and docker buildx b are the same build', () => {
    const s = session();
    const ids = ['docker image build -q .', 'docker builder build -q .', 'docker buildx b -q .'].map((c) => s.run(`cd ~/app && ${c}`).stdout);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(ID);
  });

  it('-f picks another Dockerfile; -f - and - read it from stdin', () => {
    const s = buildSession(['alpine'], { ...APP, 'app/dev.Dockerfile': 'FROM alpine\nRUN echo dev\n' }).session;
    expect(s.run('cd app && docker build -f dev.Dockerfile . 2>&1 | grep "load build definition" | head -1').stdout).toBe('#1 [internal] load build definition from dev.Dockerfile\n');
    expect(s.run('printf "FROM alpine\\nRUN echo piped\\n" | docker build -f - -q .').stdout).toMatch(ID);
    expect(s.run('docker build -q - < dev.Dockerfile').stdout).toMatch(ID);
  });

  it('a failing build exits 1 with the excerpt and ERROR line', () => {
    const s = buildSession(['alpine'], { 'bad/Dockerfile': 'FROM alpine\nRUN exit 3\n' }).session;
    const r = s.run('cd bad && docker build .');
    expect(r.exitCode).toBe(1);
    expect(r.stderr.endsWith('Dockerfile:2\n--------------------\n   1 |     FROM alpine\n   2 | >>> RUN exit 3\n   3 |     \n--------------------\nERROR: failed to build: failed to solve: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3\n')).toBe(true);
  });
});

describe('docker build usage errors', () => {
  it.each([
    ['docker build', 1, "ERROR: docker: 'docker buildx build' requires 1 argument\n\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nRun 'docker buildx build --help' for more information\n"],
    ['docker build --bogus .', 125, "unknown flag: --bogus\n\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nRun 'docker buildx build --help' for more information\n"],
    ['docker build nope', 1, 'ERROR: failed to build: unable to prepare context: path "nope" not found\n'],
    ['docker build --progress=fancy .', 1, 'ERROR: invalid progress mode fancy\n'],
    ['docker build -q --progress=plain .', 1, 'ERROR: progress=plain and quiet cannot be used together\n'],
    ['docker build --build-arg =x .', 1, 'ERROR: invalid key-value pair "=x": empty key\n'],
    ['docker build -t MyApp .', 1, 'ERROR: failed to build: invalid tag "MyApp": repository name must be lowercase\n'],
    ['docker build --secret id=tok,src=missing.txt .', 1, 'ERROR: failed to build: failed to stat missing.txt: stat missing.txt: no such file or directory\n'],
    ['docker build --secret tok .', 1, "ERROR: invalid field 'tok' must be a key=value pair\n"],
    ['docker build --platform linux/amd64,linux/arm64 .', 1, 'ERROR: failed to build: Multi-platform build is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.\nLearn more at https://docs.docker.com/go/build-multi-platform/\n'],
    ['docker buildx prune extra', 1, "ERROR: docker: 'docker buildx prune' accepts no arguments\n\nUsage:  docker buildx prune\n\nRun 'docker buildx prune --help' for more information\n"],
  ])('%s', (cmd, code, stderr) => {
    const r = session().run(`cd app && ${cmd}`);
    expect({ code: r.exitCode, stderr: r.stderr }).toEqual({ code, stderr });
  });

  it('help shows buildx build usage, aliases and flags', () => {
    const r = session().run('docker buildx build --help');
    expect(r.stdout).toContain('Usage:  docker buildx build [OPTIONS] PATH | URL | -\n\nStart a build\n\nAliases:\n  docker buildx build, docker buildx b\n');
    expect(r.stdout).toMatch(/\n  -t, --tag stringArray +Name and optionally a tag \(format:\n +"name:tag"\)\n/);
    expect(r.stdout).toMatch(/\n      --builder string +Override the configured builder instance\n/);
    expect(r.stdout).toMatch(/\n  -D, --debug +Enable debug logging\n/);
    expect(r.stdout).toMatch(/\n      --ulimit ulimit +Ulimit options \(default \[\]\)\n$/);
    expect(r.stdout).not.toContain('--squash');
  });

  it('docker build --help is buildx build help, as Docker 28 forwards the whole line to buildx', () => {
    const s = session();
    const buildx = s.run('docker buildx build --help').stdout;
    for (const line of ['docker build --help', 'docker image build --help', 'docker builder build --help']) {
      const r = s.run(line);
      expect({ line, code: r.exitCode, out: r.stdout }).toEqual({ line, code: 0, out: buildx });
    }
    expect(s.run('docker builder prune --help').stdout).toMatch(/^Usage:  docker buildx prune\n\nRemove build cache\n\nOptions:\n  -a, --all +Include internal\/frontend images\n[\s\S]*\n      --filter filter +Provide filter values/);
    expect(s.run('docker --help').stdout).toMatch(/\n  build +Build an image from a Dockerfile\n/);
  });

  it('docker builder X is docker buildx X (ls, version, --help), still listed as a management command', () => {
    const s = session();
    for (const verb of ['ls', 'version', '--help']) expect(s.run(`docker builder ${verb}`)).toEqual(s.run(`docker buildx ${verb}`));
    expect(s.run('docker builder --help').stdout).toMatch(/^Usage:  docker buildx \[OPTIONS\] COMMAND\n\nExtended build capabilities with BuildKit\n/);
    expect(s.run('docker --help').stdout).toMatch(/\nManagement Commands:\n  builder +Manage builds\n/);
  });

  it('mounted verbs keep the real client use lines and descriptions', () => {
    const tool = createDockerTool<BuildEnv>({ verbs: buildVerbs((e) => e.eng), home: '/home/learner' });
    expect(catalogMismatches(tool.tree)).toEqual([]);
  });
});

describe('buildx version, ls, du', () => {
  it('report the docker driver builder and the cache records', () => {
    const s = session();
    expect(s.run('docker buildx version').stdout).toBe('github.com/docker/buildx v0.24.0 d0e5e86\n');
    expect(s.run('docker buildx ls').stdout).toBe('NAME/NODE     DRIVER/ENDPOINT   STATUS    BUILDKIT   PLATFORMS\ndefault*      docker                                 \n \\_ default    \\_ default       running   v0.22.0    linux/amd64 (+3), linux/386\n');
    expect(s.run('docker buildx du').stdout).toBe('ID\tRECLAIMABLE\tSIZE\tLAST ACCESSED\nReclaimable:\t0B\nTotal:\t\t0B\n');
    s.run('cd app && docker build -q .');
    const du = s.run('docker buildx du').stdout.split('\n');
    expect(du.length).toBeGreaterThan(4);
    expect(du[du.length - 2]).toMatch(/^Total:\t\t\S+$/);
  });
});

describe('secrets, check and prune', () => {
  it('progress=auto shows the TTY display when stderr is the terminal', () => {
    const s = session();
    const r = s.run('cd app && docker build -t hello .');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/^\[\+\] Building \d+\.\ds \(\d+\/\d+\) FINISHED/);
    expect(r.stderr).not.toContain('#1 [internal]');
    expect(s.run('docker build -t hello . 2>build.log; head -c 2 build.log').stdout).toBe('#0');
  });

  it('--secret from a file is usable in RUN, never stored', () => {
    const s = buildSession(['alpine'], { 'sec/Dockerfile': 'FROM alpine\nRUN --mount=type=secret,id=tok cat /run/secrets/tok\n', 'sec/tok.txt': 'abc123' }).session;
    const r = s.run('cd sec && docker build --progress=plain --secret id=tok,src=tok.txt .');
    expect(r.stderr).toMatch(/\n#5 \d\.\d{3} abc123\n/);
    expect(s.run('TOKEN=xyz docker build --secret id=tok,env=TOKEN --no-cache . 2>&1 | grep xyz').stdout).toContain('xyz');
  });

  it('--check lists the build checks on stdout and exits 1 when there are any', () => {
    const s = buildSession(['alpine'], { 'chk/Dockerfile': 'FROM alpine\nCMD echo hi\n', 'ok/Dockerfile': 'FROM alpine\nCMD ["echo", "hi"]\n' }).session;
    const warn = s.run('cd chk && docker build --check .');
    expect(warn.exitCode).toBe(1);
    expect(warn.stdout).toBe('Check complete, 1 warning has been found!\n\nWARNING: JSONArgsRecommended - https://docs.docker.com/go/dockerfile/rule/json-args-recommended/\nJSON arguments recommended for CMD to prevent unintended behavior related to OS signals\nDockerfile:2\n--------------------\n   1 |     FROM alpine\n   2 | >>> CMD echo hi\n   3 |     \n--------------------\n');
    expect(s.run('cd ../ok && docker build --check .').stdout).toBe('Check complete, no warnings found.\n');
  });

  it('docker builder prune asks first; -f removes the cache and a rebuild runs every step', () => {
    const s = session();
    s.run('cd app && docker build -q .');
    expect(s.run('docker builder prune').stdout).toBe('WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] ');
    expect(s.run('').stdout).toBe(''); // Enter alone: No
    expect(s.run('docker builder prune </dev/null').stdout).toBe('WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] ');
    const pruned = s.run('docker builder prune -f').stdout.split('\n');
    expect(pruned[0]).toBe('ID\t\t\t\t\t\tRECLAIMABLE\tSIZE\t\tLAST ACCESSED');
    expect(pruned[1]).toMatch(/^[0-9a-z]{25} {15}\ttrue \t\t\S+ *\tLess than a second ago$/);
    expect(pruned[pruned.length - 2]).toMatch(/^Total:\t\S+$/);
    expect(s.run('docker builder prune -f').stdout).toBe('Total:\t0B\n');
    expect(s.run('docker build . 2>&1 | grep -c CACHED').stdout).toBe('0\n');
    expect(s.run('echo y | docker buildx prune --all').stdout).toMatch(/^WARNING! This will remove all build cache\. Are you sure you want to continue\? \[y\/N\] (ID|Total)/);
  });

  it('on the terminal the answer comes on the next line: y prunes, anything but y or Y keeps the cache', () => {
    const s = session();
    s.run('cd app && docker build -q .');
    const size = () => s.run('docker buildx du | tail -1').stdout;
    const before = size();
    expect(before).not.toBe('Total:\t\t0B\n');
    s.run('docker builder prune');
    expect(s.run('yes')).toMatchObject({ stdout: '', exitCode: 0 });
    expect(size()).toBe(before);
    expect(s.run('docker builder prune -a').stdout).toBe('WARNING! This will remove all build cache. Are you sure you want to continue? [y/N] ');
    const r = s.run('Y');
    expect(r.stdout).toMatch(/^ID\t+RECLAIMABLE\tSIZE\t+LAST ACCESSED\n[\s\S]*\nTotal:\t\S+\n$/);
    expect(size()).toBe('Total:\t\t0B\n');
  });

  it('filters are checked before the question, with buildx wording', () => {
    const s = session();
    expect(s.run('docker builder prune --filter until=soon')).toMatchObject({ stdout: '', stderr: 'ERROR: "until" filter expects a duration (e.g., \'24h\'): time: invalid duration "soon"\n', exitCode: 1 });
    expect(s.run('docker builder prune --filter until=1h --filter unused-for=2h').stderr).toBe('ERROR: conflicting filters "until" and "unused-for"\n');
    expect(s.run('docker builder prune --filter until=1h --filter until=2h').stderr).toBe('ERROR: filters expect only one value\n');
    expect(s.run('docker builder prune --filter until').stderr).toMatch(/^invalid argument "until" for "--filter" flag: bad format of filter \(expected name=value\)\n/);
  });
});
