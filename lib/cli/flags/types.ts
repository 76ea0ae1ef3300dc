/**
 * Flag declarations with spf13/pflag semantics. A command declares its flags as a record
 * `{ optionName: f.string({...}) }`; the parser fills a typed options object from argv.
 */

import { ExpectedError } from '../../expected-error';

/** What a flag value can see while it is being set (docker's `-e FOO` reads the caller's env). */
export interface ParseEnv {
  readonly env: Readonly<Record<string, string>>;
}

/** One flag's value holder for one parse (pflag's Value). */
export interface FlagValue<T> {
  /** Parse and store `raw`; throws an Error whose message is the Go error text. */
  set(raw: string, env: ParseEnv): void;
  get(): T;
  /** Go's Value.String(): the text shown as `(default …)` in help. */
  toString(): string;
}

/** Everything about a flag except its long name (which may come from the options key). */
export interface FlagSpec<T = unknown> {
  /** Long name; defaults to the options key in kebab-case (`detachKeys` → `detach-keys`). */
  readonly name?: string;
  /** One-letter shorthand. */
  readonly short?: string;
  readonly usage: string;
  /** pflag Value.Type(): `bool`, `string`, `int`, `list`, `bytes`… (shown in help). */
  readonly type: string;
  /** Value used when the flag is given without `=value` (`true` for bools). */
  readonly noOptDefVal?: string;
  readonly hidden?: boolean;
  /** Hidden, still accepted, prints `Flag --x has been deprecated, <text>` when used. */
  readonly deprecated?: string;
  /** Shorthand still accepted but hidden in help, with a warning when used. */
  readonly shorthandDeprecated?: string;
  /** Annotations (e.g. docker's `version`, `swarm`, `experimental`) for help filtering. */
  readonly annotations?: Readonly<Record<string, string>>;
  /** A fresh holder containing the default value. */
  create(): FlagValue<T>;
  /**
   * The default when it is an immutable primitive (bools, strings, numbers): an options object
   * uses it directly for flags that were not given, without creating a holder.
   */
  readonly initial?: T;
  /**
   * A fresh copy of the default when it is not a primitive (an empty list or map): what
   * `create().get()` gives, without building a holder. Options objects call it for every flag that
   * was not given.
   */
  readonly fresh?: () => T;
}

/** A spec with its long name resolved. */
export interface FlagDef<T = unknown> extends FlagSpec<T> {
  readonly name: string;
  /** The options key this flag fills. */
  readonly key: string;
}

export type FlagSpecs = Readonly<Record<string, FlagSpec<any>>>;

/** The typed options object a FlagSpecs record produces. */
export type OptionsOf<F extends FlagSpecs> = { -readonly [K in keyof F]: F[K] extends FlagSpec<infer T> ? T : never };

/** Parse-time failure; `message` is pflag's exact text (`unknown flag: --bogus`). */
export class FlagError extends ExpectedError {
  constructor(message: string) {
    super(message);
    this.name = 'FlagError';
  }
}

/** `--help`/`-h` given on a command that does not define them (pflag's ErrHelp). */
export class HelpRequested extends ExpectedError {
  constructor() {
    super('pflag: help requested');
    this.name = 'HelpRequested';
  }
}
