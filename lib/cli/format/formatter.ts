/**
 * docker's formatter.Context (cli/command/formatter/formatter.go): `--format` values `table`,
 * `table TEMPLATE`, `json`, or a template; literal `\t`/`\n` escapes; one template execution per
 * row; for tables a header row rendered by the same template over the header map (with docker's
 * header functions), all through the tabwriter. Template errors become
 * `template parsing error: …` (exit 1).
 */
import { CliError } from '../command/errors';
import type { GoMarshaler } from './go-json';
import { tabwrite } from './tabwriter';
import { DOCKER_HEADER_FUNCS, GO_TYPE, GoTemplate, TemplateError } from './template';

export const TABLE_FORMAT_KEY = 'table';
export const JSON_FORMAT_KEY = 'json';
export const RAW_FORMAT_KEY = 'raw';
export const DEFAULT_QUIET_FORMAT = '{{.ID}}';
export const JSON_FORMAT = '{{json .}}';

export const isTableFormat = (format: string) => format.startsWith(TABLE_FORMAT_KEY);

/**
 * SubHeaderContext: column name → header (`ID` → `CONTAINER ID`), plus `.Label "a.b-c"` → `c`
 * (the last dotted part, `-`/`_` as spaces).
 */
export class HeaderMap extends Map<string, string> {
  Label(name: string): string {
    const parts = name.split('.');
    return parts[parts.length - 1]!.replace(/[-_]/g, ' ');
  }
}

/**
 * Base of docker's formatter contexts: zero-argument methods with capitalised names are the
 * fields; `{{json .}}` encodes them as a Go map (sorted keys, HTML-escaped, like MarshalJSON).
 */
export abstract class FormatContext implements GoMarshaler {
  abstract readonly [GO_TYPE]: string;

  goMarshalJSON(): Map<string, unknown> {
    const out = new Map<string, unknown>();
    for (let proto = Object.getPrototypeOf(this); proto && proto !== FormatContext.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const name of Object.getOwnPropertyNames(proto)) {
        const fn = (this as unknown as Record<string, unknown>)[name];
        if (out.has(name) || !/^[A-Z]/.test(name) || name === 'FullHeader' || typeof fn !== 'function' || fn.length !== 0) continue;
        out.set(name, (fn as () => unknown).call(this));
      }
    }
    return out;
  }
}

/** formatter.Context.preFormat: the template text actually executed. */
export function finalFormat(format: string): string {
  let f = format;
  if (isTableFormat(f)) f = f.slice(TABLE_FORMAT_KEY.length);
  else if (f === JSON_FORMAT_KEY) f = JSON_FORMAT;
  return f.replace(/^ +| +$/g, '').replaceAll('\\t', '\t').replaceAll('\\n', '\n');
}

const parsingError = (e: unknown) => new CliError(`template parsing error: ${e instanceof Error ? e.message : String(e)}`, 1);

/**
 * Render `rows` with `format` (already resolved from `table`/quiet defaults by the verb).
 * Throws CliError(`template parsing error: …`) like docker.
 */
export function formatWrite(format: string, header: HeaderMap, rows: readonly unknown[]): string {
  let tmpl: GoTemplate;
  try {
    tmpl = GoTemplate.parse(finalFormat(format));
  } catch (e) {
    throw parsingError(e);
  }
  let body = '';
  for (const row of rows) {
    try {
      body += tmpl.execute(row) + '\n';
    } catch (e) {
      if (e instanceof TemplateError) throw parsingError(e);
      throw e;
    }
  }
  if (!isTableFormat(format)) return body;
  let head = '';
  try {
    head = tmpl.execute(header, { funcs: DOCKER_HEADER_FUNCS });
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e; // docker ignores header errors (partial output is kept)
    head = e.partial;
  }
  return tabwrite(head + '\n' + body);
}
