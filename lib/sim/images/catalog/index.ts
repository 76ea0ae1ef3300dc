/**
 * Lookup in the simulated registries: repository + tag (or digest) → catalog image.
 */
import { alpine, busybox, debian, helloWorld, ubuntu } from './distros';
import { nginx } from './nginx';
import { httpd, mariadb, mongo, mysql, postgres, redis, registry } from './servers';
import { cadvisor, elasticsearch, googleCadvisor, grafana, hubElasticsearch, hubKibana, hubLogstash, kibana, logstash, prometheus, seleniumChrome, traefik } from './observability';
import { eclipseTemurin, golang, node, openjdk, python } from './languages';
import { adminer, gettingStarted, wordpress, welcomeToDocker } from './apps';
import { dockerCli, distrolessStatic, trivy } from './tools';
import { ghcrCadvisor, nodeExporter } from './exporters';
import { nginxUnprivileged, phpMyAdmin } from './web-variants';
import type { CatalogFamily, CatalogImage } from './types';

export const FAMILIES: readonly CatalogFamily[] = [
  alpine, busybox, debian, ubuntu, helloWorld, nginx, httpd, postgres, mysql, mariadb, redis, mongo, registry,
  traefik, prometheus, grafana, cadvisor, googleCadvisor, elasticsearch, kibana, logstash, hubElasticsearch,
  hubKibana, hubLogstash, seleniumChrome, node, python, golang, eclipseTemurin, openjdk, wordpress, adminer,
  gettingStarted, welcomeToDocker, trivy, dockerCli, distrolessStatic, nodeExporter, ghcrCadvisor, nginxUnprivileged,
  phpMyAdmin,
];

const byRepository = new Map(FAMILIES.map((f) => [f.repository, f]));

export interface CatalogHit {
  family: CatalogFamily;
  image: CatalogImage;
  /** The tag asked for. */
  tag: string;
  /** Identity of this image in the catalog (`repository@firstTag`), from which ids derive. */
  key: string;
}

export function findRepository(fullName: string): CatalogFamily | undefined {
  return byRepository.get(fullName);
}

export function findTag(family: CatalogFamily, tag: string): CatalogHit | undefined {
  const image = family.images.find((i) => i.tags.includes(tag));
  if (image) return { family, image, tag, key: `${family.repository}@${image.tags[0]!}` };
  for (const p of family.tagPatterns ?? []) {
    if (!p.pattern.test(tag)) continue;
    const like = family.images.find((i) => i.tags.includes(p.like));
    if (!like) continue;
    const image: CatalogImage = { ...like, tags: [tag] };
    if (p.versionLabels) {
      const labels = { ...family.config.Labels, ...like.config?.Labels };
      for (const l of p.versionLabels) labels[l] = tag;
      image.config = { ...like.config, Labels: labels };
    }
    return { family, image, tag, key: `${family.repository}@${tag}` };
  }
  return undefined;
}
