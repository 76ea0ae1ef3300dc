/**
 * `docker inspect` / `docker X inspect` output (cli/command/inspect/inspector.go): no format →
 * a 4-space indented JSON array (`[]` when nothing was found); `json` → compact array; a
 * template → one line per object, executed with missingkey=error on the raw JSON map (what the
 * typed Go value answers too — `.ID`, a missing label, an omitted nil pointer — see executeTyped).
 * Parse errors exit 64; object errors are joined.
 */
import { type CliError, StatusError } from '../command/errors';
import { goJsonMarshal, goJsonMarshalIndent } from './go-json';
import { GoTemplate, markTypedMap, TemplateError } from './template';

/**
 * One requested object: found (its inspect data) or not (the error text to report). `omitted`: fields
 * of the Go struct that its JSON leaves out (omitempty) with their template value (`SizeRw: NIL_PTR`
 * without --size prints `<nil>`).
 */
export type InspectItem = { readonly value: unknown; readonly omitted?: Readonly<Record<string, unknown>> } | { readonly error: string };

export interface InspectResult {
  readonly stdout: string;
  /** Set when something failed; print its message on stderr and exit with its code. */
  readonly error?: CliError;
}

/** Fields of docker's Go types that are maps (by JSON key), not structs; and `LogConfig.Config`. */
const MAP_FIELDS = new Set(['Labels', 'Options', 'Volumes', 'ExposedPorts', 'Ports', 'PortBindings', 'Networks', 'Sysctls', 'Tmpfs', 'StorageOpt', 'Data', 'DriverOpts', 'Containers', 'Annotations']);

/** A copy of the JSON whose map fields are marked as typed Go maps (a missing key is `<no value>`). */
function typedView(v: unknown, key: string, parent: string): unknown {
  if (Array.isArray(v)) return v.map((x) => typedView(x, '', key));
  if (typeof v !== 'object' || v === null) return v;
  const copy: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) copy[k] = typedView(x, k, key);
  return MAP_FIELDS.has(key) || (key === 'Config' && parent === 'LogConfig') ? markTypedMap(copy) : copy;
}

/**
 * docker runs the template on the typed Go value first (default missingkey) and on the raw JSON map
 * (missingkey=error) only when that fails. So what the struct has answers even where the raw map has
 * nothing: a field whose Go name differs from its JSON key (`{{.ID}}` beside `{{.Id}}`), a field the
 * JSON omits (`{{.SizeRw}}` without --size: `<nil>`), a missing key of a map field
 * (`{{.Config.Labels.x}}`: `<no value>`). The raw map is tried first here (the common case, and its
 * error is the one reported); when it fails, that typed view is tried.
 */
function executeTyped(tmpl: GoTemplate, value: unknown, omitted?: Readonly<Record<string, unknown>>): string {
  try {
    return tmpl.execute(value, { missingKey: 'error' });
  } catch (e) {
    if (!(e instanceof TemplateError) || typeof value !== 'object' || value === null || Array.isArray(value)) throw e;
    const alias = 'Id' in value && !('ID' in value) ? { ID: (value as { Id: unknown }).Id } : {};
    try {
      return tmpl.execute({ ...(typedView(value, '', '') as object), ...alias, ...omitted }, { missingKey: 'error' });
    } catch {
      throw e;
    }
  }
}

export function inspectWrite(items: readonly InspectItem[], format: string): InspectResult {
  let tmpl: GoTemplate | undefined;
  if (format !== '' && format !== 'json') {
    try {
      tmpl = GoTemplate.parse(format);
    } catch (e) {
      return { stdout: '', error: new StatusError(64, `template parsing error: ${(e as Error).message}`) };
    }
  }
  const errors: string[] = [];
  const found: unknown[] = [];
  let out = '';
  for (const item of items) {
    if ('error' in item) {
      errors.push(item.error);
      continue;
    }
    found.push(item.value);
    if (!tmpl) continue;
    try {
      out += executeTyped(tmpl, item.value, item.omitted) + '\n';
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      errors.push(`template parsing error: ${e.message}`);
    }
  }
  let stdout: string;
  if (tmpl) stdout = out === '' ? '\n' : out;
  else if (found.length === 0) stdout = '[]\n';
  else stdout = (format === 'json' ? goJsonMarshal(found, { escapeHTML: false }) : goJsonMarshalIndent(found, '', '    ', { escapeHTML: false })) + '\n';
  return { stdout, error: errors.length > 0 ? new StatusError(1, errors.join('\n')) : undefined };
}
