/** Proxies and monitoring: traefik, prometheus, grafana, cadvisor, the Elastic stack, selenium. */
import { ALPINE_3_21, ALPINE_3_22, UBUNTU_NOBLE } from './bases';
import { baseConfig, KB, MB, PATH_DEFAULT, ports, volumes, type CatalogFamily } from './types';

export const traefik: CatalogFamily = {
  repository: 'docker.io/library/traefik',
  config: baseConfig({
    Entrypoint: ['/entrypoint.sh'],
    Cmd: ['traefik'],
    ExposedPorts: ports('80'),
    Labels: { 'org.opencontainers.image.description': 'A modern reverse-proxy', 'org.opencontainers.image.documentation': 'https://docs.traefik.io', 'org.opencontainers.image.source': 'https://github.com/traefik/traefik', 'org.opencontainers.image.title': 'Traefik', 'org.opencontainers.image.url': 'https://traefik.io', 'org.opencontainers.image.vendor': 'Traefik Labs', 'org.opencontainers.image.version': 'v3.5.0' },
  }),
  images: [
    { tags: ['latest', 'v3', 'v3.5', 'v3.5.0', '3', '3.5', 'chabichou'], created: '2025-07-23T00:00:00Z', layers: [ALPINE_3_22, { size: 1_300 * KB, createdBy: 'RUN /bin/sh -c apk --no-cache add ca-certificates tzdata # buildkit' }, { size: 214 * MB, rootfs: 'traefik', createdBy: 'RUN /bin/sh -c set -ex; apkArch="$(apk --print-arch)"; … wget --quiet -O /tmp/traefik.tar.gz "https://github.com/traefik/traefik/releases/download/v3.5.0/traefik_v3.5.0_linux_$arch.tar.gz"; … # buildkit' }, { size: 315, createdBy: 'COPY entrypoint.sh / # buildkit' }] },
    { tags: ['v3.6', 'v3.6.2', '3.6', '3.6.2', 'ramequin'], created: '2025-11-20T00:00:00Z', config: { Labels: { 'org.opencontainers.image.description': 'A modern reverse-proxy', 'org.opencontainers.image.documentation': 'https://docs.traefik.io', 'org.opencontainers.image.source': 'https://github.com/traefik/traefik', 'org.opencontainers.image.title': 'Traefik', 'org.opencontainers.image.url': 'https://traefik.io', 'org.opencontainers.image.vendor': 'Traefik Labs', 'org.opencontainers.image.version': 'v3.6.2' } }, layers: [ALPINE_3_22, { size: 1_300 * KB, createdBy: 'RUN /bin/sh -c apk --no-cache add ca-certificates tzdata # buildkit' }, { size: 221 * MB, rootfs: 'traefik', createdBy: 'RUN /bin/sh -c set -ex; apkArch="$(apk --print-arch)"; … wget --quiet -O /tmp/traefik.tar.gz "https://github.com/traefik/traefik/releases/download/v3.6.2/traefik_v3.6.2_linux_$arch.tar.gz"; … # buildkit' }, { size: 315, createdBy: 'COPY entrypoint.sh / # buildkit' }] },
    { tags: ['v2', 'v2.11', 'v2.11.28', '2.11'], created: '2025-07-23T00:00:00Z', config: { Labels: { 'org.opencontainers.image.version': 'v2.11.28' } }, layers: [ALPINE_3_22, { size: 1_300 * KB, createdBy: 'RUN /bin/sh -c apk --no-cache add ca-certificates tzdata # buildkit' }, { size: 173 * MB, rootfs: 'traefik', createdBy: 'RUN /bin/sh -c set -ex; … traefik_v2.11.28_linux_$arch.tar.gz … # buildkit' }, { size: 315, createdBy: 'COPY entrypoint.sh / # buildkit' }] },
  ],
};

const busyboxGlibc = { size: 4_490 * KB, share: 'quay.io/prometheus/busybox:latest', rootfs: 'busybox', createdBy: 'ADD busybox-glibc rootfs / ' };

export const prometheus: CatalogFamily = {
  repository: 'docker.io/prom/prometheus',
  config: baseConfig({
    User: 'nobody',
    Entrypoint: ['/bin/prometheus'],
    Cmd: ['--config.file=/etc/prometheus/prometheus.yml', '--storage.tsdb.path=/prometheus'],
    ExposedPorts: ports('9090'),
    Volumes: volumes('/prometheus'),
    WorkingDir: '/prometheus',
    Labels: { maintainer: 'The Prometheus Authors <prometheus-developers@googlegroups.com>', 'org.opencontainers.image.source': 'https://github.com/prometheus/prometheus' },
  }),
  images: [
    { tags: ['latest', 'v3.5.0', 'main'], created: '2025-07-14T00:00:00Z', layers: [busyboxGlibc, { size: 1_400 * KB, createdBy: 'COPY .build/linux-amd64/promtool /bin/promtool # buildkit' }, { size: 153 * MB, rootfs: 'prometheus', createdBy: 'COPY .build/linux-amd64/prometheus /bin/prometheus # buildkit' }, { size: 148 * MB, createdBy: 'COPY .build/linux-amd64/promtool /bin/promtool # buildkit' }, { size: 934, createdBy: 'COPY documentation/examples/prometheus.yml /etc/prometheus/prometheus.yml # buildkit' }, { size: 0, createdBy: 'RUN /bin/sh -c chown -R nobody:nobody /etc/prometheus /prometheus && chmod g+w /prometheus # buildkit' }] },
    { tags: ['v2.55.1'], created: '2024-11-04T00:00:00Z', layers: [busyboxGlibc, { size: 138 * MB, rootfs: 'prometheus', createdBy: 'COPY .build/linux-amd64/prometheus /bin/prometheus # buildkit' }, { size: 132 * MB, createdBy: 'COPY .build/linux-amd64/promtool /bin/promtool # buildkit' }, { size: 934, createdBy: 'COPY documentation/examples/prometheus.yml /etc/prometheus/prometheus.yml # buildkit' }] },
  ],
};

export const grafana: CatalogFamily = {
  repository: 'docker.io/grafana/grafana',
  config: baseConfig({
    User: '472',
    Env: [PATH_DEFAULT.replace('PATH=', 'PATH=/usr/share/grafana/bin:'), 'GF_PATHS_CONFIG=/etc/grafana/grafana.ini', 'GF_PATHS_DATA=/var/lib/grafana', 'GF_PATHS_HOME=/usr/share/grafana', 'GF_PATHS_LOGS=/var/log/grafana', 'GF_PATHS_PLUGINS=/var/lib/grafana/plugins', 'GF_PATHS_PROVISIONING=/etc/grafana/provisioning'],
    Entrypoint: ['/run.sh'],
    ExposedPorts: ports('3000'),
    WorkingDir: '/usr/share/grafana',
    Labels: { maintainer: 'Grafana Labs <hello@grafana.com>', 'org.opencontainers.image.source': 'https://github.com/grafana/grafana' },
  }),
  images: [
    { tags: ['latest', '12.1.1', 'main'], created: '2025-08-13T00:00:00Z', layers: [ALPINE_3_21, { size: 19 * MB, createdBy: 'RUN /bin/sh -c apk add --no-cache ca-certificates bash curl tzdata musl-utils # buildkit' }, { size: 693 * MB, rootfs: 'grafana', createdBy: 'COPY /tmp/grafana /usr/share/grafana # buildkit' }, { size: 3_000, createdBy: 'COPY packaging/docker/run.sh /run.sh # buildkit' }] },
    { tags: ['11.6.4'], created: '2025-07-21T00:00:00Z', layers: [ALPINE_3_21, { size: 19 * MB, createdBy: 'RUN /bin/sh -c apk add --no-cache ca-certificates bash curl tzdata musl-utils # buildkit' }, { size: 610 * MB, rootfs: 'grafana', createdBy: 'COPY /tmp/grafana /usr/share/grafana # buildkit' }, { size: 3_000, createdBy: 'COPY packaging/docker/run.sh /run.sh # buildkit' }] },
  ],
  tagPatterns: [{ pattern: /^1[0-2]\.[0-9]{1,2}\.[0-9]{1,2}$/, like: 'latest' }],
};

const cadvisorHealth = { Test: ['CMD-SHELL', 'wget --quiet --tries=1 --spider http://localhost:8080/healthz || exit 1'], Interval: 30e9, Timeout: 3e9 };

export const cadvisor: CatalogFamily = {
  repository: 'gcr.io/cadvisor/cadvisor',
  config: baseConfig({ Entrypoint: ['/usr/bin/cadvisor', '-logtostderr'], ExposedPorts: ports('8080'), Healthcheck: cadvisorHealth }),
  images: [
    { tags: ['v0.52.1', 'latest'], created: '2025-02-26T00:00:00Z', layers: [{ ...ALPINE_3_21, size: 7_800_000, share: 'alpine:3.20.7' }, { size: 14_900 * KB, createdBy: 'RUN /bin/sh -c apk --no-cache add libc6-compat device-mapper findutils ndctl zfs thin-provisioning-tools && … # buildkit' }, { size: 58_500 * KB, rootfs: 'cadvisor', createdBy: 'COPY /go/src/github.com/google/cadvisor/_output/cadvisor /usr/bin/cadvisor # buildkit' }] },
    { tags: ['v0.49.1'], created: '2024-03-04T00:00:00Z', layers: [{ ...ALPINE_3_21, size: 7_400_000, share: 'alpine:3.19.8' }, { size: 14_600 * KB, createdBy: 'RUN /bin/sh -c apk --no-cache add libc6-compat device-mapper findutils ndctl thin-provisioning-tools && … # buildkit' }, { size: 55_700 * KB, rootfs: 'cadvisor', createdBy: 'COPY /go/src/github.com/google/cadvisor/_output/cadvisor /usr/bin/cadvisor # buildkit' }] },
  ],
  note: 'gcr.io/cadvisor/cadvisor is the maintained name. Its real "latest" tag lags behind the releases; here it is the newest release, which is what tutorials that use it expect.',
};

export const googleCadvisor: CatalogFamily = {
  repository: 'docker.io/google/cadvisor',
  config: baseConfig({ Entrypoint: ['/usr/bin/cadvisor', '-logtostderr'], ExposedPorts: ports('8080'), Healthcheck: cadvisorHealth }),
  images: [
    { tags: ['latest', 'v0.33.0'], created: '2019-03-05T00:00:00Z', layers: [{ size: 5_530 * KB, share: 'alpine:3.9', rootfs: 'alpine', createdBy: 'ADD file:… in / ' }, { size: 12_900 * KB, createdBy: 'RUN /bin/sh -c apk --no-cache add libc6-compat device-mapper findutils zfs' }, { size: 51_200 * KB, rootfs: 'cadvisor', createdBy: 'ADD cadvisor /usr/bin/cadvisor ' }] },
  ],
  note: 'The old, unmaintained Docker Hub name (last release v0.33.0, 2019). It still pulls, like on Hub; lessons should use gcr.io/cadvisor/cadvisor.',
};

const ELASTIC = '8.19.2';
const ELASTIC_VERSION_LABELS = ['org.label-schema.version', 'org.opencontainers.image.version'];
const elasticUbuntu = { ...UBUNTU_NOBLE, size: 78_100_000 };
const elasticEnv = (extra: string[]) => [PATH_DEFAULT.replace('PATH=', 'PATH=/usr/share/elasticsearch/bin:'), 'ELASTIC_CONTAINER=true', ...extra];

export const elasticsearch: CatalogFamily = {
  repository: 'docker.elastic.co/elasticsearch/elasticsearch',
  config: baseConfig({
    User: '1000:0',
    Env: elasticEnv([]),
    Entrypoint: ['/bin/tini', '--', '/usr/local/bin/docker-entrypoint.sh'],
    Cmd: ['eswrapper'],
    ExposedPorts: ports('9200', '9300'),
    WorkingDir: '/usr/share/elasticsearch',
    Labels: { 'org.label-schema.name': 'Elasticsearch', 'org.label-schema.vendor': 'Elastic', 'org.label-schema.version': ELASTIC, 'org.opencontainers.image.version': ELASTIC },
  }),
  images: [
    { tags: [ELASTIC], created: '2025-08-05T00:00:00Z', layers: [elasticUbuntu, { size: 6_200 * KB, createdBy: 'RUN /bin/sh -c for iter in 1 2 3 4 5 6 7 8 9 10; do apt-get update && apt-get install -y --no-install-recommends ca-certificates curl netcat p11-kit unzip zip && … # buildkit' }, { size: 3_300 * KB, createdBy: 'RUN /bin/sh -c groupadd -g 1000 elasticsearch && adduser --uid 1000 --gid 1000 --home /usr/share/elasticsearch elasticsearch # buildkit' }, { size: 1_290 * MB, rootfs: 'elasticsearch', createdBy: 'COPY /usr/share/elasticsearch /usr/share/elasticsearch # buildkit' }, { size: 1_800, createdBy: 'COPY bin/docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh # buildkit' }] },
  ],
  tagPatterns: [{ pattern: /^(7\.17|8\.1[0-9]|8\.[0-9]|9\.[0-1])\.[0-9]{1,2}$/, like: ELASTIC, versionLabels: ELASTIC_VERSION_LABELS }],
  note: 'Elastic publishes no "latest" tag: `docker pull docker.elastic.co/elasticsearch/elasticsearch` fails with manifest unknown, as for real.',
};

export const kibana: CatalogFamily = {
  repository: 'docker.elastic.co/kibana/kibana',
  config: baseConfig({ User: '1000', Env: [PATH_DEFAULT, 'ELASTIC_CONTAINER=true'], Entrypoint: ['/bin/tini', '--'], Cmd: ['/usr/local/bin/kibana-docker'], ExposedPorts: ports('5601'), WorkingDir: '/usr/share/kibana', Labels: { 'org.label-schema.name': 'kibana', 'org.label-schema.vendor': 'Elastic', 'org.label-schema.version': ELASTIC, 'org.opencontainers.image.version': ELASTIC } }),
  images: [{ tags: [ELASTIC], created: '2025-08-05T00:00:00Z', layers: [elasticUbuntu, { size: 29 * MB, createdBy: 'RUN /bin/sh -c apt-get update && apt-get install -y fontconfig libnss3 curl … # buildkit' }, { size: 1_190 * MB, rootfs: 'kibana', createdBy: 'COPY /usr/share/kibana /usr/share/kibana # buildkit' }] }],
  tagPatterns: elasticsearch.tagPatterns,
};

export const logstash: CatalogFamily = {
  repository: 'docker.elastic.co/logstash/logstash',
  config: baseConfig({ User: '1000', Env: [PATH_DEFAULT.replace('PATH=', 'PATH=/usr/share/logstash/bin:'), 'ELASTIC_CONTAINER=true', 'LANG=en_US.UTF-8', 'LC_ALL=en_US.UTF-8'], Entrypoint: ['/usr/local/bin/docker-entrypoint'], ExposedPorts: ports('5044', '9600'), WorkingDir: '/usr/share/logstash', Labels: { 'org.label-schema.name': 'logstash', 'org.label-schema.vendor': 'Elastic', 'org.label-schema.version': ELASTIC, 'org.opencontainers.image.version': ELASTIC } }),
  images: [{ tags: [ELASTIC], created: '2025-08-05T00:00:00Z', layers: [elasticUbuntu, { size: 34 * MB, createdBy: 'RUN /bin/sh -c apt-get update -y && apt-get install -y procps findutils tar gzip curl … # buildkit' }, { size: 760 * MB, rootfs: 'logstash', createdBy: 'COPY logstash /usr/share/logstash # buildkit' }] }],
  tagPatterns: elasticsearch.tagPatterns,
};

/** The Docker Hub official copies of the Elastic images (also without "latest"). */
export const hubElasticsearch: CatalogFamily = { ...elasticsearch, repository: 'docker.io/library/elasticsearch' };
export const hubKibana: CatalogFamily = { ...kibana, repository: 'docker.io/library/kibana' };
export const hubLogstash: CatalogFamily = { ...logstash, repository: 'docker.io/library/logstash' };

export const seleniumChrome: CatalogFamily = {
  repository: 'docker.io/selenium/standalone-chrome',
  config: baseConfig({
    User: '1200',
    Env: [PATH_DEFAULT, 'DEBIAN_FRONTEND=noninteractive', 'SEL_USER=seluser', 'SEL_UID=1200', 'SEL_GID=1201', 'HOME=/home/seluser', 'TZ=UTC', 'SE_BIND_HOST=false', 'SCREEN_WIDTH=1920', 'SCREEN_HEIGHT=1080', 'SE_NODE_MAX_SESSIONS=1'],
    Cmd: ['/opt/bin/entry_point.sh'],
    ExposedPorts: ports('4444', '5900', '7900'),
    Labels: { authors: 'Selenium <selenium-developers@googlegroups.com>' },
  }),
  images: [
    { tags: ['latest', '4.35.0', '4.35.0-20250808', '139.0'], created: '2025-08-08T00:00:00Z', layers: [UBUNTU_NOBLE, { size: 420 * MB, createdBy: 'RUN /bin/sh -c apt-get -qqy update && apt-get -qqy --no-install-recommends install openjdk-21-jre-headless … # buildkit' }, { size: 260 * MB, createdBy: 'RUN /bin/sh -c apt-get install -qqy xvfb pulseaudio fluxbox x11vnc novnc … # buildkit' }, { size: 760 * MB, rootfs: 'selenium', createdBy: 'RUN /bin/sh -c wget -q -O /tmp/google-chrome.deb https://dl.google.com/linux/direct/google-chrome-stable_current_amd64.deb && apt-get install -y /tmp/google-chrome.deb … # buildkit' }] },
  ],
};
