/**
 * Root filesystem content by catalog key. Built once on first use and shared read-only by every
 * image and container (never copied into the world: layers only record the key).
 */
import type { LayerData } from '../../fs/overlay-data';
import { alpineRootfs, busyboxRootfs } from './alpine';
import { debianRootfs, debianTrixieRootfs, oracleLinuxRootfs, ubuntuFocalRootfs, ubuntuJammyRootfs, ubuntuRootfs } from './debian';
import { gettingStartedRootfs, httpdRootfs, nginxAlpineRootfs, nginxDebianRootfs, welcomeToDockerRootfs } from './web';
import * as apps from './apps';
import * as extras from './extras';

const BUILDERS: Record<string, () => LayerData> = {
  alpine: alpineRootfs,
  busybox: busyboxRootfs,
  debian: debianRootfs,
  'debian-trixie': debianTrixieRootfs,
  ubuntu: ubuntuRootfs,
  'ubuntu-jammy': ubuntuJammyRootfs,
  'ubuntu-focal': ubuntuFocalRootfs,
  oraclelinux: oracleLinuxRootfs,
  nginx: nginxDebianRootfs,
  'nginx-alpine': nginxAlpineRootfs,
  httpd: httpdRootfs,
  'getting-started': gettingStartedRootfs,
  'welcome-to-docker': welcomeToDockerRootfs,
  'hello-world': apps.helloWorldRootfs,
  buildpack: apps.buildpackRootfs,
  postgres: apps.postgresRootfs,
  mysql: apps.mysqlRootfs,
  mariadb: apps.mariadbRootfs,
  'mariadb-jammy': apps.mariadbJammyRootfs,
  redis: apps.redisRootfs,
  'redis-alpine': apps.redisAlpineRootfs,
  mongo: apps.mongoRootfs,
  'mongo-jammy': apps.mongoJammyRootfs,
  registry: apps.registryRootfs,
  traefik: apps.traefikRootfs,
  prometheus: apps.prometheusRootfs,
  grafana: apps.grafanaRootfs,
  cadvisor: apps.cadvisorRootfs,
  elasticsearch: apps.elasticsearchRootfs,
  kibana: apps.kibanaRootfs,
  logstash: apps.logstashRootfs,
  selenium: apps.seleniumRootfs,
  node: apps.nodeRootfs,
  'node-alpine': apps.nodeAlpineRootfs,
  python: apps.pythonRootfs,
  golang: apps.golangRootfs,
  java: apps.javaRootfs,
  openjdk: apps.openjdkRootfs,
  wordpress: apps.wordpressRootfs,
  adminer: apps.adminerRootfs,
  'nginx-unprivileged': extras.nginxUnprivilegedRootfs,
  trivy: extras.trivyRootfs,
  'docker-cli': extras.dockerCliRootfs,
  'distroless-static': extras.distrolessStaticRootfs,
  'node-exporter': extras.nodeExporterRootfs,
  phpmyadmin: extras.phpMyAdminRootfs,
};

const cache = new Map<string, LayerData>();

export function hasRootfs(key: string): boolean {
  return key in BUILDERS;
}

/** The shared, read-only content for a catalog key (an empty layer for unknown keys). */
export function rootfsFor(key: string): LayerData {
  let data = cache.get(key);
  if (!data) {
    const build = BUILDERS[key];
    data = build ? build() : { entries: {} };
    Object.freeze(data.entries);
    Object.freeze(data);
    cache.set(key, data);
  }
  return data;
}
