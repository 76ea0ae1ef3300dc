/**
 * A set of flag definitions (a command's local flags plus inherited persistent ones) and the
 * per-invocation state holding their values. Values are created lazily from each definition,
 * so one definition (e.g. docker's global `--debug`) can be seen by several parse passes.
 */
import { goQuote } from './go-strconv';
import { FlagError, type FlagDef, type FlagSpecs, type FlagValue, type ParseEnv } from './types';

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** Resolve a `{ key: spec }` record into definitions with long names. */
export function defineFlags(specs: FlagSpecs): FlagDef[] {
  return Object.entries(specs).map(([key, spec]) => definition(spec, key, spec.name ?? kebab(key)));
}

/**
 * A definition with every known field in one order, so all of them share one shape (parsing and
 * options read a few fields of many definitions: spread specs had dozens of shapes, each read a
 * megamorphic lookup). A declaration's own extra fields (a default, a validator) follow.
 */
function definition(spec: FlagSpecs[string], key: string, name: string): FlagDef {
  const def: Record<string, unknown> = {
    name,
    key,
    short: spec.short,
    usage: spec.usage,
    type: spec.type,
    noOptDefVal: spec.noOptDefVal,
    hidden: spec.hidden,
    deprecated: spec.deprecated,
    shorthandDeprecated: spec.shorthandDeprecated,
    annotations: spec.annotations,
    create: spec.create,
    initial: spec.initial,
    fresh: spec.fresh,
  };
  for (const k of Object.keys(spec)) if (!Object.hasOwn(def, k)) def[k] = (spec as unknown as Record<string, unknown>)[k];
  return def as unknown as FlagDef;
}

export class FlagSet {
  private readonly byName = new Map<string, FlagDef>();
  private readonly byShort = new Map<string, FlagDef>();

  /** `normalize` maps a typed name to its canonical form (kubectl turns `_` into `-`). */
  constructor(
    readonly defs: readonly FlagDef[],
    private readonly normalize: (name: string) => string = (n) => n,
  ) {
    for (const def of defs) {
      if (!this.byName.has(this.normalize(def.name))) this.byName.set(this.normalize(def.name), def);
      if (def.short && !this.byShort.has(def.short)) this.byShort.set(def.short, def);
    }
  }

  lookup(name: string): FlagDef | undefined {
    return this.byName.get(this.normalize(name));
  }

  lookupShort(c: string): FlagDef | undefined {
    return this.byShort.get(c);
  }

  /** The flags shown in help: not hidden, sorted by name (pflag's SortFlags). */
  visible(): FlagDef[] {
    return [...this.byName.values()].filter((d) => !d.hidden && !d.deprecated).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}

/** Flag values for one command invocation. */
export class FlagState {
  private readonly values = new Map<FlagDef, FlagValue<unknown>>();
  private readonly changedDefs = new Set<FlagDef>();
  /** How many values have been set: an options object made since is still current. */
  private sets = 0;
  /** Deprecation notices produced while setting flags (pflag prints them to the flag output). */
  readonly warnings: string[] = [];

  constructor(readonly env: ParseEnv) {}

  holder(def: FlagDef): FlagValue<unknown> {
    let v = this.values.get(def);
    if (!v) {
      v = def.create();
      this.values.set(def, v);
    }
    return v;
  }

  get<T>(def: FlagDef<T>): T {
    return this.holder(def).get() as T;
  }

  changed(def: FlagDef): boolean {
    return this.changedDefs.has(def);
  }

  /** pflag FlagSet.Set: parse and store, or throw pflag's `invalid argument` error. */
  set(def: FlagDef, raw: string): void {
    try {
      this.holder(def).set(raw, this.env);
    } catch (e) {
      const flagName = def.short && !def.shorthandDeprecated ? `-${def.short}, --${def.name}` : `--${def.name}`;
      const why = e instanceof Error ? e.message : String(e);
      throw new FlagError(`invalid argument ${goQuote(raw)} for ${goQuote(flagName)} flag: ${why}`);
    }
    this.changedDefs.add(def);
    this.sets++;
    if (def.deprecated) this.warnings.push(`Flag --${def.name} has been deprecated, ${def.deprecated}\n`);
  }

  /**
   * The options object for `defs`, keyed by each definition's key. Flags that were never set get
   * their default: a primitive straight from the definition, else a fresh value (a verb may keep
   * or change the arrays it receives).
   */
  options(defs: readonly FlagDef[]): Record<string, unknown> {
    const t = optionsTemplate(defs);
    if (t.duplicateKeys) {
      // Several definitions fill one key: the last one in `defs` wins, as the loop gives it.
      const out: Record<string, unknown> = {};
      for (const def of defs) out[def.key] = this.value(def);
      return out;
    }
    const values = this.values;
    let out: Record<string, unknown>;
    if (t.json !== null) {
      // Many lists and maps (docker run: 39): parsing the defaults' text makes the object and every
      // fresh default at once, where each store of a key into a ~100-key object is a slow lookup.
      out = JSON.parse(t.json) as Record<string, unknown>;
    } else {
      // Copying a template object with every key is much cheaper than adding the keys one by one.
      out = { ...t.base };
      const fresh = t.fresh;
      for (let i = 0; i < fresh.length; i++) {
        const def = fresh[i]!;
        if (!values.has(def)) out[def.key] = def.fresh ? def.fresh() : def.create().get();
      }
    }
    if (values.size > 0) for (const [def, v] of values) if (t.members.has(def)) out[def.key] = v.get();
    return out;
  }

  /**
   * The options object for `defs` shared by read-only users (a tool's global options, read by its
   * startup checks and then by the command): made again only when a value was set since.
   */
  sharedOptions(defs: readonly FlagDef[]): Readonly<Record<string, unknown>> {
    const kept = this.shared;
    if (kept !== null && kept.defs === defs && kept.sets === this.sets) return kept.out;
    const out = this.options(defs);
    this.shared = { defs, sets: this.sets, out };
    return out;
  }

  private shared: { readonly defs: readonly FlagDef[]; readonly sets: number; readonly out: Readonly<Record<string, unknown>> } | null = null;

  private value(def: FlagDef): unknown {
    const v = this.values.get(def);
    return v ? v.get() : def.initial !== undefined ? def.initial : def.fresh ? def.fresh() : def.create().get();
  }
}

/** For one list of definitions: the options object of primitive defaults, and what needs more. */
interface OptionsTemplate {
  /** Every key, holding its primitive default (undefined for the others, filled per call). */
  readonly base: Readonly<Record<string, unknown>>;
  /** Definitions without a primitive default: each call gets a fresh value (a verb may change it). */
  readonly fresh: readonly FlagDef[];
  readonly members: ReadonlySet<FlagDef>;
  readonly duplicateKeys: boolean;
  /** With many non-primitive defaults: every default as JSON, when all are plain data (else null). */
  readonly json: string | null;
}

/** From this many non-primitive defaults on, an options object is parsed from JSON rather than copied. */
const JSON_FROM = 16;

/** Command trees are built once, so their definition lists are too: one template per list. */
const templates = new WeakMap<readonly FlagDef[], OptionsTemplate>();

function optionsTemplate(defs: readonly FlagDef[]): OptionsTemplate {
  let t = templates.get(defs);
  if (!t) {
    // Made at once, so it has fast properties: one built key by key (~100 keyed stores) is a
    // dictionary, and a spread of a dictionary copies key by key again (~25 µs for docker run).
    const base: Record<string, unknown> = Object.fromEntries(defs.map((def) => [def.key, def.initial]));
    const duplicateKeys = new Set(defs.map((def) => def.key)).size !== defs.length;
    const fresh = defs.filter((d) => d.initial === undefined);
    const json = !duplicateKeys && fresh.length >= JSON_FROM ? defaultsJson(defs) : null;
    t = { base, fresh, members: new Set(defs), duplicateKeys, json };
    templates.set(defs, t);
  }
  return t;
}

/** `{"key": default, …}` in `defs` order, or null when a default would not come back the same from JSON. */
function defaultsJson(defs: readonly FlagDef[]): string | null {
  const all: Record<string, unknown> = {};
  for (const def of defs) {
    const value = def.initial !== undefined ? def.initial : def.fresh ? def.fresh() : def.create().get();
    if (!plainData(value)) return null;
    all[def.key] = value;
  }
  return JSON.stringify(all);
}

/** Values JSON gives back as they were: strings, booleans, finite numbers (not -0), null, plain arrays and objects of those. */
function plainData(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (Array.isArray(v)) return v.every(plainData);
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.values(v).every(plainData);
  return false;
}
