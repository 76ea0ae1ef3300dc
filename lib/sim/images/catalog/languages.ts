/** Language runtimes: node, python, golang, eclipse-temurin, openjdk. */
import { ALPINE_3_22, BUILDPACK_BOOKWORM, DEBIAN_BOOKWORM_SLIM, UBUNTU_NOBLE } from './bases';
import { baseConfig, KB, MB, PATH_DEFAULT, type CatalogFamily, type CatalogLayer } from './types';

const nodeEnv = (v: string) => [PATH_DEFAULT, `NODE_VERSION=${v}`, 'YARN_VERSION=1.22.22'];
const nodeFull = (v: string, size: number): CatalogLayer[] => [
  ...BUILDPACK_BOOKWORM,
  { size: 4_100, createdBy: 'RUN /bin/sh -c groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node # buildkit' },
  { size, rootfs: 'node', createdBy: `RUN /bin/sh -c ARCH= && dpkgArch="$(dpkg --print-architecture)" … curl -fsSLO --compressed "https://nodejs.org/dist/v${v}/node-v${v}-linux-$ARCH.tar.xz" … # buildkit` },
  { size: 5_300 * KB, createdBy: 'RUN /bin/sh -c set -ex && … yarn-v$YARN_VERSION.tar.gz … # buildkit' },
  { size: 388, createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit' },
];
const nodeAlpine = (v: string, size: number): CatalogLayer[] => [
  ALPINE_3_22,
  { size, rootfs: 'node-alpine', createdBy: `RUN /bin/sh -c addgroup -g 1000 node && adduser -u 1000 -G node -s /bin/sh -D node && … node-v${v}-linux-x64-musl.tar.xz … # buildkit` },
  { size: 5_300 * KB, createdBy: 'RUN /bin/sh -c apk add --no-cache --virtual .build-deps-yarn curl gnupg tar … # buildkit' },
  { size: 388, createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit' },
];

export const node: CatalogFamily = {
  repository: 'docker.io/library/node',
  config: baseConfig({ Env: nodeEnv('24.6.0'), Entrypoint: ['docker-entrypoint.sh'], Cmd: ['node'] }),
  images: [
    { tags: ['latest', '24', '24.6', '24.6.0', 'current', 'bookworm'], created: '2025-08-15T00:00:00Z', layers: nodeFull('24.6.0', 250 * MB) },
    { tags: ['22', '22.18', '22.18.0', 'lts', 'jod', 'lts-bookworm'], created: '2025-08-01T00:00:00Z', config: { Env: nodeEnv('22.18.0') }, layers: nodeFull('22.18.0', 191 * MB) },
    { tags: ['20', '20.19', '20.19.4', 'iron'], created: '2025-07-16T00:00:00Z', config: { Env: nodeEnv('20.19.4') }, layers: nodeFull('20.19.4', 186 * MB) },
    { tags: ['18', '18.20', '18.20.8', 'hydrogen'], created: '2025-03-28T00:00:00Z', config: { Env: nodeEnv('18.20.8') }, layers: nodeFull('18.20.8', 171 * MB) },
    { tags: ['alpine', '24-alpine', '24.6-alpine', 'current-alpine'], created: '2025-08-15T00:00:00Z', layers: nodeAlpine('24.6.0', 152 * MB), config: { Cmd: ['node'] } },
    { tags: ['22-alpine', 'lts-alpine', '22.18-alpine', '22.18.0-alpine'], created: '2025-08-01T00:00:00Z', config: { Env: nodeEnv('22.18.0') }, layers: nodeAlpine('22.18.0', 142 * MB) },
    { tags: ['20-alpine', '20.19-alpine', '20.19.4-alpine'], created: '2025-07-16T00:00:00Z', config: { Env: nodeEnv('20.19.4') }, layers: nodeAlpine('20.19.4', 120 * MB) },
    { tags: ['22-slim', 'lts-slim', '22.18-slim'], created: '2025-08-01T00:00:00Z', config: { Env: nodeEnv('22.18.0') }, layers: [DEBIAN_BOOKWORM_SLIM, { size: 148 * MB, rootfs: 'node', createdBy: 'RUN /bin/sh -c … node-v22.18.0-linux-x64.tar.xz … # buildkit' }, { size: 5_300 * KB, createdBy: 'RUN /bin/sh -c set -ex && … yarn … # buildkit' }, { size: 388, createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit' }] },
  ],
};

const pyEnv = (v: string) => ['PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8', 'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305', `PYTHON_VERSION=${v}`];
const pyFull = (v: string, size: number): CatalogLayer[] => [
  ...BUILDPACK_BOOKWORM,
  { size: 19_300 * KB, createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends libbluetooth-dev tk-dev uuid-dev; rm -rf /var/lib/apt/lists/* # buildkit' },
  { size, rootfs: 'python', createdBy: `RUN /bin/sh -c set -eux; wget -O python.tar.xz "https://www.python.org/ftp/python/\${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; … make install … # buildkit` },
  { size: 36, createdBy: 'RUN /bin/sh -c set -eux; for src in idle3 pip3 pydoc3 python3 python3-config; do dst="$(echo "$src" | tr -d 3)"; … ln -svT "$src" "/usr/local/bin/$dst"; done # buildkit' },
];
const pySlim = (v: string, size: number): CatalogLayer[] => [
  DEBIAN_BOOKWORM_SLIM,
  { size: 3_900 * KB, createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates netbase tzdata; rm -rf /var/lib/apt/lists/* # buildkit' },
  { size, rootfs: 'python', createdBy: `RUN /bin/sh -c set -eux; … Python-${v}.tar.xz … make install … # buildkit` },
  { size: 36, createdBy: 'RUN /bin/sh -c set -eux; for src in idle3 pip3 pydoc3 python3 python3-config; do … done # buildkit' },
];

export const python: CatalogFamily = {
  repository: 'docker.io/library/python',
  config: baseConfig({ Env: pyEnv('3.13.7'), Cmd: ['python3'] }),
  images: [
    { tags: ['latest', '3', '3.13', '3.13.7', 'bookworm'], created: '2025-08-15T00:00:00Z', layers: pyFull('3.13.7', 140 * MB) },
    { tags: ['3.12', '3.12.11', '3.12-bookworm'], created: '2025-08-15T00:00:00Z', config: { Env: pyEnv('3.12.11') }, layers: pyFull('3.12.11', 132 * MB) },
    { tags: ['3.11', '3.11.13'], created: '2025-08-15T00:00:00Z', config: { Env: pyEnv('3.11.13') }, layers: pyFull('3.11.13', 127 * MB) },
    { tags: ['slim', '3-slim', '3.13-slim', '3.13.7-slim'], created: '2025-08-15T00:00:00Z', layers: pySlim('3.13.7', 46_300 * KB) },
    { tags: ['3.12-slim', '3.12.11-slim', '3.12-slim-bookworm'], created: '2025-08-15T00:00:00Z', config: { Env: pyEnv('3.12.11') }, layers: pySlim('3.12.11', 45_400 * KB) },
    { tags: ['3.11-slim', '3.11.13-slim'], created: '2025-08-15T00:00:00Z', config: { Env: pyEnv('3.11.13') }, layers: pySlim('3.11.13', 44_100 * KB) },
    { tags: ['alpine', '3-alpine', '3.13-alpine'], created: '2025-08-15T00:00:00Z', layers: [ALPINE_3_22, { size: 1_500 * KB, createdBy: 'RUN /bin/sh -c set -eux; apk add --no-cache ca-certificates tzdata; # buildkit' }, { size: 37_100 * KB, rootfs: 'python', createdBy: 'RUN /bin/sh -c set -eux; apk add --no-cache --virtual .build-deps … make install … # buildkit' }] },
    { tags: ['3.12-alpine', '3.12.11-alpine'], created: '2025-08-15T00:00:00Z', config: { Env: pyEnv('3.12.11') }, layers: [ALPINE_3_22, { size: 1_500 * KB, createdBy: 'RUN /bin/sh -c set -eux; apk add --no-cache ca-certificates tzdata; # buildkit' }, { size: 40_900 * KB, rootfs: 'python', createdBy: 'RUN /bin/sh -c set -eux; apk add --no-cache --virtual .build-deps … make install … # buildkit' }] },
  ],
};

const goEnv = (v: string) => ['PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', `GOLANG_VERSION=${v}`, 'GOTOOLCHAIN=local', 'GOPATH=/go'];

export const golang: CatalogFamily = {
  repository: 'docker.io/library/golang',
  config: baseConfig({ Env: goEnv('1.25.0'), Cmd: ['bash'], WorkingDir: '/go' }),
  images: [
    { tags: ['latest', '1', '1.25', '1.25.0', 'bookworm'], created: '2025-08-13T00:00:00Z', layers: [...BUILDPACK_BOOKWORM.slice(0, 3), { size: 240_000 * KB, createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends g++ gcc libc6-dev make pkg-config; rm -rf /var/lib/apt/lists/* # buildkit' }, { size: 400 * MB, rootfs: 'golang', createdBy: 'COPY /target/ / # buildkit' }, { size: 0, createdBy: 'RUN /bin/sh -c mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH" # buildkit' }] },
    { tags: ['1.24', '1.24.6'], created: '2025-08-06T00:00:00Z', config: { Env: goEnv('1.24.6') }, layers: [...BUILDPACK_BOOKWORM.slice(0, 3), { size: 92_400 * KB, createdBy: 'RUN /bin/sh -c set -eux; apt-get install -y g++ gcc libc6-dev make pkg-config # buildkit' }, { size: 278 * MB, rootfs: 'golang', createdBy: 'COPY /target/ / # buildkit' }] },
    { tags: ['alpine', '1.25-alpine', '1.25.0-alpine'], created: '2025-08-13T00:00:00Z', config: { Cmd: ['/bin/sh'] }, layers: [ALPINE_3_22, { size: 300 * KB, createdBy: 'RUN /bin/sh -c apk add --no-cache ca-certificates # buildkit' }, { size: 279 * MB, rootfs: 'golang', createdBy: 'COPY /target/ / # buildkit' }] },
    { tags: ['1.24-alpine', '1.24.6-alpine'], created: '2025-08-06T00:00:00Z', config: { Env: goEnv('1.24.6'), Cmd: ['/bin/sh'] }, layers: [ALPINE_3_22, { size: 300 * KB, createdBy: 'RUN /bin/sh -c apk add --no-cache ca-certificates # buildkit' }, { size: 270 * MB, rootfs: 'golang', createdBy: 'COPY /target/ / # buildkit' }] },
  ],
};

const javaEnv = (v: string) => ['JAVA_HOME=/opt/java/openjdk', 'PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=en_US.UTF-8', 'LANGUAGE=en_US:en', 'LC_ALL=en_US.UTF-8', `JAVA_VERSION=${v}`];
const temurin = (v: string, size: number, jre: boolean): CatalogLayer[] => [
  UBUNTU_NOBLE,
  { size: 25_300 * KB, createdBy: 'RUN /bin/sh -c set -eux; apt-get update; DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl wget fontconfig ca-certificates p11-kit tzdata locales; … # buildkit' },
  { size, rootfs: 'java', createdBy: `RUN /bin/sh -c set -eux; … OpenJDK-${jre ? 'jre' : 'jdk'}_x64_linux_hotspot_${v}.tar.gz … # buildkit` },
  { size: 0, createdBy: 'RUN /bin/sh -c set -eux; echo "Verifying install ..."; fileEncoding="$(echo \'System.out.println(System.getProperty("file.encoding"))\' | jshell -s -)"; … # buildkit' },
  { size: 5_300, createdBy: 'COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh # buildkit' },
];

export const eclipseTemurin: CatalogFamily = {
  repository: 'docker.io/library/eclipse-temurin',
  config: baseConfig({ Env: javaEnv('jdk-21.0.8+9'), Entrypoint: ['/__cacert_entrypoint.sh'], Cmd: ['jshell'] }),
  images: [
    { tags: ['latest', '21', '21-jdk', '21.0.8_9-jdk', '21-noble', '21-jdk-noble'], created: '2025-07-22T00:00:00Z', layers: temurin('jdk-21.0.8+9', 356 * MB, false) },
    { tags: ['21-jre', '21.0.8_9-jre', '21-jre-noble'], created: '2025-07-22T00:00:00Z', config: { Cmd: null }, layers: temurin('jdk-21.0.8+9', 169 * MB, true) },
    { tags: ['17', '17-jdk', '17.0.16_8-jdk'], created: '2025-07-22T00:00:00Z', config: { Env: javaEnv('jdk-17.0.16+8') }, layers: temurin('jdk-17.0.16+8', 331 * MB, false) },
    { tags: ['17-jre', '17.0.16_8-jre'], created: '2025-07-22T00:00:00Z', config: { Env: javaEnv('jdk-17.0.16+8'), Cmd: null }, layers: temurin('jdk-17.0.16+8', 152 * MB, true) },
    { tags: ['21-jre-alpine', '21-jre-alpine-3.22'], created: '2025-07-22T00:00:00Z', config: { Cmd: null, Env: ['JAVA_HOME=/opt/java/openjdk', 'PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=en_US.UTF-8', 'LANGUAGE=en_US:en', 'LC_ALL=en_US.UTF-8', 'JAVA_VERSION=jdk-21.0.8+9'] }, layers: [ALPINE_3_22, { size: 12_000 * KB, createdBy: 'RUN /bin/sh -c set -eux; apk add --no-cache fontconfig ttf-dejavu gnupg ca-certificates p11-kit-trust musl-locales musl-locales-lang tzdata coreutils openssl # buildkit' }, { size: 167 * MB, rootfs: 'java', createdBy: 'RUN /bin/sh -c set -eux; … OpenJDK21U-jre_x64_alpine-linux_hotspot_21.0.8_9.tar.gz … # buildkit' }] },
  ],
};

export const openjdk: CatalogFamily = {
  repository: 'docker.io/library/openjdk',
  config: baseConfig({ Env: ['PATH=/usr/local/openjdk-17/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'JAVA_HOME=/usr/local/openjdk-17', 'LANG=C.UTF-8', 'JAVA_VERSION=17.0.2'], Cmd: ['jshell'] }),
  images: [
    { tags: ['17', '17-jdk', '17.0.2', '17-jdk-bullseye'], created: '2022-02-08T00:00:00Z', layers: [{ size: 124 * MB, share: 'debian:bullseye', rootfs: 'debian', createdBy: 'ADD file:… in / ' }, { size: 10_900 * KB, createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates p11-kit' }, { size: 336 * MB, rootfs: 'openjdk', createdBy: 'RUN /bin/sh -c set -eux; … openjdk-17.0.2_linux-x64_bin.tar.gz …' }] },
    { tags: ['17-jdk-slim', '17-slim', '17.0.2-slim'], created: '2022-02-08T00:00:00Z', layers: [{ size: 80_400 * KB, share: 'debian:bullseye-slim', rootfs: 'debian', createdBy: 'ADD file:… in / ' }, { size: 3_900 * KB, createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates p11-kit' }, { size: 324 * MB, rootfs: 'openjdk', createdBy: 'RUN /bin/sh -c set -eux; … openjdk-17.0.2_linux-x64_bin.tar.gz …' }] },
  ],
  note: 'The openjdk image is deprecated (no updates since 2022) and has no "latest" tag any more; eclipse-temurin is the maintained choice.',
};
