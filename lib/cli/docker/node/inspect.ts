/** `docker node inspect [--pretty] self|NODE...`: the API objects, or docker/cli's pretty node text. */
import { settle } from '../../../sim/index';
import { bytesSize } from '../../format/units';
import { isEngineError, type Engine } from '../../../sim/index';
import { nodeJson } from '../../../sim/swarm/api';
import { findNode, managerStatus, nodeState, requireManager, type ClusterRecord, type NodeRecord } from '../../../sim/swarm/index';
import { CliError, defineCommand, f, requiresMinArgs } from '../../command';
import { goTimeString } from '../../format/go-time';
import { inspectWrite } from '../../format/inspect';
import { INSPECT_FORMAT_HELP } from '../container/help-texts';
import { nodeNames } from '../service/completion';
import { daemonMessage, type DockerEnv } from '../env';

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

function pretty(eng: Engine, cluster: ClusterRecord, n: NodeRecord): string {
  const info = eng.world.hosts.find((h) => h.name === n.hostname)?.info;
  const labels = Object.entries(n.spec.Labels);
  let out = `ID:\t\t\t${n.id}\n`;
  if (labels.length) out += 'Labels:\n' + labels.map(([k, v]) => ` - ${k}${v ? `=${v}` : ''}\n`).join('');
  out += `Hostname:              \t${n.hostname}\nJoined at:             \t${goTimeString(n.createdAt)}\n`;
  out += `Status:\n State:\t\t\t${cap(nodeState(eng.world, cluster, n))}\n Availability:         \t${cap(n.spec.Availability)}\n Address:\t\t${n.addr}\n`;
  const ms = managerStatus(eng.world, cluster, n);
  if (ms) out += `Manager Status:\n Address:\t\t${n.managerAddr ?? n.addr + ':2377'}\n Raft Status:\t\t${ms === 'Unreachable' ? 'Unreachable' : 'Reachable'}\n Leader:\t\t${ms === 'Leader' ? 'Yes' : 'No'}\n`;
  out += `Platform:\n Operating System:\tlinux\n Architecture:\t\tx86_64\n`;
  out += `Resources:\n CPUs:\t\t\t${info?.ncpu ?? 1}\n Memory:\t\t${bytesSize(info?.memTotal ?? 0)}\n`;
  out += 'Plugins:\n Log:\t\tawslogs, fluentd, gcplogs, gelf, journald, json-file, local, splunk, syslog\n Network:\t\tbridge, host, ipvlan, macvlan, null, overlay\n Volume:\t\tlocal\n';
  out += `Engine Version:\t\t${info?.version ?? '28.2.2'}\n`;
  out += `TLS Info:\n TrustRoot:\n${cluster.trustRoot}\n Issuer Subject:\tMBMxETAPBgNVBAMTCHN3YXJtLWNh\n Issuer Public Key:\tMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${cluster.caDigest.slice(0, 50)}\n`;
  return out;
}

export const inspect = defineCommand<DockerEnv>()({
  use: 'inspect [OPTIONS] self|NODE [NODE...]',
  short: 'Display detailed information on one or more nodes',
  args: requiresMinArgs(1),
  at: [{ parent: 'node' }],
  flags: {
    format: f.string({ short: 'f', usage: INSPECT_FORMAT_HELP }),
    pretty: f.bool({ usage: 'Print the information in a human friendly format' }),
  },
  complete: (ctx) => nodeNames(ctx.env),
  run(ctx, o, args) {
    settle(ctx.env.eng);
    const eng = ctx.env.eng;
    const cluster = requireManager(eng);
    const items = args.map((a) => {
      try {
        return { n: findNode(eng, cluster, a) };
      } catch (e) {
        if (!isEngineError(e)) throw e;
        return { error: daemonMessage(e) };
      }
    });
    if (o.pretty) {
      ctx.out(items.map((i) => ('n' in i ? pretty(eng, cluster, i.n!) : '')).filter(Boolean).join('\n\n'));
      const bad = items.find((i) => 'error' in i);
      if (bad && 'error' in bad) throw new CliError(bad.error!);
      return 0;
    }
    const r = inspectWrite(items.map((i) => ('error' in i ? { error: i.error! } : { value: nodeJson(eng.world, cluster, i.n!) })), o.format);
    ctx.out(r.stdout);
    if (r.error) throw r.error;
    return 0;
  },
});
