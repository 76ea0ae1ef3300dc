/** Metric exporters of the monitoring lesson: node-exporter and cAdvisor under its GitHub registry name. */
import { ALPINE_3_22 } from './bases';
import { baseConfig, KB, MB, ports, type CatalogFamily } from './types';

const busyboxGlibc = { size: 4_490 * KB, share: 'quay.io/prometheus/busybox:latest', rootfs: 'busybox', createdBy: 'ADD busybox-glibc rootfs / ' };

export const nodeExporter: CatalogFamily = {
  repository: 'docker.io/prom/node-exporter',
  config: baseConfig({
    User: 'nobody',
    Entrypoint: ['/bin/node_exporter'],
    ExposedPorts: ports('9100'),
    Labels: { maintainer: 'The Prometheus Authors <prometheus-developers@googlegroups.com>', 'org.opencontainers.image.source': 'https://github.com/prometheus/node_exporter' },
  }),
  images: [
    { tags: ['latest', 'v1.9.1', 'master'], created: '2025-04-01T13:32:00Z', layers: [busyboxGlibc, { size: 1_150 * KB, createdBy: 'COPY .build/linux-amd64/node_exporter /bin/node_exporter # buildkit' }, { size: 22_600 * KB, rootfs: 'node-exporter', createdBy: 'COPY .build/linux-amd64/node_exporter /bin/node_exporter # buildkit' }] },
    { tags: ['v1.8.2'], created: '2024-07-16T09:10:00Z', layers: [busyboxGlibc, { size: 21_900 * KB, rootfs: 'node-exporter', createdBy: 'COPY .build/linux-amd64/node_exporter /bin/node_exporter # buildkit' }] },
  ],
};

const cadvisorHealth = { Test: ['CMD-SHELL', 'wget --quiet --tries=1 --spider http://localhost:8080/healthz || exit 1'], Interval: 30e9, Timeout: 3e9 };

export const ghcrCadvisor: CatalogFamily = {
  repository: 'ghcr.io/google/cadvisor',
  config: baseConfig({ Entrypoint: ['/usr/bin/cadvisor', '-logtostderr'], ExposedPorts: ports('8080'), Healthcheck: cadvisorHealth }),
  images: [
    { tags: ['v0.56.2', 'latest'], created: '2025-11-04T00:00:00Z', layers: [ALPINE_3_22, { size: 15_200 * KB, createdBy: 'RUN /bin/sh -c apk --no-cache add libc6-compat device-mapper findutils ndctl zfs thin-provisioning-tools && … # buildkit' }, { size: 61 * MB, rootfs: 'cadvisor', createdBy: 'COPY /go/src/github.com/google/cadvisor/_output/cadvisor /usr/bin/cadvisor # buildkit' }] },
  ],
  note: 'cAdvisor publishes its releases on ghcr.io since v0.53; gcr.io/cadvisor/cadvisor keeps the older ones.',
};
