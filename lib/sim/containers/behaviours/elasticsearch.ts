/**
 * Elasticsearch (the docker.elastic.co and Docker Hub images): its ECS JSON start-up logs with the
 * image's version, the REST API of es-api.ts on 9200 (transport on 9300), and the security defaults
 * of 8.x and later: unless `xpack.security.enabled=false`, the node generates the `elastic`
 * password, serves HTTPS only (plain HTTP gets an empty reply and a logged warning) and asks
 * for credentials. 7.x starts without security.
 */
import { hostOf } from '../../core/engine';
import { stableHex } from '../../core/rng';
import { toBase64 } from '../../k8s/util';
import { envRecord } from '../defaults';
import { esError, esRoute, type EsNode } from './es-api';
import { base64Id } from './es-store';
import { shipGelfEvents } from './gelf-shipping';
import { basename, type BehaviourCtx, type HttpRequest, type ServiceBehaviour } from './types';
import { isoTime } from './time-formats';

/** The version the image says it is (its org.opencontainers.image.version label). */
export function esVersion(ctx: Pick<BehaviourCtx, 'eng' | 'c'>): string {
  const labels = hostOf(ctx.eng).images[ctx.c.imageId]?.config.Labels ?? ctx.c.config.Labels;
  return labels?.['org.opencontainers.image.version'] ?? '8.19.2';
}

/** Security is on by default from 8.0 (the env of the container, not the peek context's). */
export function securityEnabled(ctx: Pick<BehaviourCtx, 'eng' | 'c'>): boolean {
  const set = envRecord(ctx.c.config.Env)['xpack.security.enabled'];
  return set === undefined ? Number(esVersion(ctx).split('.')[0]) >= 8 : set !== 'false';
}

export function elasticPassword(ctx: Pick<BehaviourCtx, 'c'>): string {
  return stableHex(ctx.c.id + 'elastic', 20).replace(/[0-9]/g, (d) => 'ABCDEFGHIJ'[Number(d)]!);
}

const node = (ctx: BehaviourCtx): EsNode => ({ version: esVersion(ctx), name: ctx.c.config.Hostname, clusterUuid: base64Id(ctx.c.id + 'cluster', 22) });
const ipOf = (ctx: BehaviourCtx) => Object.values(ctx.c.networks)[0]?.ipAddress || '127.0.0.1';

function ecs(ctx: BehaviourCtx, at: number, level: string, logger: string, msg: string, thread = 'main'): string {
  return `{"@timestamp":"${isoTime(at)}", "log.level": "${level.padStart(5)}", "message":${JSON.stringify(msg)}, "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"${thread}","log.logger":"${logger}","elasticsearch.node.name":"${ctx.c.config.Hostname}","elasticsearch.cluster.name":"docker-cluster"}`;
}

const BOX = '━'.repeat(100);

export const elasticsearchBehaviour: ServiceBehaviour = {
  name: 'elasticsearch',
  memory: 1_000_000_000,
  minMemory: 300_000_000,
  match: (argv) => argv[0] === 'eswrapper' || basename(argv[0] ?? '') === 'elasticsearch',
  start(ctx) {
    const v = esVersion(ctx);
    const log = (ms: number, level: string, logger: string, msg: string) => ctx.log('stdout', ecs(ctx, ctx.now + ms, level, logger, msg), ctx.now + ms);
    log(0, 'INFO', 'org.elasticsearch.node.Node', `version[${v}], pid[1], build[docker/${stableHex(`elasticsearch-${v}`, 40)}/2025-08-05T00:00:00.000000000Z], OS[Linux/6.8.0-51-generic/amd64], JVM[Oracle Corporation/OpenJDK 64-Bit Server VM/24/24+36-3646]`);
    log(18_000, 'INFO', 'org.elasticsearch.http.AbstractHttpServerTransport', `publish_address {${ipOf(ctx)}:9200}, bound_addresses {[::]:9200}`);
    log(20_000, 'INFO', 'org.elasticsearch.node.Node', 'started {' + ctx.c.config.Hostname + '}');
    if (securityEnabled(ctx)) {
      const text = `\n${BOX}\n✅ Elasticsearch security features have been automatically configured!\n✅ Authentication is enabled and cluster connections are encrypted.\n\nℹ️  Password for the elastic user (reset with \`bin/elasticsearch-reset-password -u elastic\`):\n  ${elasticPassword(ctx)}\n\n${BOX}\n`;
      ctx.log('stdout', text, ctx.now + 21_000);
    } else if (Number(v.split('.')[0]) < 8) {
      log(20_000, 'WARN', 'org.elasticsearch.deprecation.xpack.security', 'Elasticsearch built-in security features are not enabled. Without authentication, your cluster could be accessible to anyone. See https://www.elastic.co/guide/en/elasticsearch/reference/7.17/security-minimal-setup.html to enable security.');
    }
    return { readyAfterMs: 20_000 };
  },
  signal: (_ctx, sig) => (sig === 'SIGTERM' || sig === 'SIGINT' || sig === 'SIGQUIT' ? 143 : null),
  listeners: (ctx) => [{ port: 9200, proto: 'tcp', kind: securityEnabled(ctx) ? 'tls' : 'http' }, { port: 9300, proto: 'tcp', kind: 'tcp' }],
  rejected(ctx, req) {
    const port = 40_000 + (parseInt(stableHex(`${ctx.now}/${req.clientIp}`, 4), 16) % 20_000);
    ctx.log('stdout', ecs(ctx, ctx.now, 'WARN', 'org.elasticsearch.http.netty4.Netty4HttpServerTransport', `received plaintext http traffic on an https channel, closing connection Netty4HttpChannel{localAddress=/${ipOf(ctx)}:9200, remoteAddress=/${req.clientIp}:${port}}`, `elasticsearch[${ctx.c.config.Hostname}][transport_worker][T#1]`));
  },
  http(ctx, req: HttpRequest) {
    if (securityEnabled(ctx)) {
      const auth = req.headers['authorization'] ?? '';
      const expected = 'Basic ' + toBase64(`elastic:${elasticPassword(ctx)}`);
      if (auth !== expected) {
        const header = { 'WWW-Authenticate': ['Basic realm="security", charset="UTF-8"', 'Bearer realm="security"', 'ApiKey'] };
        const path = req.path.split('?')[0];
        return auth === ''
          ? esError('security_exception', `missing authentication credentials for REST request [${path}]`, 401, false, { header }, [['WWW-Authenticate', 'Basic realm="security", charset="UTF-8"']])
          : esError('security_exception', 'unable to authenticate user [elastic] for REST request [' + path + ']', 401, false, { header }, [['WWW-Authenticate', 'Basic realm="security", charset="UTF-8"']]);
      }
    }
    shipGelfEvents(ctx, !securityEnabled(ctx));
    return esRoute(ctx, req, node(ctx));
  },
  processes: (ctx) => [
    { user: 'elasticsearch', cmd: '/bin/tini -- /usr/local/bin/docker-entrypoint.sh eswrapper', parent: -1 },
    { user: 'elasticsearch', cmd: `/usr/share/elasticsearch/jdk/bin/java -Xms${/-Xms(\S+)/.exec(envRecord(ctx.c.config.Env)['ES_JAVA_OPTS'] ?? '')?.[1] ?? '1g'} -cp /usr/share/elasticsearch/lib/* org.elasticsearch.bootstrap.Elasticsearch`, parent: 0 },
  ],
};


