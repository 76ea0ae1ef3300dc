/** Base layers shared by many official images (pulling one after another says "Already exists"). */
import { MB, KB, type CatalogLayer } from './types';

export const ALPINE_3_22: CatalogLayer = {
  size: 8_310_000,
  share: 'alpine:3.22.1',
  rootfs: 'alpine',
  createdBy: 'ADD alpine-minirootfs-3.22.1-x86_64.tar.gz / # buildkit',
};

export const ALPINE_3_21: CatalogLayer = {
  size: 7_830_000,
  share: 'alpine:3.21.4',
  rootfs: 'alpine',
  createdBy: 'ADD alpine-minirootfs-3.21.4-x86_64.tar.gz / # buildkit',
};

export const BUSYBOX: CatalogLayer = {
  size: 4_280_000,
  share: 'busybox:1.37.0',
  rootfs: 'busybox',
  createdBy: 'BusyBox 1.37.0 (glibc), Debian 12',
};

export const DEBIAN_BOOKWORM: CatalogLayer = {
  size: 117 * MB,
  share: 'debian:bookworm',
  rootfs: 'debian',
  createdBy: "# debian.sh --arch 'amd64' out/ 'bookworm' '@1754870400'",
};

export const DEBIAN_BOOKWORM_SLIM: CatalogLayer = {
  size: 74_800_000,
  share: 'debian:bookworm-slim',
  rootfs: 'debian',
  createdBy: "# debian.sh --arch 'amd64' out/ 'bookworm' '@1754870400'",
};

export const DEBIAN_TRIXIE: CatalogLayer = {
  size: 120 * MB,
  share: 'debian:trixie',
  rootfs: 'debian-trixie',
  createdBy: "# debian.sh --arch 'amd64' out/ 'trixie' '@1754870400'",
};

export const DEBIAN_TRIXIE_SLIM: CatalogLayer = {
  size: 78_600_000,
  share: 'debian:trixie-slim',
  rootfs: 'debian-trixie',
  createdBy: "# debian.sh --arch 'amd64' out/ 'trixie' '@1754870400'",
};

export const UBUNTU_NOBLE: CatalogLayer = {
  size: 78_100_000,
  share: 'ubuntu:24.04',
  rootfs: 'ubuntu',
  createdBy: 'ADD file:32d41b6329e8f89fa4ac92ef97c04b7cf3d1ad5d3b4b5ea2d4e1e2bd3ab3b0e0 in / ',
};

export const UBUNTU_JAMMY: CatalogLayer = {
  size: 77_900_000,
  share: 'ubuntu:22.04',
  rootfs: 'ubuntu-jammy',
  createdBy: 'ADD file:1b6c8c9518be42fa2afe5e241ca31677fce58d27cdfa88baa91a65a259be3637 in / ',
};

/** buildpack-deps layers on top of Debian (curl, git…), shared by node, python, golang. */
export const BUILDPACK_BOOKWORM: CatalogLayer[] = [
  DEBIAN_BOOKWORM,
  { size: 24_000 * KB, share: 'buildpack-deps:bookworm-curl', rootfs: 'buildpack', createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates curl gnupg netbase sq wget; rm -rf /var/lib/apt/lists/* # buildkit' },
  { size: 64_400 * KB, share: 'buildpack-deps:bookworm-scm', createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends git mercurial openssh-client subversion procps; rm -rf /var/lib/apt/lists/* # buildkit' },
  { size: 650_000 * KB, share: 'buildpack-deps:bookworm', createdBy: 'RUN /bin/sh -c set -ex; apt-get update; apt-get install -y --no-install-recommends autoconf automake bzip2 default-libmysqlclient-dev dpkg-dev file g++ gcc make patch unzip xz-utils zlib1g-dev; rm -rf /var/lib/apt/lists/* # buildkit' },
];
