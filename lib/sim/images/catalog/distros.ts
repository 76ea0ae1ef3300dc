/** Base OS images: alpine, busybox, debian, ubuntu, and hello-world. */
import { ALPINE_3_21, ALPINE_3_22, BUSYBOX, DEBIAN_BOOKWORM, DEBIAN_BOOKWORM_SLIM, DEBIAN_TRIXIE, DEBIAN_TRIXIE_SLIM, UBUNTU_JAMMY, UBUNTU_NOBLE } from './bases';
import { baseConfig, type CatalogFamily } from './types';

export const alpine: CatalogFamily = {
  repository: 'docker.io/library/alpine',
  config: baseConfig({ Cmd: ['/bin/sh'] }),
  images: [
    { tags: ['latest', '3', '3.22', '3.22.1'], created: '2025-07-15T11:01:16Z', layers: [ALPINE_3_22] },
    { tags: ['3.21', '3.21.4'], created: '2025-07-15T11:01:10Z', layers: [ALPINE_3_21] },
    { tags: ['3.20', '3.20.7'], created: '2025-07-15T11:01:05Z', layers: [{ ...ALPINE_3_21, size: 7_800_000, share: 'alpine:3.20.7', createdBy: 'ADD alpine-minirootfs-3.20.7-x86_64.tar.gz / # buildkit' }] },
    { tags: ['3.19', '3.19.8'], created: '2025-07-15T11:01:00Z', layers: [{ ...ALPINE_3_21, size: 7_400_000, share: 'alpine:3.19.8', createdBy: 'ADD alpine-minirootfs-3.19.8-x86_64.tar.gz / # buildkit' }] },
    { tags: ['edge', '20250714'], created: '2025-07-15T11:02:00Z', layers: [{ ...ALPINE_3_22, size: 8_400_000, share: 'alpine:edge', createdBy: 'ADD alpine-minirootfs-20250714-x86_64.tar.gz / # buildkit' }] },
  ],
};

export const busybox: CatalogFamily = {
  repository: 'docker.io/library/busybox',
  config: baseConfig({ Cmd: ['sh'] }),
  images: [
    { tags: ['latest', '1', '1.37', '1.37.0', 'stable', 'glibc', '1.37.0-glibc'], created: '2024-09-26T21:31:42Z', layers: [BUSYBOX] },
    { tags: ['musl', '1.37.0-musl'], created: '2024-09-26T21:31:42Z', layers: [{ ...BUSYBOX, size: 1_460_000, share: 'busybox:musl' }] },
    { tags: ['1.36', '1.36.1'], created: '2024-09-26T21:31:40Z', layers: [{ ...BUSYBOX, size: 4_260_000, share: 'busybox:1.36.1', createdBy: 'BusyBox 1.36.1 (glibc), Debian 12' }] },
  ],
};

export const debian: CatalogFamily = {
  repository: 'docker.io/library/debian',
  config: baseConfig({ Cmd: ['bash'], Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'] }),
  images: [
    { tags: ['latest', '13', 'trixie', '13.0', 'trixie-20250811'], created: '2025-08-11T00:00:00Z', layers: [DEBIAN_TRIXIE] },
    { tags: ['trixie-slim', '13-slim', 'stable-slim'], created: '2025-08-11T00:00:00Z', layers: [DEBIAN_TRIXIE_SLIM] },
    { tags: ['bookworm', '12', '12.11', 'bookworm-20250811', 'oldstable'], created: '2025-08-11T00:00:00Z', layers: [DEBIAN_BOOKWORM] },
    { tags: ['bookworm-slim', '12-slim', '12.11-slim', 'oldstable-slim'], created: '2025-08-11T00:00:00Z', layers: [DEBIAN_BOOKWORM_SLIM] },
  ],
};

export const ubuntu: CatalogFamily = {
  repository: 'docker.io/library/ubuntu',
  config: baseConfig({ Cmd: ['/bin/bash'], Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '24.04' } }),
  images: [
    {
      tags: ['latest', '24.04', 'noble', 'noble-20250805', 'rolling'],
      created: '2025-08-05T16:41:20Z',
      layers: [UBUNTU_NOBLE],
      trailer: ['ARG RELEASE', 'ARG LAUNCHPAD_BUILD_ARCH', 'LABEL org.opencontainers.image.ref.name=ubuntu', 'LABEL org.opencontainers.image.version=24.04', 'CMD ["/bin/bash"]'],
    },
    {
      tags: ['22.04', 'jammy', 'jammy-20250730'],
      created: '2025-07-30T10:04:40Z',
      config: { Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '22.04' } },
      layers: [UBUNTU_JAMMY],
      trailer: ['ARG RELEASE', 'ARG LAUNCHPAD_BUILD_ARCH', 'LABEL org.opencontainers.image.ref.name=ubuntu', 'LABEL org.opencontainers.image.version=22.04', 'CMD ["/bin/bash"]'],
    },
    {
      tags: ['20.04', 'focal', 'focal-20250404'],
      created: '2025-04-04T12:00:00Z',
      config: { Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '20.04' } },
      layers: [{ ...UBUNTU_JAMMY, size: 72_800_000, share: 'ubuntu:20.04', rootfs: 'ubuntu-focal' }],
      trailer: ['ARG RELEASE', 'ARG LAUNCHPAD_BUILD_ARCH', 'LABEL org.opencontainers.image.ref.name=ubuntu', 'LABEL org.opencontainers.image.version=20.04', 'CMD ["/bin/bash"]'],
    },
  ],
};

export const helloWorld: CatalogFamily = {
  repository: 'docker.io/library/hello-world',
  config: baseConfig({ Cmd: ['/hello'] }),
  images: [
    {
      tags: ['latest', 'linux'],
      created: '2025-08-08T19:05:17Z',
      layers: [{ size: 10_072, rootfs: 'hello-world', createdBy: 'COPY hello / # buildkit' }],
    },
  ],
};
