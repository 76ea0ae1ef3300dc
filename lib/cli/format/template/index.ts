/**
 * Go text/template for `--format`: parse once, execute over data. Docker's function set is the
 * default; docker wraps errors as `template parsing error: <Go error>` (see formatter.ts).
 */
import { Executor, type MissingKey } from './exec';
import { BUILTIN_FUNCS, DOCKER_FUNCS, type FuncMap } from './funcs';
import { Lru } from './lru';
import { parseTemplate, type ParsedTemplate } from './parser';
import { NO_VALUE } from './values';

import { TemplateError } from './parser';

export { TemplateError };
export { BUILTIN_FUNCS, DOCKER_FUNCS, DOCKER_HEADER_FUNCS, type FuncMap, type TemplateFunc, type ParamKind } from './funcs';
export { goStruct, GO_TYPE, markTypedMap, NIL_PTR, NO_VALUE } from './values';
export type { MissingKey } from './exec';

export interface ExecuteOptions {
  /** Functions replacing or adding to the template's own (docker's header functions). */
  readonly funcs?: FuncMap;
  /** Go's missingkey option: `default` prints `<no value>`, `error` fails (docker inspect). */
  readonly missingKey?: MissingKey;
}

/** The default function set (Go's builtins plus docker's), shared so parses can be cached. */
const DEFAULT_FUNCS: FuncMap = { ...BUILTIN_FUNCS, ...DOCKER_FUNCS };

/** Parsed templates per function set, by name and text (parsing is pure; executing never changes the tree). */
const parsedCache = new WeakMap<FuncMap, Lru<string, GoTemplate>>();
const CACHE_SIZE = 64;

export class GoTemplate {
  private constructor(
    readonly parsed: ParsedTemplate,
    private readonly funcs: FuncMap,
  ) {}

  /** Parse `text`; throws TemplateError with Go's message (`template: :1: …`). */
  static parse(text: string, funcs: FuncMap = DEFAULT_FUNCS, name = ''): GoTemplate {
    let cache = parsedCache.get(funcs);
    if (!cache) parsedCache.set(funcs, (cache = new Lru(CACHE_SIZE)));
    const key = name + '\0' + text;
    let t = cache.get(key);
    if (!t) cache.set(key, (t = new GoTemplate(parseTemplate(text, (n) => n in funcs, name), funcs)));
    return t;
  }

  /** Execute over `data`; throws TemplateError (`template: :1:2: executing "" at <.X>: …`). */
  execute(data: unknown, options: ExecuteOptions = {}): string {
    const funcs = options.funcs ? { ...this.funcs, ...options.funcs } : this.funcs;
    const dot = data === null || data === undefined ? NO_VALUE : data; // Go: reflect.ValueOf(nil) is invalid
    const ex = new Executor(this.parsed, funcs, options.missingKey ?? 'default', this.parsed.name, dot);
    try {
      ex.walkList(dot, this.parsed.root);
    } catch (e) {
      if (e instanceof TemplateError) e.partial = ex.out;
      throw e;
    }
    return ex.out;
  }
}
