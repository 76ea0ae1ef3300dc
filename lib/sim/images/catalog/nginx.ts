import { ALPINE_3_21, ALPINE_3_22, DEBIAN_BOOKWORM_SLIM } from './bases';
import { baseConfig, KB, PATH_DEFAULT, ports, type CatalogFamily } from './types';

const NGINX = '1.29.1';
const nginxEnv = (pkg: string) => [PATH_DEFAULT, `NGINX_VERSION=${NGINX}`, 'NJS_VERSION=0.9.1', `NJS_RELEASE=${pkg}`, `PKG_RELEASE=${pkg}`, `DYNPKG_RELEASE=${pkg}`];

const entrypointLayers = [
  { size: 1_620, createdBy: 'COPY docker-entrypoint.sh / # buildkit' },
  { size: 389, createdBy: 'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit' },
  { size: 955, createdBy: 'COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit' },
  { size: 3_020, createdBy: 'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit' },
  { size: 4_620, createdBy: 'COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit' },
];

export const nginx: CatalogFamily = {
  repository: 'docker.io/library/nginx',
  config: baseConfig({
    Env: nginxEnv('1~bookworm'),
    Entrypoint: ['/docker-entrypoint.sh'],
    Cmd: ['nginx', '-g', 'daemon off;'],
    ExposedPorts: ports('80'),
    Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
    StopSignal: 'SIGQUIT',
  }),
  images: [
    {
      tags: ['latest', 'mainline', '1', '1.29', NGINX, 'bookworm', `${NGINX}-bookworm`, 'mainline-bookworm'],
      created: '2025-08-13T17:39:00Z',
      layers: [
        DEBIAN_BOOKWORM_SLIM,
        { size: 117_200 * KB, rootfs: 'nginx', createdBy: 'RUN /bin/sh -c set -x && groupadd --system --gid 101 nginx && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx && apt-get update && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates && … # buildkit' },
        ...entrypointLayers,
      ],
    },
    {
      tags: ['stable', '1.28', '1.28.0', 'stable-bookworm'],
      created: '2025-04-23T17:50:00Z',
      config: { Env: [PATH_DEFAULT, 'NGINX_VERSION=1.28.0', 'NJS_VERSION=0.8.10', 'NJS_RELEASE=1~bookworm', 'PKG_RELEASE=1~bookworm', 'DYNPKG_RELEASE=1~bookworm'] },
      layers: [
        DEBIAN_BOOKWORM_SLIM,
        { size: 116_900 * KB, rootfs: 'nginx', createdBy: 'RUN /bin/sh -c set -x && groupadd --system --gid 101 nginx && … # buildkit' },
        ...entrypointLayers,
      ],
    },
    {
      tags: ['1.27', '1.27.5'],
      created: '2025-04-16T17:50:00Z',
      config: { Env: [PATH_DEFAULT, 'NGINX_VERSION=1.27.5', 'NJS_VERSION=0.8.10', 'NJS_RELEASE=1~bookworm', 'PKG_RELEASE=1~bookworm', 'DYNPKG_RELEASE=1~bookworm'] },
      layers: [
        DEBIAN_BOOKWORM_SLIM,
        { size: 116_800 * KB, rootfs: 'nginx', createdBy: 'RUN /bin/sh -c set -x && groupadd --system --gid 101 nginx && … # buildkit' },
        ...entrypointLayers,
      ],
    },
    {
      tags: ['alpine', 'mainline-alpine', '1-alpine', '1.29-alpine', `${NGINX}-alpine`, 'alpine3.22'],
      created: '2025-08-13T18:20:00Z',
      config: { Env: nginxEnv('1') },
      layers: [
        ALPINE_3_22,
        { size: 36_000 * KB, rootfs: 'nginx-alpine', createdBy: 'RUN /bin/sh -c set -x && addgroup -g 101 -S nginx && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx && apk add --no-cache --virtual .nginx-rundeps … && apk add --no-cache curl ca-certificates # buildkit' },
        ...entrypointLayers,
        { size: 7_900 * KB, createdBy: 'RUN /bin/sh -c set -x && apk add --no-cache --virtual .njs-rundeps … # buildkit' },
      ],
    },
    {
      tags: ['1.27-alpine', '1.27.5-alpine', '1.27-alpine3.21', '1.27.5-alpine3.21'],
      created: '2025-04-16T18:20:00Z',
      config: { Env: [PATH_DEFAULT, 'NGINX_VERSION=1.27.5', 'PKG_RELEASE=1', 'DYNPKG_RELEASE=1', 'NJS_VERSION=0.8.10', 'NJS_RELEASE=1'] },
      layers: [ALPINE_3_21, { size: 35_800 * KB, rootfs: 'nginx-alpine', createdBy: 'RUN /bin/sh -c set -x && addgroup -g 101 -S nginx && … # buildkit' }, ...entrypointLayers, { size: 7_800 * KB, createdBy: 'RUN /bin/sh -c set -x && apk add --no-cache --virtual .njs-rundeps … # buildkit' }],
    },
    {
      tags: ['alpine-slim', '1.29-alpine-slim', `${NGINX}-alpine-slim`],
      created: '2025-08-13T18:10:00Z',
      config: { Env: nginxEnv('1') },
      layers: [ALPINE_3_22, { size: 5_100 * KB, rootfs: 'nginx-alpine', createdBy: 'RUN /bin/sh -c set -x && addgroup -g 101 -S nginx && … # buildkit' }, ...entrypointLayers],
    },
    {
      tags: ['stable-alpine', '1.28-alpine', '1.28.0-alpine'],
      created: '2025-04-23T18:20:00Z',
      config: { Env: [PATH_DEFAULT, 'NGINX_VERSION=1.28.0', 'PKG_RELEASE=1', 'DYNPKG_RELEASE=1', 'NJS_VERSION=0.8.10', 'NJS_RELEASE=1'] },
      layers: [ALPINE_3_22, { size: 35_900 * KB, rootfs: 'nginx-alpine', createdBy: 'RUN /bin/sh -c set -x && addgroup -g 101 -S nginx && … # buildkit' }, ...entrypointLayers, { size: 7_800 * KB, createdBy: 'RUN /bin/sh -c set -x && apk add --no-cache --virtual .njs-rundeps … # buildkit' }],
    },
  ],
  tagPatterns: [
    { pattern: /^1\.2[0-9]\.[0-9]{1,2}$/, like: 'latest' },
    { pattern: /^1\.2[0-9]\.[0-9]{1,2}-alpine$/, like: 'alpine' },
  ],
};
