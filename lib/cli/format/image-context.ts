/**
 * `docker images` / `docker image ls` formatting (cli/command/formatter/image.go): headers,
 * default formats, one row per repository:tag (and digest with --digests), `<none>` rows for
 * dangling images, and ImageContext's `--format` fields.
 */
import { DEFAULT_QUIET_FORMAT, FormatContext, HeaderMap, TABLE_FORMAT_KEY } from './formatter';
import { goTimeString } from './go-time';
import { GO_TYPE } from './template';
import { truncateID } from './text-width';
import { humanDuration, humanSize, humanSizeWithPrecision } from './units';

/** The Docker API's image.Summary. */
export interface ImageSummary {
  readonly Id: string;
  readonly RepoTags: readonly string[];
  readonly RepoDigests: readonly string[];
  /** Unix seconds. */
  readonly Created: number;
  readonly Size: number;
  /** -1 when not computed. */
  readonly SharedSize: number;
  /** -1 when not computed. */
  readonly Containers: number;
}

export const DEFAULT_IMAGE_TABLE_FORMAT =
  'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';
export const DEFAULT_IMAGE_TABLE_FORMAT_WITH_DIGEST =
  'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';

export const IMAGE_HEADERS = new HeaderMap([
  ['ID', 'IMAGE ID'],
  ['Repository', 'REPOSITORY'],
  ['Tag', 'TAG'],
  ['Digest', 'DIGEST'],
  ['CreatedSince', 'CREATED'],
  ['CreatedAt', 'CREATED AT'],
  ['Size', 'SIZE'],
  ['Containers', 'CONTAINERS'],
  ['VirtualSize', 'SIZE'],
  ['SharedSize', 'SHARED SIZE'],
  ['UniqueSize', 'UNIQUE SIZE'],
]);

/** formatter.NewImageFormat. */
export function imageFormat(source: string, quiet: boolean, digest: boolean): string {
  if (source === TABLE_FORMAT_KEY || source === '') {
    if (quiet) return DEFAULT_QUIET_FORMAT;
    return digest ? DEFAULT_IMAGE_TABLE_FORMAT_WITH_DIGEST : DEFAULT_IMAGE_TABLE_FORMAT;
  }
  return quiet ? DEFAULT_QUIET_FORMAT : source;
}

export class ImageContext extends FormatContext {
  readonly [GO_TYPE] = '*formatter.imageContext';

  constructor(
    private readonly i: ImageSummary,
    private readonly repo: string,
    private readonly tag: string,
    private readonly digest: string,
    private readonly trunc: boolean,
    private readonly now: number,
  ) {
    super();
  }

  ID(): string {
    return this.trunc ? truncateID(this.i.Id) : this.i.Id;
  }
  Repository(): string {
    return this.repo;
  }
  Tag(): string {
    return this.tag;
  }
  Digest(): string {
    return this.digest;
  }
  CreatedSince(): string {
    return humanDuration(this.now - this.i.Created * 1000) + ' ago';
  }
  CreatedAt(): string {
    return goTimeString(this.i.Created * 1000);
  }
  Size(): string {
    return humanSizeWithPrecision(this.i.Size, 3);
  }
  Containers(): string {
    return this.i.Containers === -1 ? 'N/A' : String(this.i.Containers);
  }
  VirtualSize(): string {
    return humanSize(this.i.Size);
  }
  SharedSize(): string {
    return this.i.SharedSize === -1 ? 'N/A' : humanSize(this.i.SharedSize);
  }
  UniqueSize(): string {
    return this.i.Size === -1 || this.i.SharedSize === -1 ? 'N/A' : humanSize(this.i.Size - this.i.SharedSize);
  }
}

/** Familiar repository name (`docker.io/library/nginx` → `nginx`). */
function familiarName(name: string): string {
  return name.replace(/^docker\.io\/library\//, '').replace(/^docker\.io\//, '');
}

function splitTag(ref: string): [string, string] | undefined {
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  return colon > slash ? [familiarName(ref.slice(0, colon)), ref.slice(colon + 1)] : undefined;
}

/** The rows `docker images` prints for each image (formatter.imageFormat). */
export function imageRows(images: readonly ImageSummary[], opts: { digests: boolean; format: string; trunc: boolean; now: number }): ImageContext[] {
  const needDigest = opts.digests || opts.format.includes('{{.Digest}}');
  const rows: ImageContext[] = [];
  for (const img of images) {
    const row = (repo: string, tag: string, digest: string) => rows.push(new ImageContext(img, repo, tag, digest, opts.trunc, opts.now));
    if (img.RepoTags.length === 0 && img.RepoDigests.length === 0) {
      row('<none>', '<none>', '<none>');
      continue;
    }
    const tags = new Map<string, string[]>();
    const digests = new Map<string, string[]>();
    for (const ref of img.RepoTags) {
      const t = splitTag(ref);
      if (t) tags.set(t[0], [...(tags.get(t[0]) ?? []), t[1]]);
    }
    for (const ref of img.RepoDigests) {
      const at = ref.indexOf('@');
      if (at < 0) continue;
      const repo = familiarName(ref.slice(0, at));
      digests.set(repo, [...(digests.get(repo) ?? []), ref.slice(at + 1)]);
    }
    for (const [repo, repoTags] of tags) {
      const ds = needDigest ? (digests.get(repo) ?? []) : [];
      digests.delete(repo);
      for (const tag of repoTags) {
        if (ds.length === 0) row(repo, tag, '<none>');
        else for (const d of ds) row(repo, tag, d);
      }
    }
    for (const [repo, ds] of digests) {
      if (opts.digests) for (const d of ds) row(repo, '<none>', d);
      else row(repo, '<none>', '');
    }
  }
  return rows;
}
