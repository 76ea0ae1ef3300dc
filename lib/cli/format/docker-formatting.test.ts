/** docker's listing and inspect output built from the formatter contexts. */
import { describe, expect, it } from 'vitest';
import { CliError, StatusError } from '../command/errors';
import { CONTAINER_HEADERS, ContainerContext, containerFormat, type ContainerSummary } from './container-context';
import { containerStatus, containerStateName } from './container-status';
import { statsCpuPercent, statsIO, statsMemUsage, statsPercentage } from './docker-formats';
import { formatWrite } from './formatter';
import { IMAGE_HEADERS, imageFormat, imageRows, type ImageSummary } from './image-context';
import { inspectWrite } from './inspect';
import { displayablePorts } from './ports';
import tabRef from './testing/tabwriter-reference.json';

const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);
const sec = (ms: number) => Math.floor(ms / 1000);
const hex = (seed: string) => (seed + 'f'.repeat(64)).slice(0, 64);

const api: ContainerSummary = {
  Id: hex('3f2a9c1b7d4e'),
  Names: ['/api'],
  Image: 'nginx:alpine',
  ImageID: 'sha256:' + hex('aa'),
  Command: "/docker-entrypoint.sh nginx -g 'daemon off;'",
  Created: sec(NOW - 120_000),
  Ports: [
    { IP: '::', PrivatePort: 80, PublicPort: 9090, Type: 'tcp' },
    { IP: '0.0.0.0', PrivatePort: 80, PublicPort: 9090, Type: 'tcp' },
  ],
  Labels: { 'com.docker.compose.project': 'shop', tier: 'front' },
  State: 'running',
  Status: 'Up 2 minutes',
  NetworkSettings: { Networks: { bridge: {}, appnet: {} } },
};
const once: ContainerSummary = {
  ...api,
  Id: hex('ab12cd34ef56'),
  Names: ['/once'],
  Image: 'alpine',
  Command: 'echo hi',
  Created: sec(NOW - 5_000),
  Ports: [],
  Labels: {},
  State: 'exited',
  Status: 'Exited (0) 4 seconds ago',
};
const ps = (format: string, opts: { quiet?: boolean; trunc?: boolean } = {}) =>
  formatWrite(containerFormat(format, opts.quiet ?? false, false), CONTAINER_HEADERS, [api, once].map((c) => new ContainerContext(c, opts.trunc ?? true, NOW)));

describe('docker ps output', () => {
  it('renders the default table exactly as docker (columns from Go tabwriter)', () => {
    expect(ps('')).toBe((tabRef as { out: string }[])[1]!.out);
    expect(ps('table')).toBe(ps(''));
  });

  it('renders custom templates, -q and --no-trunc', () => {
    expect(ps('{{.Names}} {{.Image}} {{.Ports}}')).toBe('api nginx:alpine 0.0.0.0:9090->80/tcp, [::]:9090->80/tcp\nonce alpine \n');
    expect(ps('', { quiet: true })).toBe('3f2a9c1b7d4e\nab12cd34ef56\n');
    expect(ps('{{.ID}}|{{.Command}}', { trunc: false }).split('\n')[0]).toBe(`${api.Id}|"/docker-entrypoint.sh nginx -g 'daemon off;'"`);
  });

  it('names table headers from the header map and label keys', () => {
    expect(ps('table {{.Label "com.docker.compose.project"}}\\t{{.Names}}\\t{{.Networks}}')).toBe(
      'project   NAMES     NETWORKS\nshop      api       appnet,bridge\n          once      appnet,bridge\n',
    );
  });

  it('prints json as docker does: sorted keys, HTML-escaped strings', () => {
    const first = JSON.parse(ps('json').split('\n')[0]!);
    expect(Object.keys(first)).toEqual(['Command', 'CreatedAt', 'ID', 'Image', 'Labels', 'LocalVolumes', 'Mounts', 'Names', 'Networks', 'Platform', 'Ports', 'RunningFor', 'Size', 'State', 'Status']);
    expect(first).toMatchObject({ CreatedAt: '2026-01-15 08:58:00 +0000 UTC', RunningFor: '2 minutes ago', Labels: 'com.docker.compose.project=shop,tier=front' });
    expect(ps('json')).toContain('"Ports":"0.0.0.0:9090-\\u003e80/tcp, [::]:9090-\\u003e80/tcp"');
  });

  it('wraps template errors like docker', () => {
    expect(() => ps('{{.Foo}}')).toThrow(
      new CliError('template parsing error: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext'),
    );
    expect(() => ps('{{foo}}')).toThrow(new CliError('template parsing error: template: :1: function "foo" not defined'));
  });
});

describe('PORTS column', () => {
  it.each([
    [[{ PrivatePort: 80, Type: 'tcp' }], '80/tcp'],
    [[{ PrivatePort: 80, Type: 'tcp' }, { PrivatePort: 81, Type: 'tcp' }, { PrivatePort: 82, Type: 'tcp' }, { PrivatePort: 53, Type: 'udp' }], '53/udp, 80-82/tcp'],
    [
      [8000, 8001].flatMap((p) => [
        { IP: '0.0.0.0', PrivatePort: p, PublicPort: p, Type: 'tcp' },
        { IP: '::', PrivatePort: p, PublicPort: p, Type: 'tcp' },
      ]),
      '0.0.0.0:8000-8001->8000-8001/tcp, [::]:8000-8001->8000-8001/tcp',
    ],
    [[{ IP: '127.0.0.1', PrivatePort: 5432, PublicPort: 15432, Type: 'tcp' }, { PrivatePort: 5432, Type: 'tcp' }], '5432/tcp, 127.0.0.1:15432->5432/tcp'],
  ])('%j → %s', (ports, text) => expect(displayablePorts(ports)).toBe(text));
});

describe('STATUS column', () => {
  const t = (s: number) => NOW - s * 1000;
  it.each([
    [{ running: true, exitCode: 0, startedAt: t(3) }, 'Up 3 seconds', 'running'],
    [{ running: true, exitCode: 0, startedAt: t(150), health: 'healthy' as const }, 'Up 2 minutes (healthy)', 'running'],
    [{ running: true, exitCode: 0, startedAt: t(5), health: 'starting' as const }, 'Up 5 seconds (health: starting)', 'running'],
    [{ running: true, paused: true, exitCode: 0, startedAt: t(5) }, 'Up 5 seconds (Paused)', 'paused'],
    [{ running: true, restarting: true, exitCode: 1, startedAt: t(9), finishedAt: t(2) }, 'Restarting (1) 2 seconds ago', 'restarting'],
    [{ running: false, exitCode: 137, startedAt: t(4000), finishedAt: t(3600) }, 'Exited (137) About an hour ago', 'exited'],
    [{ running: false, exitCode: 0 }, 'Created', 'created'],
  ])('%j', (state, status, name) => {
    expect(containerStatus(state, NOW)).toBe(status);
    expect(containerStateName(state)).toBe(name);
  });
});

describe('docker images rows', () => {
  const nginx: ImageSummary = {
    Id: 'sha256:' + hex('53a18edff809'),
    RepoTags: ['nginx:latest', 'nginx:1.27', 'localhost:5000/nginx:latest'],
    RepoDigests: ['nginx@sha256:' + hex('d1')],
    Created: sec(NOW - 3 * 86400_000),
    Size: 192_456_789,
    SharedSize: -1,
    Containers: -1,
  };
  const dangling: ImageSummary = { ...nginx, Id: 'sha256:' + hex('0123456789ab'), RepoTags: [], RepoDigests: [], Size: 0 };
  const images = (format: string, digests = false) =>
    formatWrite(imageFormat(format, false, digests), IMAGE_HEADERS, imageRows([nginx, dangling], { digests, format, trunc: true, now: NOW }));

  it('prints one row per tag and <none> for dangling images', () => {
    expect(images('')).toBe(
      'REPOSITORY             TAG       IMAGE ID       CREATED      SIZE\n' +
        'nginx                  latest    53a18edff809   3 days ago   192MB\n' +
        'nginx                  1.27      53a18edff809   3 days ago   192MB\n' +
        'localhost:5000/nginx   latest    53a18edff809   3 days ago   192MB\n' +
        '<none>                 <none>    0123456789ab   3 days ago   0B\n',
    );
  });

  it('adds digests with --digests', () => {
    expect(images('{{.Repository}}:{{.Tag}}@{{.Digest}}', true).split('\n')[0]).toBe(`nginx:latest@sha256:${hex('d1')}`);
  });
});

describe('docker inspect output', () => {
  const obj = { Id: 'abc', Name: '/web', State: { Status: 'running' }, Config: { Cmd: ['sh', '-c', 'a > b'] } };

  it('prints a 4-space indented array without HTML escaping, [] when nothing found', () => {
    expect(inspectWrite([{ value: obj }], '').stdout).toBe(
      '[\n    {\n        "Id": "abc",\n        "Name": "/web",\n        "State": {\n            "Status": "running"\n        },\n' +
        '        "Config": {\n            "Cmd": [\n                "sh",\n                "-c",\n                "a > b"\n            ]\n        }\n    }\n]\n',
    );
    expect(inspectWrite([{ error: 'Error: No such object: nope' }], '')).toEqual({ stdout: '[]\n', error: new StatusError(1, 'Error: No such object: nope') });
  });

  it('executes templates per object with missingkey=error, parse errors exit 64', () => {
    expect(inspectWrite([{ value: obj }, { value: { ...obj, Name: '/db' } }], '{{.Name}} {{.State.Status}}').stdout).toBe('/web running\n/db running\n');
    const missing = inspectWrite([{ value: obj }], '{{.Nope}}');
    expect(missing.stdout).toBe('\n');
    expect(missing.error?.message).toBe('template parsing error: template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"');
    expect(inspectWrite([{ value: obj }], '{{.Name')).toEqual({ stdout: '', error: new StatusError(64, 'template parsing error: template: :1: unclosed action') });
    expect(inspectWrite([{ value: obj }], 'json').stdout).toBe('[{"Id":"abc","Name":"/web","State":{"Status":"running"},"Config":{"Cmd":["sh","-c","a > b"]}}]\n');
  });
});

describe('docker stats values', () => {
  it('formats percentages, memory and I/O like docker stats', () => {
    expect(statsPercentage(statsCpuPercent({ cpu: 1e9, system: 100e9 }, { cpu: 1.5e9, system: 102e9 }, 2))).toBe('50.00%');
    expect(statsPercentage(0.125)).toBe('0.12%');
    expect(statsMemUsage(13_107_200, 2_087_354_368)).toBe('12.5MiB / 1.944GiB');
    expect(statsIO(1234, 648)).toBe('1.23kB / 648B');
  });
});
