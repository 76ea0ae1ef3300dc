/**
 * Build-time variables: an ordered environment (BuildKit's llb.EnvList), the predefined
 * platform ARGs, and the global ARGs (before the first FROM) with `--build-arg` overrides.
 */
import { DockerfileError } from '../dockerfile/errors';
import type { Instruction } from '../dockerfile/instructions';
import { newLexer, type EnvGetter } from '../dockerfile/shell-lex';

/** Ordered KEY → value list; re-setting a key keeps its position. */
export class EnvList implements EnvGetter {
  private readonly map = new Map<string, string>();
  constructor(entries: Iterable<[string, string]> = []) {
    for (const [k, v] of entries) this.map.set(k, v);
  }
  static fromStrings(list: readonly string[]): EnvList {
    return new EnvList(list.map((kv) => {
      const i = kv.indexOf('=');
      return [i < 0 ? kv : kv.slice(0, i), i < 0 ? '' : kv.slice(i + 1)] as [string, string];
    }));
  }
  get(key: string): string | undefined {
    return this.map.get(key);
  }
  set(key: string, value: string): void {
    this.map.set(key, value);
  }
  keys(): string[] {
    return [...this.map.keys()];
  }
  clone(): EnvList {
    return new EnvList(this.map);
  }
  toStrings(): string[] {
    return [...this.map].map(([k, v]) => `${k}=${v}`);
  }
  toRecord(): Record<string, string> {
    return Object.fromEntries(this.map);
  }
}

/** `ENV`-style replace-or-append on a `KEY=value` list (image config Env). */
export function addEnv(list: string[], key: string, value: string): string[] {
  const out = [...list];
  const i = out.findIndex((kv) => kv.split('=')[0] === key);
  if (i >= 0) out[i] = `${key}=${value}`;
  else out.push(`${key}=${value}`);
  return out;
}

export const BUILD_PLATFORM = { os: 'linux', arch: 'amd64', variant: '' };

/** BuildKit's defaultArgs: BUILDPLATFORM, TARGETPLATFORM, TARGETARCH… (overridable with --build-arg). */
export function defaultArgs(target: string, overrides: Readonly<Record<string, string>>, platform = 'linux/amd64'): EnvList {
  const [os = 'linux', arch = 'amd64', variant = ''] = platform.split('/');
  const entries: Array<[string, string]> = [
    ['BUILDPLATFORM', 'linux/amd64'],
    ['BUILDOS', 'linux'],
    ['BUILDOSVERSION', ''],
    ['BUILDARCH', 'amd64'],
    ['BUILDVARIANT', ''],
    ['TARGETPLATFORM', platform],
    ['TARGETOS', os],
    ['TARGETOSVERSION', ''],
    ['TARGETARCH', arch],
    ['TARGETVARIANT', variant],
    ['TARGETSTAGE', target || 'default'],
  ];
  return new EnvList(entries.map(([k, v]) => [k, overrides[k] ?? v]));
}

/** Global ARGs: each default expanded with the ones before it, `--build-arg` winning. */
export function metaArgs(base: EnvList, commands: ReadonlyArray<Extract<Instruction, { kind: 'arg' }>>, buildArgs: Readonly<Record<string, string>>, escape: string): EnvList {
  const env = base.clone();
  const lex = newLexer(escape);
  for (const cmd of commands) {
    for (const a of cmd.args) {
      let value = a.value;
      if (Object.hasOwn(buildArgs, a.key)) value = buildArgs[a.key];
      else if (value !== undefined) {
        try {
          value = lex.processWord(value, env).result;
        } catch (e) {
          throw new DockerfileError((e as Error).message, cmd.location);
        }
      }
      if (value !== undefined) env.set(a.key, value);
    }
  }
  return env;
}
