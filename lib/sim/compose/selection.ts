/**
 * Narrowing a project to what a command names (compose's ToProject): `up web` enables web's
 * profiles, keeps web and its dependencies (`no such service: x` otherwise), drops the other
 * services' dependency edges, and leaves out networks/volumes no remaining service uses.
 */
import { ComposeError } from './errors';
import { withDependencies } from './graph';
import { withProfiles, type ComposeProject } from './project';
import { isMap, type YamlMap } from './tree-path';

/** WithServicesEnabled: naming a profiled service activates its profiles. */
export function withServicesEnabled(p: ComposeProject, names: readonly string[]): ComposeProject {
  if (names.length === 0) return p;
  const profiles = [...p.profiles];
  for (const n of names) {
    if (n in p.services) continue;
    const s = p.disabledServices[n];
    if (s && Array.isArray(s.profiles)) profiles.push(...s.profiles.map(String));
  }
  return withProfiles(p, profiles);
}

/** WithSelectedServices: the named services and their dependencies (or only them, with --no-deps). */
export function withSelectedServices(p: ComposeProject, names: readonly string[], includeDependencies = true): ComposeProject {
  if (names.length === 0) return p;
  for (const n of names) if (!(n in p.services)) throw new ComposeError(`no such service: ${n}`, 'notFound');
  const keep = includeDependencies ? withDependencies(p, names) : new Set(names);
  const services: Record<string, YamlMap> = {};
  const disabledServices = { ...p.disabledServices };
  for (const [name, s] of Object.entries(p.services)) {
    if (!keep.has(name)) {
      disabledServices[name] = s;
      continue;
    }
    const copy = { ...s };
    if (isMap(copy.depends_on)) {
      const deps: YamlMap = {};
      for (const [d, cfg] of Object.entries(copy.depends_on)) if (keep.has(d)) deps[d] = cfg;
      if (Object.keys(deps).length > 0) copy.depends_on = deps;
      else delete copy.depends_on;
    }
    services[name] = copy;
  }
  return { ...p, services, disabledServices };
}

/** WithoutUnnecessaryResources (unless --all-resources). */
export function withoutUnnecessaryResources(p: ComposeProject): ComposeProject {
  const networks = new Set<string>();
  const volumes = new Set<string>();
  const secrets = new Set<string>();
  const configs = new Set<string>();
  for (const s of Object.values(p.services)) {
    if (isMap(s.networks)) for (const n of Object.keys(s.networks)) networks.add(n);
    for (const v of Array.isArray(s.volumes) ? s.volumes : []) if (isMap(v) && v.type === 'volume' && v.source) volumes.add(String(v.source));
    for (const v of Array.isArray(s.secrets) ? s.secrets : []) if (isMap(v)) secrets.add(String(v.source));
    for (const v of Array.isArray(s.configs) ? s.configs : []) if (isMap(v)) configs.add(String(v.source));
    if (isMap(s.build) && Array.isArray(s.build.secrets)) for (const v of s.build.secrets) if (isMap(v)) secrets.add(String(v.source));
  }
  const pick = (all: Record<string, YamlMap>, used: Set<string>) => Object.fromEntries(Object.entries(all).filter(([k]) => used.has(k)));
  return { ...p, networks: pick(p.networks, networks), volumes: pick(p.volumes, volumes), secrets: pick(p.secrets, secrets), configs: pick(p.configs, configs) };
}
