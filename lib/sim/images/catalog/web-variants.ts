/** Web images the lessons use besides the official servers: the unprivileged nginx build and phpMyAdmin. */
import { ALPINE_3_21, ALPINE_3_22, DEBIAN_BOOKWORM_SLIM } from './bases';
import { baseConfig, KB, MB, PATH_DEFAULT, ports, volumes, type CatalogFamily } from './types';

const nginxEnv = (v: string) => [PATH_DEFAULT, `NGINX_VERSION=${v}`, 'PKG_RELEASE=1', 'DYNPKG_RELEASE=1', 'NJS_VERSION=0.9.1', 'NJS_RELEASE=1'];
const scripts = [
  { size: 1_620, createdBy: 'COPY docker-entrypoint.sh / # buildkit' },
  { size: 389, createdBy: 'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit' },
  { size: 955, createdBy: 'COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit' },
  { size: 3_020, createdBy: 'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit' },
  { size: 4_620, createdBy: 'COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit' },
];
const unprivileged = { size: 12 * KB, rootfs: 'nginx-unprivileged', createdBy: "RUN /bin/sh -c sed -i 's,listen       80;,listen       8080;,' /etc/nginx/conf.d/default.conf && sed -i '/user  nginx;/d' /etc/nginx/nginx.conf && sed -i 's,/var/run/nginx.pid,/tmp/nginx.pid,' /etc/nginx/nginx.conf && … chown -R $UID:0 /var/cache/nginx && chmod -R g+w /var/cache/nginx # buildkit" };
const alpineLayers = (base: typeof ALPINE_3_22, size: number) => [base, { size, rootfs: 'nginx-alpine', createdBy: 'RUN /bin/sh -c set -x && addgroup -g $GID -S nginx && adduser -S -D -H -u $UID -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx && apk add --no-cache --virtual .nginx-rundeps … # buildkit' }, ...scripts, unprivileged];

export const nginxUnprivileged: CatalogFamily = {
  repository: 'docker.io/nginxinc/nginx-unprivileged',
  config: baseConfig({
    User: '101',
    Env: nginxEnv('1.29.1'),
    Entrypoint: ['/docker-entrypoint.sh'],
    Cmd: ['nginx', '-g', 'daemon off;'],
    ExposedPorts: ports('8080'),
    Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
    StopSignal: 'SIGQUIT',
  }),
  images: [
    { tags: ['latest', 'mainline', '1.29', '1.29.1', 'bookworm'], created: '2025-08-14T10:00:00Z', config: { Env: nginxEnv('1.29.1').map((e) => e.replace(/RELEASE=1$/, 'RELEASE=1~bookworm')) }, layers: [DEBIAN_BOOKWORM_SLIM, { size: 117_400 * KB, rootfs: 'nginx', createdBy: 'RUN /bin/sh -c set -x && groupadd --system --gid $GID nginx && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid $UID nginx && … # buildkit' }, ...scripts, unprivileged] },
    { tags: ['alpine', 'mainline-alpine', '1.29-alpine', '1.29.1-alpine'], created: '2025-08-14T10:20:00Z', layers: alpineLayers(ALPINE_3_22, 44 * MB) },
    { tags: ['stable-alpine', '1.28-alpine', '1.28.0-alpine'], created: '2025-04-24T09:00:00Z', config: { Env: nginxEnv('1.28.0') }, layers: alpineLayers(ALPINE_3_21, 43_600 * KB) },
    { tags: ['1.27-alpine', '1.27.5-alpine'], created: '2025-04-17T09:00:00Z', config: { Env: nginxEnv('1.27.5') }, layers: alpineLayers(ALPINE_3_21, 43_500 * KB) },
  ],
};

export const phpMyAdmin: CatalogFamily = {
  repository: 'docker.io/library/phpmyadmin',
  config: baseConfig({
    Env: [PATH_DEFAULT, 'PHP_INI_DIR=/usr/local/etc/php', 'APACHE_CONFDIR=/etc/apache2', 'APACHE_ENVVARS=/etc/apache2/envvars', 'PHP_VERSION=8.2.29', 'PMA_SSL_DIR=/etc/phpmyadmin/ssl', 'MAX_EXECUTION_TIME=600', 'MEMORY_LIMIT=512M', 'UPLOAD_LIMIT=2048K', 'TZ=UTC', 'SESSION_SAVE_PATH=/sessions', 'VERSION=5.2.2', 'URL=https://files.phpmyadmin.net/phpMyAdmin/5.2.2/phpMyAdmin-5.2.2-all-languages.tar.xz'],
    Entrypoint: ['/docker-entrypoint.sh'],
    Cmd: ['apache2-foreground'],
    ExposedPorts: ports('80'),
    Volumes: volumes('/sessions'),
    WorkingDir: '/var/www/html',
    StopSignal: 'SIGWINCH',
    Labels: { 'org.opencontainers.image.title': 'Official phpMyAdmin Docker image', 'org.opencontainers.image.url': 'https://github.com/phpmyadmin/docker#readme', 'org.opencontainers.image.version': '5.2.2' },
  }),
  images: [
    {
      tags: ['latest', '5', '5.2', '5.2.2', 'apache', '5-apache', '5.2-apache', '5.2.2-apache'],
      created: '2025-07-31T00:00:00Z',
      layers: [
        DEBIAN_BOOKWORM_SLIM,
        { size: 283 * MB, createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends $PHPIZE_DEPS ca-certificates curl xz-utils apache2 … # buildkit' },
        { size: 104 * MB, createdBy: 'RUN /bin/sh -c set -ex; … docker-php-ext-install -j "$(nproc)" bz2 gd mysqli opcache zip; … # buildkit' },
        { size: 61 * MB, rootfs: 'phpmyadmin', createdBy: 'RUN /bin/sh -c set -ex; … curl -fsSL -o phpMyAdmin.tar.xz $URL; … tar -xf phpMyAdmin.tar.xz -C /var/www/html --strip-components=1; … # buildkit' },
        { size: 2_700, createdBy: 'COPY docker-entrypoint.sh /docker-entrypoint.sh # buildkit' },
      ],
    },
  ],
};
