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
  return Object.entries(specs).map(([key, spec]) => ({ ...spec, key, name: spec.name ?? kebab(key) }));
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
    // Copying a template object with every key is much cheaper than adding ~100 keys one by one.
    const out = { ...t.base };
    for (const def of t.fresh) if (!this.values.has(def)) out[def.key] = def.fresh ? def.fresh() : def.create().get();
    for (const [def, v] of this.values) if (t.members.has(def)) out[def.key] = v.get();
    return out;
  }

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
}

/** Command trees are built once, so their definition lists are too: one template per list. */
const templates = new WeakMap<readonly FlagDef[], OptionsTemplate>();

function optionsTemplate(defs: readonly FlagDef[]): OptionsTemplate {
  let t = templates.get(defs);
  if (!t) {
    const base: Record<string, unknown> = {};
    const keys = new Set<string>();
    for (const def of defs) {
      base[def.key] = def.initial;
      keys.add(def.key);
    }
    t = { base, fresh: defs.filter((d) => d.initial === undefined), members: new Set(defs), duplicateKeys: keys.size !== defs.length };
    templates.set(defs, t);
  }
  return t;
}
