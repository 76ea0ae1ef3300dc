/** Tool images the lessons run: Trivy (scanner), docker:cli (the client in a container), distroless static. */
import { ALPINE_3_22 } from './bases';
import { baseConfig, KB, MB, PATH_DEFAULT, type CatalogFamily } from './types';

export const trivy: CatalogFamily = {
  repository: 'docker.io/aquasec/trivy',
  config: baseConfig({
    Entrypoint: ['trivy'],
    Labels: { 'org.opencontainers.image.created': '2025-11-20T09:12:41Z', 'org.opencontainers.image.description': 'A Fast Vulnerability Scanner for Containers', 'org.opencontainers.image.source': 'https://github.com/aquasecurity/trivy', 'org.opencontainers.image.title': 'trivy', 'org.opencontainers.image.url': 'https://www.aquasec.com/products/trivy/', 'org.opencontainers.image.vendor': 'Aqua Security', 'org.opencontainers.image.version': '0.72.0' },
  }),
  images: [
    {
      tags: ['latest', '0.72.0'],
      created: '2025-11-20T09:14:03Z',
      layers: [
        ALPINE_3_22,
        { size: 16_400 * KB, createdBy: 'RUN /bin/sh -c apk --no-cache add ca-certificates git # buildkit' },
        { size: 140 * MB, rootfs: 'trivy', createdBy: 'COPY trivy /usr/local/bin/trivy # buildkit' },
        { size: 6_800, createdBy: 'COPY contrib/*.tpl contrib/ # buildkit' },
      ],
    },
  ],
  note: 'Verified Publisher image (Aqua Security); the version is the one the security lesson pins.',
};

export const dockerCli: CatalogFamily = {
  repository: 'docker.io/library/docker',
  config: baseConfig({
    Env: [PATH_DEFAULT, 'DOCKER_VERSION=28.3.3', 'DOCKER_BUILDX_VERSION=0.26.1', 'DOCKER_COMPOSE_VERSION=2.39.1', 'DOCKER_TLS_CERTDIR=/certs'],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['sh'],
  }),
  images: [
    {
      tags: ['cli', '28-cli', '28.3-cli', '28.3.3-cli', '28.3.3-cli-alpine3.22'],
      created: '2025-07-29T19:20:00Z',
      layers: [
        ALPINE_3_22,
        { size: 9_200 * KB, createdBy: 'RUN /bin/sh -c apk add --no-cache ca-certificates openssh-client git # buildkit' },
        { size: 1_300, createdBy: "RUN /bin/sh -c [ -e /etc/nsswitch.conf ] && grep '^hosts: files dns' /etc/nsswitch.conf # buildkit" },
        { size: 40 * MB, rootfs: 'docker-cli', createdBy: 'RUN /bin/sh -c set -eux; apkArch="$(apk --print-arch)"; … wget -O docker.tgz "$url"; tar --extract --file docker.tgz --strip-components 1 --directory /usr/local/bin/ --no-same-owner "docker/docker"; … # buildkit' },
        { size: 72 * MB, createdBy: 'RUN /bin/sh -c set -eux; … wget -O docker-buildx "$url"; … mv -vT docker-buildx /usr/local/libexec/docker/cli-plugins/docker-buildx; … # buildkit' },
        { size: 73 * MB, createdBy: 'RUN /bin/sh -c set -eux; … wget -O docker-compose "$url"; … mv -vT docker-compose /usr/local/libexec/docker/cli-plugins/docker-compose; … # buildkit' },
        { size: 1_100, createdBy: 'COPY modprobe.sh /usr/local/bin/modprobe # buildkit' },
        { size: 1_400, createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit' },
        { size: 0, createdBy: 'RUN /bin/sh -c mkdir /certs /certs/client && chmod 1777 /certs /certs/client # buildkit' },
      ],
    },
  ],
  note: 'Only the cli variants: running the docker:dind daemon inside the simulator is out of scope.',
};

const distrolessEnv = [PATH_DEFAULT, 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt'];
const distrolessLayers = [
  { size: 104 * KB, share: 'distroless/static-debian12#base', createdBy: 'bazel build @distroless//base:static_debian12' },
  { size: 1_450 * KB, share: 'distroless/static-debian12#tzdata', createdBy: 'bazel build @distroless//tzdata' },
  { size: 232 * KB, share: 'distroless/static-debian12#certs', rootfs: 'distroless-static', createdBy: 'bazel build @distroless//cacerts' },
];

/** Built by Bazel with reproducible (epoch) timestamps: `docker images` says "55 years ago". */
export const distrolessStatic: CatalogFamily = {
  repository: 'gcr.io/distroless/static-debian12',
  config: baseConfig({ Env: distrolessEnv, User: '0', WorkingDir: '/' }),
  images: [
    { tags: ['latest'], created: '1970-01-01T00:00:00Z', layers: distrolessLayers, trailer: [] },
    { tags: ['nonroot'], created: '1970-01-01T00:00:00Z', config: { User: '65532', WorkingDir: '/home/nonroot' }, layers: distrolessLayers, trailer: [] },
  ],
};
