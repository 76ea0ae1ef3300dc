/** The client-side parsers of run/create options, against docker/cli's and go-connections' rules. */
import { describe, expect, it } from 'vitest';
import { parseMountFlag, parseNetworkFlag, parseUlimit } from './flag-values';
import { addExposed, parsePortSpecs, toStandardNotation } from './port-specs';
import { parseRestartPolicy } from './parse-options';
import { parseTimestamp } from './timestamp';
import { parseVolumeFlags, splitVolumeSpec } from './volume-specs';

const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);

describe('port specs (nat.ParsePortSpecs)', () => {
  it.each([
    ['80', { '80/tcp': [{ HostIp: '', HostPort: '' }] }],
    ['8080:80', { '80/tcp': [{ HostIp: '', HostPort: '8080' }] }],
    ['127.0.0.1:8080:80/udp', { '80/udp': [{ HostIp: '127.0.0.1', HostPort: '8080' }] }],
    ['[::1]:8080:80', { '80/tcp': [{ HostIp: '::1', HostPort: '8080' }] }],
    ['8000-8001:80-81', { '80/tcp': [{ HostIp: '', HostPort: '8000' }], '81/tcp': [{ HostIp: '', HostPort: '8001' }] }],
    ['8000-8010:80', { '80/tcp': [{ HostIp: '', HostPort: '8000-8010' }] }],
  ])('%s', (spec, bindings) => {
    expect(parsePortSpecs([spec]).bindings).toEqual(bindings);
  });

  it.each([
    ['99999:80', 'invalid hostPort: 99999'],
    ['8080:', 'no port specified: 8080:<empty>'],
    ['8080:80/xyz', 'invalid proto: xyz'],
    ['1.2.3:80:80', 'invalid IP address: 1.2.3'],
    ['8000-8001:80-82', 'invalid ranges specified for container and host Ports: 80-82 and 8000-8001'],
    ['abc', 'invalid containerPort: abc'],
  ])('rejects %s', (spec, message) => {
    expect(() => parsePortSpecs([spec])).toThrow(message);
  });

  it('converts the long syntax and adds --expose ranges', () => {
    expect(toStandardNotation(['published=8080,target=80,protocol=udp'])).toEqual(['8080:80/udp']);
    expect(() => toStandardNotation(['published=8080,target'])).toThrow("invalid publish opts format (should be name=value but got 'target')");
    const exposed: Record<string, Record<string, never>> = {};
    addExposed(exposed, ['7000-7002/udp', '80']);
    expect(Object.keys(exposed)).toEqual(['7000/udp', '7001/udp', '7002/udp', '80/tcp']);
    expect(() => addExposed({}, ['80-x'])).toThrow('invalid range format for --expose: 80-x, error: strconv.ParseUint: parsing "x": invalid syntax');
  });
});

describe('--mount, --network, --ulimit values', () => {
  it('parses --mount fields with docker/cli errors', () => {
    expect(parseMountFlag('type=bind,source=/src,target=/dst,readonly')).toMatchObject({ Type: 'bind', Source: '/src', Target: '/dst', ReadOnly: true });
    expect(parseMountFlag('src=data,dst=/data,volume-nocopy')).toMatchObject({ Type: 'volume', Source: 'data', VolumeOptions: { NoCopy: true } });
    expect(parseMountFlag('type=tmpfs,target=/c,tmpfs-size=64m,tmpfs-mode=1770')).toMatchObject({ TmpfsOptions: { SizeBytes: 67108864, Mode: 0o1770 } });
    expect(() => parseMountFlag('type=volume')).toThrow('target is required');
    expect(() => parseMountFlag('target=/x,bogus=1')).toThrow("unexpected key 'bogus' in 'bogus=1'");
    expect(() => parseMountFlag('target=/x,foo')).toThrow("invalid field 'foo' must be a key=value pair");
    expect(() => parseMountFlag('type=bind,target=/x,volume-nocopy')).toThrow("cannot mix 'volume-*' options with mount type 'bind'");
    expect(() => parseMountFlag('target=/x,readonly=maybe')).toThrow('invalid value for readonly: maybe');
  });

  it('parses --network in both syntaxes', () => {
    expect(parseNetworkFlag('appnet')).toMatchObject({ target: 'appnet', long: false });
    expect(parseNetworkFlag('name=appnet,alias=db,ip=10.0.0.5')).toMatchObject({ target: 'appnet', aliases: ['db'], ipv4Address: '10.0.0.5', long: true });
    expect(() => parseNetworkFlag('alias=db')).toThrow('network name/id is not specified');
    expect(() => parseNetworkFlag('name=a,colour=blue')).toThrow('invalid field key colour');
  });

  it('parses --ulimit like go-units', () => {
    expect(parseUlimit('nofile=1024:2048')).toEqual({ Name: 'nofile', Soft: 1024, Hard: 2048 });
    expect(parseUlimit('nproc=64')).toEqual({ Name: 'nproc', Soft: 64, Hard: 64 });
    expect(() => parseUlimit('files=1')).toThrow('invalid ulimit type: files');
    expect(() => parseUlimit('nofile=2048:1024')).toThrow('ulimit soft limit must be less than or equal to hard limit: 2048 > 1024');
  });
});

describe('-v, --restart, --since', () => {
  it('splits -v into binds (absolute or ./relative) and anonymous volumes', () => {
    expect(parseVolumeFlags(['data:/data', './site:/srv:ro', '/cache'], '/home/learner')).toEqual({ binds: ['data:/data', '/home/learner/site:/srv:ro'], volumes: { '/cache': {} } });
    expect(splitVolumeSpec('C:\\x:/y')).toEqual({ source: 'C:\\x', target: '/y' });
    expect(() => splitVolumeSpec('ab::c')).toThrow('invalid spec: ab::c: empty section between colons');
    expect(() => splitVolumeSpec('')).toThrow('invalid empty volume spec');
  });

  it('parses restart policies as the client does', () => {
    expect(parseRestartPolicy('on-failure:5')).toEqual({ Name: 'on-failure', MaximumRetryCount: 5 });
    expect(parseRestartPolicy('always')).toEqual({ Name: 'always', MaximumRetryCount: 0 });
    expect(() => parseRestartPolicy('on-failure:x')).toThrow('invalid restart policy format: maximum retry count must be an integer');
  });

  it('reads --since/--until as durations, dates or Unix time', () => {
    expect(parseTimestamp('10m', NOW)).toBe(NOW - 600_000);
    expect(parseTimestamp('1500ms', NOW)).toBe(NOW - 2_000);
    expect(parseTimestamp('2026-01-15', NOW)).toBe(Date.UTC(2026, 0, 15));
    expect(parseTimestamp('2026-01-15T08:30:00Z', NOW)).toBe(Date.UTC(2026, 0, 15, 8, 30));
    expect(parseTimestamp('2026-01-15T10:30:00+02:00', NOW)).toBe(Date.UTC(2026, 0, 15, 8, 30));
    expect(parseTimestamp('1768467600', NOW)).toBe(1768467600_000);
    expect(() => parseTimestamp('soon', NOW)).toThrow('failed to parse value as time or duration: "soon"');
  });
});
