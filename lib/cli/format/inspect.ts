/**
 * `docker inspect` / `docker X inspect` output (cli/command/inspect/inspector.go): no format →
 * a 4-space indented JSON array (`[]` when nothing was found); `json` → compact array; a
 * template → one line per object, executed with missingkey=error (docker falls back to the raw
 * JSON map, whose missing keys are errors). Parse errors exit 64; object errors are joined.
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
      out += tmpl.execute(item.value, { missingKey: 'error' }) + '\n';
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
