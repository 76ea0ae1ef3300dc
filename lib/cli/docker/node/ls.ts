/** `docker node ls|list`: ID (`*` marks this node), HOSTNAME, STATUS, AVAILABILITY, MANAGER STATUS, ENGINE VERSION. */
import { checkSwarmFilters, SWARM_LIST_FLAGS } from '../swarm-list-flags';
import { settle } from '../../../sim/index';
import { hostOf } from '../../../sim/index';
import { listNodes, managerStatus, membership, nodeState, requireManager, type NodeRecord } from '../../../sim/swarm/index';
import { CliError, defineCommand, noArgs } from '../../command';
import { DEFAULT_QUIET_FORMAT, FormatContext, formatWrite, HeaderMap, TABLE_FORMAT_KEY } from '../../format/formatter';
import { GO_TYPE } from '../../format/template';
import type { DockerEnv } from '../env';

const HEADERS = new HeaderMap([
  ['ID', 'ID'],
  ['Self', ''],
  ['Hostname', 'HOSTNAME'],
  ['Status', 'STATUS'],
  ['Availability', 'AVAILABILITY'],
  ['ManagerStatus', 'MANAGER STATUS'],
  ['EngineVersion', 'ENGINE VERSION'],
  ['TLSStatus', 'TLS STATUS'],
]);
const DEFAULT_FORMAT = 'table {{.ID}} {{if .Self}}*{{else}} {{ end }}\t{{.Hostname}}\t{{.Status}}\t{{.Availability}}\t{{.ManagerStatus}}\t{{.EngineVersion}}';
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

class NodeContext extends FormatContext {
  readonly [GO_TYPE] = '*node.nodeContext';
  constructor(
    private readonly n: NodeRecord,
    private readonly self: boolean,
    private readonly status: string,
    private readonly manager: string,
    private readonly engine: string,
  ) {
    super();
  }
  ID(): string {
    return this.n.id;
  }
  Self(): boolean {
    return this.self;
  }
  Hostname(): string {
    return this.n.hostname;
  }
  Status(): string {
    return cap(this.status);
  }
  Availability(): string {
    return cap(this.n.spec.Availability);
  }
  ManagerStatus(): string {
    return this.manager;
  }
  EngineVersion(): string {
    return this.engine;
  }
  TLSStatus(): string {
    return 'Ready';
  }
}

export const ls = defineCommand<DockerEnv>()({
  use: 'ls [OPTIONS]',
  short: 'List nodes in the swarm',
  args: noArgs,
  aliasesLine: 'docker node ls, docker node list',
  at: [{ parent: 'node', aliases: ['list'] }],
  flags: SWARM_LIST_FLAGS,
  complete: () => [],
  run(ctx, o) {
    settle(ctx.env.eng);
    const eng = ctx.env.eng;
    const cluster = requireManager(eng);
    const self = membership(hostOf(eng))?.nodeId;
    const fl = o.filter;
    checkSwarmFilters(fl, ['id', 'label', 'membership', 'name', 'node.label', 'role']);
    for (const r of fl.role ?? []) if (r !== '' && !['manager', 'worker'].includes(r.toLowerCase())) throw new CliError(`Error response from daemon: Invalid role filter: '${r}'`);
    for (const m of fl.membership ?? []) if (m !== '' && !['accepted', 'pending'].includes(m.toLowerCase())) throw new CliError(`Error response from daemon: Invalid membership filter: '${m}'`);
    const rows = listNodes(eng)
      .filter((n) => !fl.role?.length || fl.role.some((r) => r.toLowerCase() === n.spec.Role))
      .filter((n) => !fl.name?.length || fl.name.some((v) => n.hostname.startsWith(v)))
      .filter((n) => !fl.id?.length || fl.id.some((v) => n.id.startsWith(v)))
      .filter((n) => !fl.membership?.length || fl.membership.some((m) => m.toLowerCase() === (n.left ? 'pending' : 'accepted')))
      .filter((n) => (fl['node.label'] ?? []).every((l) => (l.includes('=') ? n.spec.Labels[l.split('=')[0]!] === l.split('=')[1] : l in n.spec.Labels)))
      // `label` matches the engine labels of the node (dockerd --label), which simulated daemons do not set
      .filter(() => !fl.label?.length)
      .sort((a, b) => (a.hostname < b.hostname ? -1 : a.hostname > b.hostname ? 1 : 0))
      .map((n) => {
        const info = eng.world.hosts.find((h) => h.name === n.hostname)?.info;
        return new NodeContext(n, n.id === self, nodeState(eng.world, cluster, n), managerStatus(eng.world, cluster, n), info?.version ?? '28.2.2');
      });
    let format = o.format;
    if (format === '' || format === TABLE_FORMAT_KEY) format = o.quiet ? DEFAULT_QUIET_FORMAT : DEFAULT_FORMAT;
    else if (o.quiet) format = DEFAULT_QUIET_FORMAT;
    ctx.out(formatWrite(format, HEADERS, rows));
    return 0;
  },
});
