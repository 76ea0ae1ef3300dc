/**
 * `docker info -f` / `docker version -f`: the value rendered through a Go template (`json` = the
 * whole value as JSON). A template that does not parse exits 64; one that fails while executing
 * prints an empty line first and then the error, as the docker CLI does.
 */
import { CliError, StatusError, type RunContext } from '../../command';
import { GoTemplate } from '../../format/template';

export function printFormatted<E>(ctx: RunContext<E>, format: string, value: unknown): number {
  let tmpl: GoTemplate;
  try {
    tmpl = GoTemplate.parse(format === 'json' ? '{{json .}}' : format);
  } catch (e) {
    throw new StatusError(64, `template parsing error: ${(e as Error).message}`);
  }
  try {
    ctx.out(tmpl.execute(value) + '\n');
  } catch (e) {
    ctx.out('\n');
    throw new CliError((e as Error).message);
  }
  return 0;
}
