/** Usage texts docker shares between commands (cli/flags/options.go) and filter conversion. */
import type { FilterArgs } from '../../flags';

export const FORMAT_HELP = `Format output using a custom template:
'table':            Print output in table format with column headers (default)
'table TEMPLATE':   Print output in table format using the given Go template
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates`;

export const INSPECT_FORMAT_HELP = `Format output using a custom template:
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates`;

/** `--filter` values back as `key=value` strings (the form the engine's filters take). */
export function filterStrings(args: FilterArgs): string[] {
  return Object.entries(args).flatMap(([k, values]) => values.map((v) => `${k}=${v}`));
}
