/** Applications and Docker's own sample images: wordpress, adminer, getting-started, welcome-to-docker. */
import { ALPINE_3_22, DEBIAN_BOOKWORM_SLIM } from './bases';
import { baseConfig, KB, MB, PATH_DEFAULT, ports, volumes, type CatalogFamily } from './types';

export const wordpress: CatalogFamily = {
  repository: 'docker.io/library/wordpress',
  config: baseConfig({
    Env: [PATH_DEFAULT, 'PHPIZE_DEPS=autoconf \t\tdpkg-dev \t\tfile \t\tg++ \t\tgcc \t\tlibc-dev \t\tmake \t\tpkg-config \t\tre2c', 'PHP_INI_DIR=/usr/local/etc/php', 'APACHE_CONFDIR=/etc/apache2', 'APACHE_ENVVARS=/etc/apache2/envvars', 'PHP_VERSION=8.2.29'],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['apache2-foreground'],
    ExposedPorts: ports('80'),
    Volumes: volumes('/var/www/html'),
    WorkingDir: '/var/www/html',
    StopSignal: 'SIGWINCH',
  }),
  images: [
    { tags: ['latest', '6', '6.8', '6.8.2', 'php8.2', 'apache', '6.8.2-php8.2-apache', '6-apache', '6.8-apache', '6.8.2-apache', 'php8.2-apache', '6.8-php8.2-apache', '6.8-php8.2'], created: '2025-07-15T00:00:00Z', layers: [DEBIAN_BOOKWORM_SLIM, { size: 268 * MB, createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends $PHPIZE_DEPS ca-certificates curl xz-utils apache2 … # buildkit' }, { size: 290 * MB, createdBy: 'RUN /bin/sh -c set -eux; … docker-php-ext-install -j "$(nproc)" bcmath exif gd intl mysqli zip … # buildkit' }, { size: 76_800 * KB, rootfs: 'wordpress', createdBy: 'RUN /bin/sh -c set -eux; version="6.8.2"; curl -o wordpress.tar.gz -fL "https://wordpress.org/wordpress-$version.tar.gz"; … # buildkit' }, { size: 8_900, createdBy: 'COPY --chown=www-data:www-data wp-config-docker.php /usr/src/wordpress/ # buildkit' }, { size: 11_500, createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit' }] },
  ],
};

export const adminer: CatalogFamily = {
  repository: 'docker.io/library/adminer',
  config: baseConfig({ User: 'adminer', Env: [PATH_DEFAULT, 'PHP_INI_DIR=/usr/local/etc/php', 'PHP_VERSION=8.4.11', 'ADMINER_VERSION=5.3.0'], Entrypoint: ['entrypoint.sh', 'docker-php-entrypoint'], Cmd: ['php', '-S', '[::]:8080', '-t', '/var/www/html'], ExposedPorts: ports('8080'), WorkingDir: '/var/www/html' }),
  images: [
    { tags: ['latest', '5', '5.3', '5.3.0', 'standalone'], created: '2025-07-25T00:00:00Z', layers: [ALPINE_3_22, { size: 78 * MB, createdBy: 'RUN /bin/sh -c set -eux; apk add --no-cache --virtual .build-deps $PHPIZE_DEPS … # buildkit' }, { size: 20_700 * KB, rootfs: 'adminer', createdBy: 'RUN /bin/sh -c set -x && curl -fsSL https://github.com/vrana/adminer/releases/download/v$ADMINER_VERSION/adminer-$ADMINER_VERSION.php -o adminer.php … # buildkit' }] },
  ],
};

export const gettingStarted: CatalogFamily = {
  repository: 'docker.io/docker/getting-started',
  config: baseConfig({ Env: [PATH_DEFAULT, 'NGINX_VERSION=1.23.3', 'NJS_VERSION=0.7.9', 'PKG_RELEASE=1'], Entrypoint: ['/docker-entrypoint.sh'], Cmd: ['nginx', '-g', 'daemon off;'], ExposedPorts: ports('80'), StopSignal: 'SIGQUIT', Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' } }),
  images: [
    { tags: ['latest'], created: '2023-01-13T00:00:00Z', layers: [{ ...ALPINE_3_22, size: 7_050_000, share: 'alpine:3.17.1', createdBy: 'ADD file:… in / ' }, { size: 33_800 * KB, rootfs: 'nginx-alpine', createdBy: 'RUN /bin/sh -c set -x && addgroup -g 101 -S nginx && … ' }, { size: 6_400 * KB, rootfs: 'getting-started', createdBy: 'COPY /app/site /usr/share/nginx/html # buildkit' }] },
  ],
};

export const welcomeToDocker: CatalogFamily = {
  repository: 'docker.io/docker/welcome-to-docker',
  config: baseConfig({ Env: [PATH_DEFAULT, 'NGINX_VERSION=1.25.3', 'PKG_RELEASE=1'], Entrypoint: ['/docker-entrypoint.sh'], Cmd: ['nginx', '-g', 'daemon off;'], ExposedPorts: ports('80'), StopSignal: 'SIGQUIT' }),
  images: [
    { tags: ['latest'], created: '2024-01-24T00:00:00Z', layers: [{ ...ALPINE_3_22, size: 7_380_000, share: 'alpine:3.18.5', createdBy: 'ADD file:… in / ' }, { size: 10_900 * KB, rootfs: 'nginx-alpine', createdBy: 'RUN /bin/sh -c set -x && addgroup -g 101 -S nginx && … ' }, { size: 640 * KB, rootfs: 'welcome-to-docker', createdBy: 'COPY /app/build /usr/share/nginx/html # buildkit' }] },
  ],
};
