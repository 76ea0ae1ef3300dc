/**
 * `docker ps` / `docker container ls` formatting (cli/command/formatter/container.go): the
 * column headers, default formats, and ContainerContext whose methods are the `--format`
 * fields (`.ID`, `.Names`, `.Command`, `.RunningFor`, `.Ports`, `.Label "k"`…).
 */
import { HeaderMap, FormatContext, TABLE_FORMAT_KEY, RAW_FORMAT_KEY, DEFAULT_QUIET_FORMAT } from './formatter';
import { goQuote } from '../flags/go-strconv';
import { goTimeString } from './go-time';
import { displayablePorts, type PortSummary } from './ports';
import { GO_TYPE } from './template';
import { ellipsis, truncateID } from './text-width';
import { humanDuration, humanSizeWithPrecision } from './units';

/** The Docker API's container.Summary (what `GET /containers/json` returns). */
export interface ContainerSummary {
  readonly Id: string;
  /** With the leading slash: `/web`. */
  readonly Names: readonly string[];
  readonly Image: string;
  readonly ImageID: string;
  readonly Command: string;
  /** Unix seconds. */
  readonly Created: number;
  readonly Ports: readonly PortSummary[];
  readonly SizeRw?: number;
  readonly SizeRootFs?: number;
  readonly Labels?: Readonly<Record<string, string>>;
  readonly State: string;
  readonly Status: string;
  readonly Mounts?: readonly { readonly Name?: string; readonly Source: string; readonly Driver?: string }[];
  readonly NetworkSettings?: { readonly Networks: Readonly<Record<string, unknown>> };
  /** The image's platform (API ImageManifestDescriptor.platform, docker ≥ 28). */
  readonly Platform?: { readonly architecture: string; readonly os: string; readonly variant?: string };
}

/** formatter.Platform: prints `linux/amd64`, encodes as the OCI platform object. */
class PlatformValue {
  constructor(readonly p: NonNullable<ContainerSummary['Platform']>) {}
  goString(): string {
    return [this.p.os, this.p.architecture, this.p.variant].filter(Boolean).join('/');
  }
  goMarshalJSON(): unknown {
    return this.p;
  }
}

export const DEFAULT_CONTAINER_TABLE_FORMAT =
  'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';

export const CONTAINER_HEADERS = new HeaderMap([
  ['ID', 'CONTAINER ID'],
  ['Names', 'NAMES'],
  ['Image', 'IMAGE'],
  ['Command', 'COMMAND'],
  ['CreatedAt', 'CREATED AT'],
  ['RunningFor', 'CREATED'],
  ['Ports', 'PORTS'],
  ['State', 'STATE'],
  ['Status', 'STATUS'],
  ['Size', 'SIZE'],
  ['Labels', 'LABELS'],
  ['Mounts', 'MOUNTS'],
  ['LocalVolumes', 'LOCAL VOLUMES'],
  ['Networks', 'NETWORKS'],
  ['Platform', 'PLATFORM'],
]);

/** formatter.NewContainerFormat: the template for `--format` (or its absence), `-q` and `-s`. */
export function containerFormat(source: string, quiet: boolean, size: boolean): string {
  if (source === TABLE_FORMAT_KEY || source === '') {
    if (quiet) return DEFAULT_QUIET_FORMAT;
    return DEFAULT_CONTAINER_TABLE_FORMAT + (size ? '\\t{{.Size}}' : '');
  }
  if (source === RAW_FORMAT_KEY) {
    if (quiet) return 'container_id: {{.ID}}';
    return (
      'container_id: {{.ID}}\nimage: {{.Image}}\ncommand: {{.Command}}\ncreated_at: {{.CreatedAt}}\n' +
      'state: {{- pad .State 1 0}}\nstatus: {{- pad .Status 1 0}}\nnames: {{.Names}}\nlabels: {{- pad .Labels 1 0}}\n' +
      'ports: {{- pad .Ports 1 0}}\n' + (size ? 'size: {{.Size}}\\n' : '')
    );
  }
  return quiet ? DEFAULT_QUIET_FORMAT : source;
}

/** Familiar form of an image reference without its digest (`docker.io/library/nginx@sha…` → `nginx`). */
function familiarWithoutDigest(ref: string): string {
  const name = ref.replace(/^docker\.io\/library\//, '').replace(/^docker\.io\//, '');
  const at = name.indexOf('@');
  return at >= 0 ? name.slice(0, at) : name;
}

export class ContainerContext extends FormatContext {
  readonly [GO_TYPE] = '*formatter.ContainerContext';

  constructor(
    private readonly c: ContainerSummary,
    /** false for `--no-trunc`. */
    private readonly trunc: boolean,
    /** The simulated clock, in milliseconds. */
    private readonly now: number,
  ) {
    super();
  }

  ID(): string {
    return this.trunc ? truncateID(this.c.Id) : this.c.Id;
  }
  Names(): string {
    let names = this.c.Names.map((n) => n.slice(1));
    if (this.trunc) {
      const own = names.find((n) => !n.includes('/'));
      if (own !== undefined) names = [own];
    }
    return names.join(',');
  }
  Image(): string {
    const image = this.c.Image;
    if (image === '') return '<no image>';
    if (!this.trunc) return image;
    if (truncateID(this.c.ImageID) === truncateID(image)) return truncateID(image);
    return familiarWithoutDigest(image);
  }
  Command(): string {
    return goQuote(this.trunc ? ellipsis(this.c.Command, 20) : this.c.Command);
  }
  CreatedAt(): string {
    return goTimeString(this.c.Created * 1000);
  }
  RunningFor(): string {
    return humanDuration(this.now - this.c.Created * 1000) + ' ago';
  }
  Ports(): string {
    return displayablePorts(this.c.Ports);
  }
  State(): string {
    return this.c.State;
  }
  Status(): string {
    return this.c.Status;
  }
  Size(): string {
    const rw = humanSizeWithPrecision(this.c.SizeRw ?? 0, 3);
    const rootFs = this.c.SizeRootFs ?? 0;
    return rootFs > 0 ? `${rw} (virtual ${humanSizeWithPrecision(rootFs, 3)})` : rw;
  }
  Labels(): string {
    const labels = this.c.Labels ?? {};
    return Object.entries(labels)
      .map(([k, v]) => `${k}=${v}`)
      .sort()
      .join(',');
  }
  Label(name: string): string {
    return this.c.Labels?.[name] ?? '';
  }
  Mounts(): string {
    return (this.c.Mounts ?? []).map((m) => (this.trunc ? ellipsis(m.Name || m.Source, 15) : m.Name || m.Source)).join(',');
  }
  LocalVolumes(): string {
    return String((this.c.Mounts ?? []).filter((m) => m.Driver === 'local').length);
  }
  Platform(): PlatformValue | null {
    return this.c.Platform ? new PlatformValue(this.c.Platform) : null;
  }
  /** Go map order is random; sorted here so output is deterministic. */
  Networks(): string {
    return Object.keys(this.c.NetworkSettings?.Networks ?? {}).sort().join(',');
  }
}
