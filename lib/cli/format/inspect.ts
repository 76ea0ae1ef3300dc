/**
 * `docker inspect` / `docker X inspect` output (cli/command/inspect/inspector.go): no format →
 * a 4-space indented JSON array (`[]` when nothing was found); `json` → compact array; a
 * template → one line per object, executed with missingkey=error on the raw JSON map (the Go
 * names of renamed fields, `.ID`, answer too: see executeTyped). Parse errors exit 64; object errors are joined.
 */
import { type CliError, StatusError } from '../command/errors';
import { goJsonMarshal, goJsonMarshalIndent } from './go-json';
import { GoTemplate, TemplateError } from './template';

/** One requested object: found (its inspect data) or not (the error text to report). */
export type InspectItem = { readonly value: unknown } | { readonly error: string };

export interface InspectResult {
  readonly stdout: string;
  /** Set when something failed; print its message on stderr and exit with its code. */
  readonly error?: CliError;
}

/**
 * docker runs the template on the typed Go value first and on the raw JSON map only when that fails,
 * so a struct field whose Go name differs from its JSON key answers to both: `{{.ID}}` (Go) and
 * `{{.Id}}` (JSON) on containers, images and networks. The raw map is tried first here; when it fails
 * and the object has an `Id`, the Go name is tried too (the raw map's error is the one reported).
 */
function executeTyped(tmpl: GoTemplate, value: unknown): string {
  try {
    return tmpl.execute(value, { missingKey: 'error' });
  } catch (e) {
    if (!(e instanceof TemplateError) || typeof value !== 'object' || value === null || !('Id' in value) || 'ID' in value) throw e;
    try {
      return tmpl.execute({ ...value, ID: (value as { Id: unknown }).Id }, { missingKey: 'error' });
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
      out += executeTyped(tmpl, item.value) + '\n';
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
