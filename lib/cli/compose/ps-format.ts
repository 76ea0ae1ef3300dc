/**
 * `docker compose ps` rows (compose's cmd/formatter/container.go): the default table
 * NAME IMAGE COMMAND SERVICE CREATED STATUS PORTS, `--format json` (one JSON object per line,
 * keys sorted), Go templates over the fields (`.Name`, `.Service`, `.State`, `.Health`,
 * `.ExitCode`, `.Publishers`…), and the PORTS column as docker prints it.
 */
import { PROJECT_LABEL, SERVICE_LABEL } from '../../sim/compose/index';
import type { ContainerRecord, Engine } from '../../sim/index';
import { containerSummary } from '../docker/container/summary';
import { goQuote } from '../flags';
import { goTimeString } from '../format/go-time';
import { FormatContext, HeaderMap } from '../format/formatter';
import { displayablePorts } from '../format/ports';
import { GO_TYPE } from '../format/template';
import { ellipsis, truncateID } from '../format/text-width';
import { humanDuration, humanSizeWithPrecision } from '../format/units';
import type { ContainerSummary } from '../format/container-context';

export const DEFAULT_PS_FORMAT = 'table {{.Name}}\t{{.Image}}\t{{.Command}}\t{{.Service}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}';

export const PS_HEADERS = new HeaderMap([
  ['ID', 'CONTAINER ID'],
  ['Name', 'NAME'],
  ['Names', 'NAMES'],
  ['Image', 'IMAGE'],
  ['Command', 'COMMAND'],
  ['Project', 'PROJECT'],
  ['Service', 'SERVICE'],
  ['CreatedAt', 'CREATED AT'],
  ['RunningFor', 'CREATED'],
  ['Ports', 'PORTS'],
  ['State', 'STATE'],
  ['Status', 'STATUS'],
  ['Health', 'HEALTH'],
  ['ExitCode', 'EXIT CODE'],
  ['Size', 'SIZE'],
  ['Labels', 'LABELS'],
  ['Mounts', 'MOUNTS'],
  ['LocalVolumes', 'LOCAL VOLUMES'],
  ['Networks', 'NETWORKS'],
]);

export interface Publisher {
  URL: string;
  TargetPort: number;
  PublishedPort: number;
  Protocol: string;
}

export class ComposeContainerContext extends FormatContext {
  readonly [GO_TYPE] = '*formatter.ContainerContext';
  private readonly s: ContainerSummary;

  constructor(
    eng: Engine,
    private readonly c: ContainerRecord,
    private readonly trunc: boolean,
  ) {
    super();
    this.s = containerSummary(eng, c);
    this.now = eng.world.clock;
  }
  private readonly now: number;

  ID(): string {
    return this.trunc ? truncateID(this.c.id) : this.c.id;
  }
  Name(): string {
    return this.c.name;
  }
  Names(): string {
    return this.c.name;
  }
  Image(): string {
    return this.c.config.Image;
  }
  Command(): string {
    return goQuote(this.trunc ? ellipsis(this.s.Command, 20) : this.s.Command);
  }
  Project(): string {
    return this.c.config.Labels[PROJECT_LABEL] ?? '';
  }
  Service(): string {
    return this.c.config.Labels[SERVICE_LABEL] ?? '';
  }
  CreatedAt(): string {
    return goTimeString(this.c.created);
  }
  RunningFor(): string {
    return humanDuration(this.now - this.c.created) + ' ago';
  }
  ExitCode(): number {
    return this.c.state.ExitCode;
  }
  State(): string {
    return this.c.state.Status;
  }
  Status(): string {
    return this.s.Status;
  }
  Health(): string {
    return this.c.state.Health?.Status ?? '';
  }
  Size(): string {
    return humanSizeWithPrecision(0, 3);
  }
  Labels(): string {
    return Object.entries(this.c.config.Labels).map(([k, v]) => `${k}=${v}`).sort().join(',');
  }
  Label(name: string): string {
    return this.c.config.Labels[name] ?? '';
  }
  Mounts(): string {
    return this.c.mounts.map((m) => m.Name || m.Source).join(',');
  }
  LocalVolumes(): string {
    return String(this.c.mounts.filter((m) => m.Type === 'volume').length);
  }
  Networks(): string {
    return Object.keys(this.c.networks).sort().join(',');
  }
  Ports(): string {
    return displayablePorts(this.s.Ports);
  }
  Publishers(): Publisher[] {
    return this.s.Ports.map((p) => ({ URL: p.IP ?? '', TargetPort: p.PrivatePort, PublishedPort: p.PublicPort ?? 0, Protocol: p.Type }));
  }
}
