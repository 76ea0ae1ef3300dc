/**
 * compose-go's checkConsistency: references between services and top-level resources must
 * resolve (`service "web" refers to undefined network front: invalid compose project`), an image
 * or a build is needed, scale/replicas and limits must agree, targets mounted once, and
 * depends_on must not loop (`dependency cycle detected: a -> b -> a`).
 */
import { ComposeError, invalidProject } from './errors';
import type { ComposeProject, ServiceModel } from './project';
import { isMap, type YamlMap } from './tree-path';

const q = (s: string) => JSON.stringify(s);
const sortedKeys = (m: object) => Object.keys(m).sort();

function checkService(p: ComposeProject, name: string, s: ServiceModel): void {
  const build = isMap(s.build) ? s.build : null;
  if (!build && !s.image && !s.provider) throw invalidProject(`service ${q(name)} has neither an image nor a build context specified`);
  if (build && build.dockerfile_inline && build.dockerfile) throw invalidProject(`service ${q(name)} declares mutualy exclusive dockerfile and dockerfile_inline`);
  const networks = isMap(s.networks) ? s.networks : {};
  if (s.network_mode && Object.keys(networks).length > 0) throw invalidProject(`service ${name} declares mutually exclusive \`network_mode\` and \`networks\``);
  for (const n of Object.keys(networks)) if (!(n in p.networks)) throw invalidProject(`service ${q(name)} refers to undefined network ${n}`);
  const hc = isMap(s.healthcheck) ? s.healthcheck : null;
  if (hc && Array.isArray(hc.test) && hc.test.length > 0 && !['CMD', 'CMD-SHELL', 'NONE'].includes(String(hc.test[0]))) {
    throw new ComposeError('healthcheck.test must start either by "CMD", "CMD-SHELL" or "NONE"');
  }
  const deps = isMap(s.depends_on) ? s.depends_on : {};
  for (const [dep, cfg] of Object.entries(deps)) {
    if (dep in p.services) continue;
    if (dep in p.disabledServices && isMap(cfg) && cfg.required === false) continue;
    throw invalidProject(`service ${q(name)} depends on undefined service ${q(dep)}`);
  }
  if (typeof s.network_mode === 'string' && s.network_mode.startsWith('service:')) {
    const other = s.network_mode.slice(8);
    if (!(other in p.services)) throw new ComposeError(`service ${q(other)} not found for network_mode 'service:${other}'`);
  }
  for (const v of Array.isArray(s.volumes) ? s.volumes : []) {
    if (isMap(v) && v.type === 'volume' && v.source && !(String(v.source) in p.volumes)) throw invalidProject(`service ${q(name)} refers to undefined volume ${String(v.source)}`);
  }
  for (const sec of build && Array.isArray(build.secrets) ? build.secrets : []) {
    if (isMap(sec) && !(String(sec.source) in p.secrets)) throw invalidProject(`service ${q(name)} refers to undefined build secret ${String(sec.source)}`);
  }
  for (const c of Array.isArray(s.configs) ? s.configs : []) if (isMap(c) && !(String(c.source) in p.configs)) throw invalidProject(`service ${q(name)} refers to undefined config ${String(c.source)}`);
  for (const c of Array.isArray(s.secrets) ? s.secrets : []) if (isMap(c) && !(String(c.source) in p.secrets)) throw invalidProject(`service ${q(name)} refers to undefined secret ${String(c.source)}`);
  checkScale(name, s);
  checkMounts(name, s);
}

function checkScale(name: string, s: ServiceModel): void {
  const deploy = isMap(s.deploy) ? s.deploy : null;
  if (typeof s.scale === 'number' && deploy) {
    if (typeof deploy.replicas === 'number' && deploy.replicas !== s.scale) throw invalidProject(`services.${name}: can't set distinct values on 'scale' and 'deploy.replicas'`);
    deploy.replicas = s.scale;
  }
  if (typeof s.scale === 'number' && s.scale < 0) throw new ComposeError(`services.${name}.scale: must be greater than or equal to 0`);
  if (deploy && typeof deploy.replicas === 'number' && deploy.replicas < 0) throw new ComposeError(`services.${name}.deploy.replicas: must be greater than or equal to 0`);
  const limits = deploy && isMap(deploy.resources) && isMap(deploy.resources.limits) ? deploy.resources.limits : null;
  if (s.cpus && limits && limits.cpus !== undefined && limits.cpus !== s.cpus) throw invalidProject(`services.${name}: can't set distinct values on 'cpus' and 'deploy.resources.limits.cpus'`);
  if (s.mem_limit && limits && limits.memory !== undefined && limits.memory !== s.mem_limit) {
    throw invalidProject(`services.${name}: can't set distinct values on 'mem_limit' and 'deploy.resources.limits.memory'`);
  }
  const scale = typeof s.scale === 'number' ? s.scale : deploy && typeof deploy.replicas === 'number' ? deploy.replicas : 1;
  if (scale > 1 && s.container_name) {
    // compose-go swaps the two arguments in this message.
    throw invalidProject(`services.${typeof s.scale === 'number' ? 'scale' : 'deploy.replicas'}: can't set container_name and ${name} as container name must be unique`);
  }
}

function checkMounts(name: string, s: ServiceModel): void {
  const mounts = new Map<string, string>();
  (Array.isArray(s.tmpfs) ? s.tmpfs : []).forEach((t, i) => {
    const loc = `services.${name}.tmpfs[${i}]`;
    const path = String(t).split(':')[0]!;
    const prev = mounts.get(path);
    if (prev) throw new ComposeError(`${loc}: target ${path} already mounted as ${prev}`);
    mounts.set(path, loc);
  });
  (Array.isArray(s.volumes) ? s.volumes : []).forEach((v, i) => {
    if (!isMap(v)) return;
    const loc = `services.${name}.volumes[${i}]`;
    const target = String(v.target);
    const prev = mounts.get(target);
    if (prev) throw new ComposeError(`${loc}: target ${target} already mounted as ${prev}`);
    mounts.set(target, loc);
  });
}

function checkCycles(p: ComposeProject): void {
  const children = (name: string): string[] => {
    const s = p.services[name];
    return s && isMap(s.depends_on) ? sortedKeys(s.depends_on).filter((d) => d in p.services) : [];
  };
  const search = (path: string[]): void => {
    for (const child of children(path[path.length - 1]!)) {
      const i = path.indexOf(child);
      if (i >= 0) throw new ComposeError(`dependency cycle detected: ${path.slice(i).join(' -> ')} -> ${child}`);
      search([...path, child]);
    }
  };
  for (const name of sortedKeys(p.services)) search([name]);
}

export function checkConsistency(p: ComposeProject): void {
  for (const [name, s] of Object.entries(p.services)) checkService(p, name, s);
  for (const [name, secret] of Object.entries(p.secrets)) {
    const sec = secret as YamlMap;
    if (sec.external === true) continue;
    if (!sec.file && !sec.environment) throw invalidProject(`secret ${q(name)} must declare either \`file\` or \`environment\``);
  }
  checkCycles(p);
}
