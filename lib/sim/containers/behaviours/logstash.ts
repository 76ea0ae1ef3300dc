/**
 * Logstash: its start-up logs name what its pipeline does (the gelf/beats inputs it listens on,
 * the elasticsearch outputs it writes to), it listens where the pipeline says (gelf on UDP,
 * beats on TCP) plus its API on 9600, and the gelf events reach Elasticsearch (gelf-shipping.ts).
 */
import { hostOf } from '../../core/engine';
import { stableHex } from '../../core/rng';
import { json } from './daemons';
import { gelfPort, readPipelines } from './logstash-pipeline';
import { basename, type BehaviourCtx, type Listener, type ServiceBehaviour } from './types';
import { isoTime } from './time-formats';

const READY_MS = 12_000;

function version(ctx: BehaviourCtx): string {
  return hostOf(ctx.eng).images[ctx.c.imageId]?.config.Labels?.['org.opencontainers.image.version'] ?? '8.19.2';
}

const stamp = (t: number) => isoTime(t).slice(0, 23).replace('.', ',');
const line = (t: number, level: string, logger: string, msg: string) => `[${stamp(t)}][${level.padEnd(5)}][${logger.padEnd(25)}]${msg}`;

export const logstashBehaviour: ServiceBehaviour = {
  name: 'logstash',
  memory: 600_000_000,
  minMemory: 200_000_000,
  match: (argv, wrapper) => basename(argv[0] ?? '') === 'logstash' || (wrapper === '/usr/local/bin/docker-entrypoint' && argv.length === 0),
  start(ctx) {
    const t = ctx.now + READY_MS;
    const p = readPipelines(ctx.fs);
    const id = stableHex(ctx.c.id + 'pipeline', 64);
    const out: Array<[number, string]> = [[ctx.now, 'Using bundled JDK: /usr/share/logstash/jdk']];
    const at = (when: number, level: string, logger: string, msg: string) => out.push([when, line(when, level, logger, msg)]);
    at(ctx.now + 4_000, 'INFO', 'logstash.runner', ` Starting Logstash {"logstash.version"=>"${version(ctx)}", "jruby.version"=>"jruby 9.4.9.0 (3.1.4) 2024-11-04 547c6b150e OpenJDK 64-Bit Server VM 21.0.8+9-LTS on 21.0.8+9-LTS +indy +jit [x86_64-linux]"}`);
    for (const o of p.outputs.filter((x) => x.name === 'elasticsearch')) {
      const hosts = o.settings['hosts'] ?? 'http://localhost:9200';
      at(t - 2_000, 'INFO', 'logstash.outputs.elasticsearch', `[main] New Elasticsearch output {:class=>"LogStash::Outputs::ElasticSearch", :hosts=>[${(Array.isArray(hosts) ? hosts : [hosts]).map((h) => `"${h}"`).join(', ')}]}`);
    }
    const g = gelfPort(p);
    if (g !== null) at(t - 500, 'INFO', 'logstash.inputs.gelf', `[main][${id}] Starting gelf listener (udp) ... {:address=>"0.0.0.0:${g}"}`);
    for (const b of p.inputs.filter((x) => x.name === 'beats')) at(t - 500, 'INFO', 'logstash.inputs.beats', `[main] Starting input listener {:address=>"0.0.0.0:${b.settings['port'] ?? 5044}"}`);
    at(t, 'INFO', 'logstash.agent', ' Pipelines running {:count=>1, :running_pipelines=>[:main], :non_running_pipelines=>[]}');
    at(t, 'INFO', 'logstash.agent', ' Successfully started Logstash API endpoint {:port=>9600, :ssl_enabled=>false}');
    for (const [when, text] of out) ctx.log('stdout', text, when);
    return { readyAfterMs: READY_MS };
  },
  signal: (_ctx, sig) => (sig === 'SIGTERM' || sig === 'SIGINT' ? 0 : null),
  listeners(ctx) {
    const p = readPipelines(ctx.fs);
    const out: Listener[] = [{ port: 9600, proto: 'tcp', kind: 'http' }];
    const g = gelfPort(p);
    if (g !== null) out.push({ port: g, proto: 'udp', kind: 'tcp' });
    for (const b of p.inputs.filter((x) => x.name === 'beats')) out.push({ port: Number(b.settings['port'] ?? 5044), proto: 'tcp', kind: 'tcp' });
    return out;
  },
  http: (ctx, req) => {
    const path = req.path.split('?')[0];
    if (path === '/') return json(200, { host: ctx.c.config.Hostname, version: version(ctx), http_address: '0.0.0.0:9600', id: stableHex(ctx.c.id, 36), name: ctx.c.config.Hostname, ephemeral_id: stableHex(ctx.c.id + 'e', 36), status: 'green', snapshot: false, pipeline: { workers: 2, batch_size: 125, batch_delay: 50 }, build_date: '2025-08-05T00:00:00+00:00', build_sha: stableHex(`logstash-${version(ctx)}`, 40), build_snapshot: false });
    return json(404, { path, status: 404, error: { reason: 'Not Found' } });
  },
  processes: () => [{ user: 'logstash', cmd: '/usr/share/logstash/jdk/bin/java -Xms1g -Xmx1g -cp /usr/share/logstash/vendor/jruby/lib/jruby.jar org.logstash.Logstash', parent: -1 }],
};
