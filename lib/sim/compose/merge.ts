/**
 * compose-go's override.Merge: how a later file (or an `extends` child) is laid over the model.
 * Mappings merge key by key, sequences are appended, scalars replaced — with the special rules
 * compose defines per path: `command`/`entrypoint`/`healthcheck.test` replace, environment and
 * labels (list or map) merge as `KEY=value` sequences, `depends_on`/`networks` as mappings,
 * `build` strings become `{context}`, logging options merge only for the same driver.
 */
import { ComposeError } from './errors';
import { isMap, pattern, pathString, lookupRule, type TreePath, type Yaml, type YamlMap } from './tree-path';

type Merger = (base: Yaml, over: Yaml, path: TreePath) => Yaml;

function goString(v: Yaml): string {
  if (v === null) return '<nil>';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** convertIntoSequence: a KEY=value mapping becomes a sorted list; lists pass through. */
export function intoSequence(value: Yaml): Yaml[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return [value];
  if (!isMap(value)) return [];
  const seq: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (v === null) seq.push(k);
    else if (Array.isArray(v)) for (const e of v) seq.push(`${k}=${goString(e)}`);
    else seq.push(`${k}=${goString(v)}`);
  }
  return seq.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function intoMapping(value: Yaml, defaults: YamlMap | null): YamlMap {
  if (isMap(value)) return value;
  const out: YamlMap = {};
  if (Array.isArray(value)) for (const s of value) out[String(s)] = defaults ? { ...defaults } : null;
  return out;
}

const toSequence: Merger = (b, o) => [...intoSequence(b), ...intoSequence(o)];
const replace: Merger = (_b, o) => o;

const extraHosts: Merger = (b, o) => {
  const right = intoSequence(b);
  const left = intoSequence(o).filter((v) => !right.includes(v));
  return [...right, ...left];
};

const DEPENDS_DEFAULT: YamlMap = { condition: 'service_started', required: true };

const mergeLogging: Merger = (b, o, p) => {
  if (!isMap(b) || !isMap(o)) return isMap(o) ? o : b;
  const base = b;
  const over = o;
  if (!('driver' in over) || !('driver' in base) || over.driver === base.driver) return mergeMappings(base, over, p);
  return over;
};

const mergeBuild: Merger = (b, o, p) => {
  const toBuild = (v: Yaml): YamlMap => (typeof v === 'string' ? { context: v } : isMap(v) ? v : {});
  return mergeMappings(toBuild(b), toBuild(o), p);
};

/** compose-go merges an ulimit override with itself: the later value wins whole. */
const mergeUlimit: Merger = (_b, o) => o;

const mergeIpamConfig: Merger = (b, o, p) => {
  if (!Array.isArray(b) || !Array.isArray(o)) throw new ComposeError(`${pathString(p)}: unexpected type`);
  const out: YamlMap[] = [];
  const at = (subnet: Yaml) => out.findIndex((c) => c.subnet === subnet);
  for (const original of b) {
    const right = intoMapping(original, null);
    for (const override of o) {
      const left = intoMapping(override, null);
      if (left.subnet !== right.subnet && at(left.subnet ?? null) < 0) {
        out.push(left);
        continue;
      }
      const merged = mergeMappings({ ...right }, left, p);
      const i = at(merged.subnet ?? null);
      if (i >= 0) out[i] = merged;
      else out.push(merged);
    }
  }
  return out;
};

const SPECIALS: ReadonlyArray<readonly [TreePath, Merger]> = (
  [
    ['networks.*.ipam.config', mergeIpamConfig],
    ['networks.*.labels', toSequence],
    ['volumes.*.labels', toSequence],
    ['services.*.annotations', toSequence],
    ['services.*.build', mergeBuild],
    ['services.*.build.args', toSequence],
    ['services.*.build.additional_contexts', toSequence],
    ['services.*.build.extra_hosts', extraHosts],
    ['services.*.build.labels', toSequence],
    ['services.*.command', replace],
    ['services.*.depends_on', (b, o, p) => mergeMappings(intoMapping(b, DEPENDS_DEFAULT), intoMapping(o, DEPENDS_DEFAULT), p)],
    ['services.*.deploy.labels', toSequence],
    ['services.*.dns', toSequence],
    ['services.*.dns_opt', toSequence],
    ['services.*.dns_search', toSequence],
    ['services.*.entrypoint', replace],
    ['services.*.env_file', toSequence],
    ['services.*.label_file', toSequence],
    ['services.*.environment', toSequence],
    ['services.*.extra_hosts', extraHosts],
    ['services.*.healthcheck.test', replace],
    ['services.*.labels', toSequence],
    ['services.*.volumes.*.volume.labels', toSequence],
    ['services.*.logging', mergeLogging],
    ['services.*.networks', (b, o, p) => mergeMappings(intoMapping(b, null), intoMapping(o, null), p)],
    ['services.*.sysctls', toSequence],
    ['services.*.tmpfs', toSequence],
    ['services.*.ulimits.*', mergeUlimit],
  ] as Array<[string, Merger]>
).map(([p, m]) => [pattern(p), m] as const);

export function mergeYaml(base: Yaml, over: Yaml | undefined, path: TreePath): Yaml {
  const special = lookupRule(SPECIALS, path);
  if (special) return special(base, over ?? null, path);
  if (over === undefined || over === null) return base;
  if (isMap(base)) {
    if (!isMap(over)) throw new ComposeError(`cannot override ${pathString(path)}`);
    return mergeMappings(base, over, path);
  }
  if (Array.isArray(base)) {
    if (!Array.isArray(over)) throw new ComposeError(`cannot override ${pathString(path)}`);
    return [...base, ...over];
  }
  return over;
}

export function mergeMappings(base: YamlMap, over: YamlMap, path: TreePath): YamlMap {
  for (const [k, v] of Object.entries(over)) {
    if (!(k in base)) {
      base[k] = v;
      continue;
    }
    base[k] = mergeYaml(base[k]!, v, [...path, k]);
  }
  return base;
}

/** Merge a whole file's model over what earlier files produced. */
export function mergeModels(base: YamlMap, over: YamlMap): YamlMap {
  return mergeMappings(base, over, []);
}

/** override.ExtendService: the child service over a copy of its base (paths as `services.x`). */
export function extendService(base: YamlMap, child: YamlMap): YamlMap {
  return mergeYaml(base, child, ['services', 'x']) as YamlMap;
}
