/** `docker image|network|volume inspect` as the Engine API returns them (key order, nulls, times). */
import { hostOf, type Engine } from '../core/engine';
import { stableHex } from '../core/rng';
import { repoDigests, repoTags } from '../images/store';
import type { ImageRecord } from '../images/types';
import { activeEndpoints } from '../networks/manage';
import type { NetworkRecord } from '../networks/types';
import { mountpoint } from '../volumes/volumes';
import type { VolumeRecord } from '../volumes/types';
import { rfc3339Nano, ZERO_TIME } from './time';

/** A Go map in JSON: keys sorted (plain objects otherwise keep insertion order). */
function goMap<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * A Go set (`map[string]struct{}`: ExposedPorts, Volumes) for templates: each value is marked as
 * an empty struct, so `{{.Config.ExposedPorts}}` prints `map[80/tcp:{}]` as docker does. The mark
 * is the template engine's global symbol (lib/cli/format/template/values.ts); JSON ignores it.
 */
export function structSet(set: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(set)) out[k] = Object.defineProperty({}, Symbol.for('dockerlings.goType'), { value: 'struct {}', enumerable: false });
  return out;
}

export function imageConfigJson(img: ImageRecord): Record<string, unknown> {
  const c = img.config;
  const out: Record<string, unknown> = {};
  if (c.User) out['User'] = c.User;
  if (c.ExposedPorts) out['ExposedPorts'] = structSet(c.ExposedPorts);
  if (c.Env.length) out['Env'] = c.Env;
  if (c.Entrypoint) out['Entrypoint'] = c.Entrypoint;
  if (c.Cmd) out['Cmd'] = c.Cmd;
  if (c.Volumes) out['Volumes'] = structSet(c.Volumes);
  if (c.WorkingDir) out['WorkingDir'] = c.WorkingDir;
  if (c.Labels && Object.keys(c.Labels).length) out['Labels'] = c.Labels;
  if (c.StopSignal) out['StopSignal'] = c.StopSignal;
  if (c.Healthcheck) out['Healthcheck'] = c.Healthcheck;
  if (c.OnBuild?.length) out['OnBuild'] = c.OnBuild;
  return out;
}

export function inspectImage(eng: Engine, img: ImageRecord): Record<string, unknown> {
  const host = hostOf(eng);
  const top = stableHex((img.layers.at(-1) ?? img.id) + 'cache');
  const lowers = img.layers.slice(0, -1).map((l) => `/var/lib/docker/overlay2/${stableHex(l + 'cache')}/diff`).reverse();
  return {
    Id: img.id,
    RepoTags: repoTags(host, img.id),
    RepoDigests: repoDigests(host, img.id),
    Parent: img.parent,
    Comment: img.comment,
    Created: rfc3339Nano(img.created, img.id),
    DockerVersion: img.source === 'commit' ? host.info.version : '',
    Author: img.author,
    Config: imageConfigJson(img),
    Architecture: img.architecture,
    Os: img.os,
    Size: img.size,
    GraphDriver: { Data: { ...(lowers.length ? { LowerDir: lowers.join(':') } : {}), MergedDir: `/var/lib/docker/overlay2/${top}/merged`, UpperDir: `/var/lib/docker/overlay2/${top}/diff`, WorkDir: `/var/lib/docker/overlay2/${top}/work` }, Name: 'overlay2' },
    RootFS: { Type: 'layers', Layers: img.layers },
    Metadata: { LastTagTime: img.lastTagTime === null ? ZERO_TIME : rfc3339Nano(img.lastTagTime, img.id + 't') },
  };
}

export function inspectNetwork(eng: Engine, n: NetworkRecord): Record<string, unknown> {
  const host = hostOf(eng);
  const containers: Record<string, unknown> = {};
  for (const c of activeEndpoints(host, n)) {
    const ep = c.networks[n.name]!;
    containers[c.id] = { Name: c.name, EndpointID: ep.endpointId, MacAddress: ep.macAddress, IPv4Address: ep.ipAddress ? `${ep.ipAddress}/${ep.ipPrefixLen}` : '', IPv6Address: '' };
  }
  return {
    Name: n.name,
    Id: n.id,
    Created: rfc3339Nano(n.created, n.id),
    Scope: n.scope,
    Driver: n.driver,
    EnableIPv4: true,
    EnableIPv6: n.enableIPv6,
    IPAM: { Driver: n.ipam.Driver, Options: n.ipam.Options, Config: n.ipam.Config },
    Internal: n.internal,
    Attachable: n.attachable,
    Ingress: n.ingress,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: goMap(containers),
    Options: goMap(n.options),
    Labels: goMap(n.labels),
  };
}

export function inspectVolume(_eng: Engine, v: VolumeRecord): Record<string, unknown> {
  return {
    CreatedAt: new Date(v.created).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    Driver: v.driver,
    Labels: Object.keys(v.labels).length ? goMap(v.labels) : null,
    Mountpoint: mountpoint(v.name),
    Name: v.name,
    Options: Object.keys(v.options).length ? goMap(v.options) : null,
    Scope: 'local',
  };
}
