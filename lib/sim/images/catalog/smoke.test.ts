/** Every catalog image starts with its default command (and the env its entrypoint requires). */
import { describe, expect, it } from 'vitest';
import { testEngine } from '../../testing-engine';
import { createContainer } from '../../containers/create';
import { startContainer } from '../../containers/start';
import { pullImage } from '../pull';
import { familiarName, parseReference } from '../reference';
import { FAMILIES } from './index';

const ENV: Record<string, string[]> = {
  postgres: ['POSTGRES_PASSWORD=example'],
  mysql: ['MYSQL_ROOT_PASSWORD=example'],
  mariadb: ['MARIADB_ROOT_PASSWORD=example'],
};

const LONG_RUNNING = new Set(['nginx', 'httpd', 'postgres', 'mysql', 'mariadb', 'redis', 'mongo', 'registry', 'traefik', 'prom/prometheus', 'grafana/grafana', 'gcr.io/cadvisor/cadvisor', 'google/cadvisor', 'docker.elastic.co/elasticsearch/elasticsearch', 'docker.elastic.co/kibana/kibana', 'docker.elastic.co/logstash/logstash', 'elasticsearch', 'kibana', 'logstash', 'selenium/standalone-chrome', 'wordpress', 'adminer', 'docker/getting-started', 'docker/welcome-to-docker', 'prom/node-exporter', 'ghcr.io/google/cadvisor', 'nginxinc/nginx-unprivileged', 'phpmyadmin']);
/** Images without ENTRYPOINT or CMD (base images for multi-stage builds): docker refuses to create a container. */
const NO_COMMAND = new Set(['gcr.io/distroless/static-debian12']);

describe('catalog smoke test', () => {
  for (const f of FAMILIES) for (const image of f.images) {
    const name = familiarName(parseReference(f.repository));
    const tag = image.tags[0]!;
    it(`${name}:${tag} starts with its default command`, () => {
      const { eng } = testEngine();
      pullImage(eng, `${f.repository}:${tag}`);
      const config = { Image: `${f.repository}:${tag}`, Env: ENV[name] ?? [] };
      if (NO_COMMAND.has(name)) {
        expect(() => createContainer(eng, { config })).toThrow('no command specified');
        return;
      }
      const { container } = createContainer(eng, { config });
      const r = startContainer(eng, container.id);
      if (LONG_RUNNING.has(name)) {
        expect(container.state.Status, r.output.map((l) => l.text).join('\n')).toBe('running');
        expect(container.proc?.kind).toBe('service');
      } else {
        expect(container.state.ExitCode, r.output.map((l) => l.text).join('\n')).toBe(0);
      }
    });
  }
});
