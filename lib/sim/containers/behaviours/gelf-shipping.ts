/**
 * The lab's log path, container → gelf driver → Logstash → Elasticsearch, materialised when the
 * Elasticsearch node is asked something. A line reaches the node when its container logs with
 * `--log-driver gelf` to a UDP address that lands on a running Logstash (a published
 * `<port>/udp` on the host, or the Logstash container's own address), that Logstash's pipeline
 * has a `gelf` input on that port and an `elasticsearch` output whose hosts resolve to this
 * node over plain HTTP, and the line was written while that Logstash was up (UDP: lines sent
 * before are lost). Each Logstash remembers per source container the last line it shipped (a
 * file in its data directory), so every line is indexed once.
 */
import { hostOf } from '../../core/engine';
import { parseUrl } from '../../networks/http';
import { resolveName } from '../../networks/reach';
import type { ContainerRecord } from '../types';
import { containerFs } from '../view';
import { newIndex, putDoc, readIndex, saveIndex, base64Id, type EsIndex } from './es-store';
import { expandIndex, gelfPort, readPipelines, type PluginBlock } from './logstash-pipeline';
import type { BehaviourCtx } from './types';

const POSITIONS = '/usr/share/logstash/data/gelf-positions.json';

const ipsOf = (c: ContainerRecord) => Object.values(c.networks).map((n) => n.ipAddress).filter(Boolean);

/** Whether `udp://host:port` sent by the daemon on the host arrives at Logstash `l` listening on `inPort`. */
function reaches(address: string, l: ContainerRecord, inPort: number): boolean {
  const m = /^udp:\/\/([^:/]+):(\d+)$/.exec(address.trim());
  if (!m) return false;
  const [, h, p] = m;
  if (ipsOf(l).includes(h!)) return Number(p) === inPort;
  if (h !== 'localhost' && h !== '127.0.0.1') return false;
  return (l.hostConfig.PortBindings[`${inPort}/udp`] ?? []).some((b) => b.HostPort === p && ['', '0.0.0.0', '127.0.0.1', '::'].includes(b.HostIp ?? ''));
}

/** The outputs of `l` that write to the node `es` (plain HTTP only: a secured node refuses them). */
function outputsTo(ctx: BehaviourCtx, l: ContainerRecord, outputs: PluginBlock[], plainHttp: boolean): PluginBlock[] {
  const esIps = ipsOf(ctx.c);
  return outputs.filter((o) => {
    if (o.name !== 'elasticsearch') return false;
    const hosts = o.settings['hosts'] ?? 'http://localhost:9200';
    return (Array.isArray(hosts) ? hosts : [hosts]).some((h) => {
      const u = parseUrl(h.includes('://') ? h : `http://${h}`);
      const ip = u && resolveName(ctx.eng, { kind: 'container', id: l.id }, u.host);
      // Logstash's default port is 9200 when the host has none
      const port = /^(\w+:\/\/)?[^/]*:\d+/.test(h) ? u?.port : 9200;
      return !!u && !!ip && esIps.includes(ip) && port === 9200 && (u.scheme === 'http') === plainHttp;
    });
  });
}

function gelfEvent(eng: BehaviourCtx['eng'], l: ContainerRecord, s: ContainerRecord, line: { t: number; stream: string; text: string }): Record<string, unknown> {
  const img = hostOf(eng).images[s.imageId];
  return {
    '@timestamp': new Date(line.t).toISOString(),
    '@version': '1',
    message: line.text,
    host: eng.world.hosts[0]?.name ?? 'dockerlings',
    level: line.stream === 'stderr' ? 3 : 6,
    version: '1.1',
    // the sender as Logstash sees it: the daemon, through the gateway of Logstash's network
    source_host: (ipsOf(l)[0] ?? '172.17.0.2').replace(/\.\d+$/, '.1'),
    command: [s.path, ...s.args].join(' '),
    container_id: s.id,
    container_name: s.name.replace(/^\//, ''),
    created: new Date(s.created).toISOString(),
    image_id: img?.id ?? s.imageId,
    image_name: s.config.Image,
    tag: s.hostConfig.LogConfig.Config['tag'] ?? s.id.slice(0, 12),
  };
}

/** Index what the gelf containers sent through Logstash since the last request. */
export function shipGelfEvents(ctx: BehaviourCtx, plainHttp: boolean): void {
  const host = hostOf(ctx.eng);
  const all = Object.values(host.containers);
  for (const l of all) {
    if (!l.state.Running || l.proc?.behaviour !== 'logstash') continue;
    const lfs = containerFs(ctx.eng, l);
    const pipeline = readPipelines(lfs);
    const port = gelfPort(pipeline);
    const outs = port === null ? [] : outputsTo(ctx, l, pipeline.outputs, plainHttp);
    if (port === null || outs.length === 0) continue;
    const since = l.proc.readyAt ?? l.state.StartedAt ?? ctx.now;
    const positions: Record<string, number> = lfs.stat(POSITIONS) ? JSON.parse(lfs.readFile(POSITIONS)) : {};
    const touched = new Map<string, EsIndex>();
    for (const s of all) {
      const cfg = s.hostConfig.LogConfig;
      if (cfg.Type !== 'gelf' || !reaches(cfg.Config['gelf-address'] ?? '', l, port)) continue;
      const after = Math.max(since - 1, positions[s.id] ?? -Infinity);
      const lines = s.logs.filter((x) => x.t > after && x.t <= ctx.now);
      for (const line of lines) {
        const event = gelfEvent(ctx.eng, l, s, line);
        for (const o of outs) {
          const raw = o.settings['index'];
          const name = expandIndex(typeof raw === 'string' ? raw : 'logs-generic-default', event, line.t);
          const idx = touched.get(name) ?? readIndex(ctx.fs, name) ?? newIndex(name, ctx.now, ctx.c.id);
          putDoc(idx, base64Id(`${idx.uuid}/${idx.seqNo}`, 20), event);
          touched.set(name, idx);
        }
      }
      if (lines.length > 0) positions[s.id] = lines[lines.length - 1]!.t;
    }
    for (const idx of touched.values()) saveIndex(ctx.fs, idx);
    if (!lfs.stat('/usr/share/logstash/data')) lfs.mkdir('/usr/share/logstash/data', { recursive: true });
    lfs.writeFile(POSITIONS, JSON.stringify(positions));
  }
}
