/**
 * compose-go's interpolation over a whole model: every string is substituted, then values at
 * typed paths are cast (`read_only: "${RO}"` → a boolean, `ports.[].target` → an int); errors
 * name the path (`error while interpolating services.db.environment.PASSWORD: required variable
 * DB_PASSWORD is missing a value: set it`).
 */
import { ComposeError, type Warn } from './errors';
import { InvalidTemplateError, Substituter, type Lookup } from './template';
import { LIST, lookupRule, pattern, pathString, type TreePath, type Yaml, type YamlMap } from './tree-path';

type Cast = (value: string, warn: Warn | null) => Yaml;

class CastError extends Error {}

const GO_INT = /^[+-]?\d+$/;

function toInt(value: string): Yaml {
  if (!GO_INT.test(value)) throw new CastError(`strconv.Atoi: parsing ${JSON.stringify(value)}: invalid syntax`);
  return Number(value);
}

function toInt64(value: string): Yaml {
  if (!GO_INT.test(value)) throw new CastError(`strconv.ParseInt: parsing ${JSON.stringify(value)}: invalid syntax`);
  return Number(value);
}

function toFloat(value: string): Yaml {
  const n = Number(value);
  if (value.trim() === '' || Number.isNaN(n)) throw new CastError(`strconv.ParseFloat: parsing ${JSON.stringify(value)}: invalid syntax`);
  return n;
}

function toBoolean(value: string, warn: Warn | null): Yaml {
  const v = value.toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (v === 'y' || v === 'yes' || v === 'on') {
    warn?.(`${JSON.stringify(value)} for boolean is not supported by YAML 1.2, please use \`true\``);
    return true;
  }
  if (v === 'n' || v === 'no' || v === 'off') {
    warn?.(`${JSON.stringify(value)} for boolean is not supported by YAML 1.2, please use \`false\``);
    return false;
  }
  throw new CastError(`invalid boolean: ${value}`);
}

const svc = (rest: string) => pattern(`services.*.${rest}`);
const CASTS: ReadonlyArray<readonly [TreePath, Cast]> = [
  ...['cpu_count', 'cpu_period', 'cpu_quota', 'cpu_rt_period', 'cpu_rt_runtime', 'cpu_shares', 'oom_score_adj', 'pids_limit'].map((k) => [svc(k), toInt64] as const),
  ...['cpu_percent', 'cpus', 'deploy.update_config.max_failure_ratio', 'deploy.rollback_config.max_failure_ratio'].map((k) => [svc(k), toFloat] as const),
  ...['init', 'healthcheck.disable', 'oom_kill_disable', 'privileged', 'read_only', 'stdin_open', 'tty', 'volumes.[].read_only', 'volumes.[].volume.nocopy'].map(
    (k) => [svc(k), toBoolean] as const,
  ),
  ...[
    'deploy.replicas',
    'deploy.update_config.parallelism',
    'deploy.rollback_config.parallelism',
    'deploy.restart_policy.max_attempts',
    'deploy.placement.max_replicas_per_node',
    'healthcheck.retries',
    'ports.[].target',
    'scale',
    'ulimits.*',
    'ulimits.*.hard',
    'ulimits.*.soft',
  ].map((k) => [svc(k), toInt] as const),
  ...['networks.*.external', 'networks.*.internal', 'networks.*.attachable', 'networks.*.enable_ipv4', 'networks.*.enable_ipv6', 'volumes.*.external', 'secrets.*.external', 'configs.*.external'].map(
    (k) => [pattern(k), toBoolean] as const,
  ),
];

export interface InterpolateOptions {
  lookup: Lookup;
  warn: Warn | null;
}

function pathError(path: TreePath, e: unknown): ComposeError {
  if (e instanceof InvalidTemplateError) {
    return new ComposeError(`invalid interpolation format for ${pathString(path)}.\nYou may need to escape any $ with another $.\n${e.template}`, 'interpolation');
  }
  const msg = e instanceof Error ? e.message : String(e);
  return new ComposeError(`error while interpolating ${pathString(path)}: ${msg}`, 'interpolation');
}

function walk(value: Yaml, path: TreePath, sub: Substituter, o: InterpolateOptions): Yaml {
  if (typeof value === 'string') {
    let out: string;
    try {
      out = sub.substitute(value);
    } catch (e) {
      throw pathError(path, e);
    }
    const cast = lookupRule(CASTS, path);
    if (!cast) return out;
    try {
      return cast(out, o.warn);
    } catch (e) {
      if (e instanceof CastError) throw pathError(path, new Error(`failed to cast to expected type: ${e.message}`));
      throw e;
    }
  }
  if (Array.isArray(value)) return value.map((e) => walk(e, [...path, LIST], sub, o));
  if (value !== null && typeof value === 'object') {
    const out: YamlMap = {};
    for (const k of Object.keys(value)) out[k] = walk(value[k]!, [...path, k], sub, o);
    return out;
  }
  return value;
}

/** Interpolate a whole model (a mapping at the top). */
export function interpolateModel(model: YamlMap, o: InterpolateOptions): YamlMap {
  const sub = new Substituter(o.lookup, o.warn);
  return walk(model, [], sub, o) as YamlMap;
}
