/**
 * `docker search TERM` (cli/command/registry/search.go + formatter_search.go): Docker Hub's
 * results as NAME DESCRIPTION STARS OFFICIAL (descriptions cut at 45 columns unless --no-trunc),
 * `--filter is-official=true|stars=N`, `--limit`, `--format` with the search context's fields.
 */
import { searchHub, searchUnsupported, type HubRepository } from '../../../sim/index';
import { defineCommand, exactArgs, f } from '../../command';
import { FormatContext, formatWrite, HeaderMap } from '../../format/formatter';
import { GO_TYPE } from '../../format/template';
import { ellipsis } from '../../format/text-width';
import type { DockerEnv } from '../env';

const DEFAULT_FORMAT = 'table {{.Name}}\t{{.Description}}\t{{.StarCount}}\t{{.IsOfficial}}';
export const SEARCH_HEADERS = new HeaderMap([
  ['Name', 'NAME'],
  ['Description', 'DESCRIPTION'],
  ['StarCount', 'STARS'],
  ['IsOfficial', 'OFFICIAL'],
]);

export class SearchContext extends FormatContext {
  readonly [GO_TYPE] = '*registry.searchContext';
  private json = false;

  constructor(
    private readonly r: HubRepository,
    private readonly trunc: boolean,
  ) {
    super();
  }

  override goMarshalJSON(): Map<string, unknown> {
    this.json = true;
    try {
      return super.goMarshalJSON();
    } finally {
      this.json = false;
    }
  }
  Name(): string {
    return this.r.name;
  }
  Description(): string {
    const d = this.r.description.replace(/[\n\r]/g, ' ');
    return this.trunc ? ellipsis(d, 45) : d;
  }
  StarCount(): string {
    return String(this.r.stars);
  }
  IsOfficial(): string {
    if (this.json) return this.r.official ? 'true' : 'false';
    return this.r.official ? '[OK]' : '';
  }
}

/** splitReposSearchTerm: a first part with a dot or colon (or localhost) names another registry. */
function otherRegistry(term: string): boolean {
  const parts = term.split('/');
  if (parts.length === 1) return false;
  const first = parts[0]!;
  return (first.includes('.') || first.includes(':') || first === 'localhost') && first !== 'docker.io' && first !== 'index.docker.io';
}

export const search = defineCommand<DockerEnv>()({
  use: 'search [OPTIONS] TERM',
  short: 'Search Docker Hub for images',
  args: exactArgs(1),
  at: [{ parent: '' }],
  flags: {
    noTrunc: f.bool({ usage: "Don't truncate output" }),
    filter: f.filter({ short: 'f', usage: 'Filter output based on conditions provided' }),
    limit: f.int({ usage: 'Max number of search results' }),
    format: f.string({ usage: 'Pretty-print search using a Go template' }),
  },
  complete: () => [],
  run(ctx, o, args) {
    if ('is-automated' in o.filter) ctx.err('WARNING: the "is-automated" filter is deprecated, and searching for "is-automated=true" will not yield any results in future.\n');
    const term = args[0]!;
    const results = otherRegistry(term) ? searchUnsupported() : searchHub(term, { limit: o.limit, filters: o.filter });
    const format = o.format === '' || o.format === 'table' ? DEFAULT_FORMAT : o.format;
    ctx.out(formatWrite(format, SEARCH_HEADERS, results.map((r) => new SearchContext(r, !o.noTrunc))));
    return 0;
  },
});
