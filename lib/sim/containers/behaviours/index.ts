/**
 * The behaviour registry. Other parts (a richer registry server, build tooling…) can add or
 * replace behaviours with registerBehaviour; the first match wins, newest registrations first.
 */
import { cadvisorBehaviour, grafanaBehaviour, kibanaBehaviour, nodeExporterBehaviour, phpServerBehaviour, prometheusBehaviour, registryBehaviour, seleniumBehaviour } from './daemons';
import { mariadbBehaviour, mongoBehaviour, mysqlBehaviour, redisBehaviour } from './databases';
import { elasticsearchBehaviour } from './elasticsearch';
import { helloBehaviour } from './hello';
import { logstashBehaviour } from './logstash';
import { httpdBehaviour } from './httpd';
import { nginxBehaviour } from './nginx';
import { postgresBehaviour } from './postgres';
import { traefikBehaviour } from './traefik';
import { trivyBehaviour } from './trivy';
import { isOneShot } from './one-shot';
import type { ServiceBehaviour } from './types';

const registry: ServiceBehaviour[] = [
  nginxBehaviour, httpdBehaviour, helloBehaviour, postgresBehaviour, mysqlBehaviour, mariadbBehaviour, redisBehaviour,
  mongoBehaviour, registryBehaviour, traefikBehaviour, prometheusBehaviour, grafanaBehaviour, cadvisorBehaviour,
  elasticsearchBehaviour, kibanaBehaviour, logstashBehaviour, seleniumBehaviour, phpServerBehaviour, nodeExporterBehaviour,
  trivyBehaviour,
];

export function registerBehaviour(b: ServiceBehaviour): void {
  const i = registry.findIndex((x) => x.name === b.name);
  if (i >= 0) registry.splice(i, 1);
  registry.unshift(b);
}

/**
 * The first behaviour whose matcher accepts the command line. Matchers are a few string compares
 * each: scanning them is cheaper than building a cache key from argv, which differs on most runs.
 */
export function findBehaviour(argv: readonly string[], wrapper: string | null): ServiceBehaviour | undefined {
  if (argv.length > 1 && isOneShot(argv)) return undefined;
  for (let i = 0; i < registry.length; i++) if (registry[i]!.match(argv, wrapper)) return registry[i];
  return undefined;
}

export function behaviourByName(name: string): ServiceBehaviour | undefined {
  return registry.find((b) => b.name === name);
}
