/** `docker context ls` rows (cli/command/formatter/context.go). */
import { DEFAULT_QUIET_FORMAT, FormatContext, HeaderMap, TABLE_FORMAT_KEY } from '../../format/formatter';
import { GO_TYPE } from '../../format/template';
import type { ContextMeta } from './store';

export const CONTEXT_TABLE_FORMAT = 'table {{.Name}}{{if .Current}} *{{end}}\t{{.Description}}\t{{.DockerEndpoint}}\t{{.Error}}';
export const CONTEXT_HEADERS = new HeaderMap([
  ['Name', 'NAME'],
  ['Description', 'DESCRIPTION'],
  ['DockerEndpoint', 'DOCKER ENDPOINT'],
  ['Error', 'ERROR'],
]);

export function contextFormat(source: string, quiet: boolean): string {
  if (quiet) return DEFAULT_QUIET_FORMAT.replace('ID', 'Name');
  return source === '' || source === TABLE_FORMAT_KEY ? CONTEXT_TABLE_FORMAT : source;
}

export class ContextRow extends FormatContext {
  readonly [GO_TYPE] = '*formatter.clientContextContext';

  constructor(
    private readonly m: ContextMeta,
    private readonly current: boolean,
  ) {
    super();
  }

  Name(): string {
    return this.m.Name;
  }
  Current(): boolean {
    return this.current;
  }
  Description(): string {
    return this.m.Metadata.Description ?? '';
  }
  DockerEndpoint(): string {
    return this.m.Endpoints.docker.Host;
  }
  Error(): string {
    return '';
  }
  ContextType(): string {
    return 'moby';
  }
}
