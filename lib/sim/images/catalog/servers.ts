/** Web servers and data stores: httpd, postgres, mysql, mariadb, redis, mongo, registry. */
import { ALPINE_3_21, ALPINE_3_22, DEBIAN_BOOKWORM_SLIM } from './bases';
import { baseConfig, KB, MB, PATH_DEFAULT, ports, volumes, type CatalogFamily } from './types';

export const httpd: CatalogFamily = {
  repository: 'docker.io/library/httpd',
  config: baseConfig({
    Env: ['PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HTTPD_PREFIX=/usr/local/apache2', 'HTTPD_VERSION=2.4.65', 'HTTPD_SHA256=58b8be97d9940ec17f7656c0c6b9f41b618aac468b894b534148e3296c53b8b3', 'HTTPD_PATCHES='],
    Cmd: ['httpd-foreground'],
    ExposedPorts: ports('80'),
    WorkingDir: '/usr/local/apache2',
    StopSignal: 'SIGWINCH',
  }),
  images: [
    {
      tags: ['latest', '2', '2.4', '2.4.65', 'bookworm', '2.4.65-bookworm'],
      created: '2025-07-23T18:30:00Z',
      layers: [
        DEBIAN_BOOKWORM_SLIM,
        { size: 145 * KB, createdBy: 'RUN /bin/sh -c mkdir -p "$HTTPD_PREFIX" && chown www-data:www-data "$HTTPD_PREFIX" # buildkit' },
        { size: 10_900 * KB, createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates libaprutil1-ldap libldap-common; rm -rf /var/lib/apt/lists/* # buildkit' },
        { size: 62_200 * KB, rootfs: 'httpd', createdBy: 'RUN /bin/sh -c set -eux; savedAptMark="$(apt-mark showmanual)"; … ./configure … make install … # buildkit' },
        { size: 138, createdBy: 'COPY httpd-foreground /usr/local/bin/ # buildkit' },
      ],
    },
    {
      tags: ['alpine', '2-alpine', '2.4-alpine', '2.4.65-alpine'],
      created: '2025-07-23T18:40:00Z',
      layers: [ALPINE_3_22, { size: 1_200 * KB, createdBy: 'RUN /bin/sh -c set -x && adduser -u 82 -D -S -G www-data www-data # buildkit' }, { size: 53_100 * KB, rootfs: 'httpd', createdBy: 'RUN /bin/sh -c set -eux; apk add --no-cache --virtual .build-deps … make install … # buildkit' }, { size: 138, createdBy: 'COPY httpd-foreground /usr/local/bin/ # buildkit' }],
    },
  ],
};

const pgEnv = (major: number, version: string) => [
  `PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/${major}/bin`,
  'GOSU_VERSION=1.17',
  'LANG=en_US.utf8',
  `PG_MAJOR=${major}`,
  `PG_VERSION=${version}`,
  'PGDATA=/var/lib/postgresql/data',
];

const pgLayers = (size: number) => [
  DEBIAN_BOOKWORM_SLIM,
  { size: 4_200 * KB, createdBy: 'RUN /bin/sh -c set -eux; groupadd -r postgres --gid=999; useradd -r -g postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres; … # buildkit' },
  { size: 28_400 * KB, createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends locales … # buildkit' },
  { size: size, rootfs: 'postgres', createdBy: 'RUN /bin/sh -c set -ex; … apt-get install -y --no-install-recommends "postgresql-$PG_MAJOR=$PG_VERSION" … # buildkit' },
  { size: 16_200, createdBy: 'COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/ # buildkit' },
];

export const postgres: CatalogFamily = {
  repository: 'docker.io/library/postgres',
  config: baseConfig({
    Env: pgEnv(17, '17.5-1.pgdg120+1'),
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['postgres'],
    ExposedPorts: ports('5432'),
    Volumes: volumes('/var/lib/postgresql/data'),
    StopSignal: 'SIGINT',
  }),
  images: [
    { tags: ['latest', '17', '17.5', 'bookworm', '17-bookworm'], created: '2025-08-14T00:00:00Z', layers: pgLayers(330 * MB) },
    { tags: ['16', '16.9', '16-bookworm'], created: '2025-08-14T00:00:00Z', config: { Env: pgEnv(16, '16.9-1.pgdg120+1') }, layers: pgLayers(326 * MB) },
    { tags: ['15', '15.13'], created: '2025-08-14T00:00:00Z', config: { Env: pgEnv(15, '15.13-1.pgdg120+1') }, layers: pgLayers(322 * MB) },
    {
      tags: ['alpine', '17-alpine', '17.5-alpine'],
      created: '2025-08-14T00:00:00Z',
      config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOSU_VERSION=1.17', 'LANG=en_US.utf8', 'PG_MAJOR=17', 'PG_VERSION=17.5', 'PG_SHA256=fcb7ab38e23b264d1902cb25e6adafb4525a6ebcbd015434aeef9eda80f528d8', 'DOCKER_PG_LLVM_DEPS=llvm19-dev \t\tclang19', 'PGDATA=/var/lib/postgresql/data'] },
      layers: [ALPINE_3_22, { size: 265 * MB, rootfs: 'postgres', createdBy: 'RUN /bin/sh -c set -eux; apk add --no-cache --virtual .build-deps … make install-world-bin … # buildkit' }, { size: 16_200, createdBy: 'COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/ # buildkit' }],
    },
    {
      tags: ['16-alpine', '16.9-alpine'],
      created: '2025-08-14T00:00:00Z',
      config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOSU_VERSION=1.17', 'LANG=en_US.utf8', 'PG_MAJOR=16', 'PG_VERSION=16.9', 'PGDATA=/var/lib/postgresql/data'] },
      layers: [ALPINE_3_22, { size: 258 * MB, rootfs: 'postgres', createdBy: 'RUN /bin/sh -c set -eux; apk add --no-cache --virtual .build-deps … # buildkit' }, { size: 16_200, createdBy: 'COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/ # buildkit' }],
    },
  ],
};

const mysqlEnv = (major: string, v: string) => [PATH_DEFAULT, 'GOSU_VERSION=1.17', `MYSQL_MAJOR=${major}`, `MYSQL_VERSION=${v}-1.el9`, `MYSQL_SHELL_VERSION=${v}-1.el9`];
const oracleLinux = { size: 118 * MB, share: 'oraclelinux:9-slim', rootfs: 'oraclelinux', createdBy: 'ADD oraclelinux-9-slim-amd64-rootfs.tar.xz / # buildkit' };

export const mysql: CatalogFamily = {
  repository: 'docker.io/library/mysql',
  config: baseConfig({
    Env: mysqlEnv('8.4', '8.4.6'),
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['mysqld'],
    ExposedPorts: ports('3306', '33060'),
    Volumes: volumes('/var/lib/mysql'),
  }),
  images: [
    { tags: ['8', '8.4', '8.4.6', 'lts', '8-oracle', 'lts-oracle'], created: '2025-07-22T00:00:00Z', layers: [oracleLinux, { size: 10_300 * KB, createdBy: 'RUN /bin/sh -c set -eux; groupadd --system --gid 999 mysql; useradd --system --uid 999 --gid 999 --home-dir /var/lib/mysql --no-create-home mysql # buildkit' }, { size: 643 * MB, rootfs: 'mysql', createdBy: 'RUN /bin/sh -c set -eux; microdnf install -y "mysql-community-server-minimal-$MYSQL_VERSION" … # buildkit' }, { size: 5_100, createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit' }] },
    { tags: ['latest', '9', '9.4', '9.4.0', 'innovation', 'oracle'], created: '2025-07-22T00:00:00Z', config: { Env: mysqlEnv('innovation', '9.4.0') }, layers: [oracleLinux, { size: 10_300 * KB, createdBy: 'RUN /bin/sh -c set -eux; groupadd --system --gid 999 mysql; … # buildkit' }, { size: 668 * MB, rootfs: 'mysql', createdBy: 'RUN /bin/sh -c set -eux; microdnf install -y "mysql-community-server-minimal-$MYSQL_VERSION" … # buildkit' }, { size: 5_100, createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit' }] },
    { tags: ['8.0', '8.0.43'], created: '2025-07-22T00:00:00Z', config: { Env: mysqlEnv('8.0', '8.0.43') }, layers: [oracleLinux, { size: 10_300 * KB, createdBy: 'RUN /bin/sh -c set -eux; groupadd --system --gid 999 mysql; … # buildkit' }, { size: 652 * MB, rootfs: 'mysql', createdBy: 'RUN /bin/sh -c set -eux; microdnf install -y "mysql-community-server-minimal-$MYSQL_VERSION" … # buildkit' }, { size: 5_100, createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit' }] },
  ],
};

export const mariadb: CatalogFamily = {
  repository: 'docker.io/library/mariadb',
  config: baseConfig({
    Env: [PATH_DEFAULT, 'GOSU_VERSION=1.17', 'LANG=C.UTF-8', 'MARIADB_VERSION=1:11.8.2+maria~ubu2404'],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['mariadbd'],
    ExposedPorts: ports('3306'),
    Volumes: volumes('/var/lib/mysql'),
  }),
  images: [
    { tags: ['latest', '11', '11.8', '11.8.2', 'lts', 'noble'], created: '2025-08-06T00:00:00Z', layers: [{ size: 78_100_000, share: 'ubuntu:24.04', rootfs: 'ubuntu', createdBy: 'ADD file:32d41b6329e8f89fa4ac92ef97c04b7cf3d1ad5d3b4b5ea2d4e1e2bd3ab3b0e0 in / ' }, { size: 9_800 * KB, createdBy: 'RUN /bin/sh -c groupadd -r mysql && useradd -r -g mysql mysql --home-dir /var/lib/mysql # buildkit' }, { size: 245 * MB, rootfs: 'mariadb', createdBy: 'RUN /bin/sh -c set -ex; apt-get update; apt-get install -y --no-install-recommends mariadb-server="$MARIADB_VERSION" … # buildkit' }, { size: 27_800, createdBy: 'COPY healthcheck.sh /usr/local/bin/healthcheck.sh # buildkit' }, { size: 24_600, createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit' }] },
    { tags: ['11.4', '11.4.7', '11.4-noble'], created: '2025-08-06T00:00:00Z', config: { Env: [PATH_DEFAULT, 'GOSU_VERSION=1.17', 'LANG=C.UTF-8', 'MARIADB_VERSION=1:11.4.7+maria~ubu2404'] }, layers: [{ size: 78_100_000, share: 'ubuntu:24.04', rootfs: 'ubuntu', createdBy: 'ADD file:32d41b6329e8f89fa4ac92ef97c04b7cf3d1ad5d3b4b5ea2d4e1e2bd3ab3b0e0 in / ' }, { size: 9_800 * KB, createdBy: 'RUN /bin/sh -c groupadd -r mysql && useradd -r -g mysql mysql --home-dir /var/lib/mysql # buildkit' }, { size: 238 * MB, rootfs: 'mariadb', createdBy: 'RUN /bin/sh -c set -ex; apt-get update; apt-get install -y --no-install-recommends mariadb-server="$MARIADB_VERSION" … # buildkit' }, { size: 27_800, createdBy: 'COPY healthcheck.sh /usr/local/bin/healthcheck.sh # buildkit' }, { size: 24_600, createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit' }] },
    { tags: ['10', '10.11', '10.11.13'], created: '2025-08-06T00:00:00Z', config: { Env: [PATH_DEFAULT, 'GOSU_VERSION=1.17', 'LANG=C.UTF-8', 'MARIADB_VERSION=1:10.11.13+maria~ubu2204'] }, layers: [{ size: 77_900_000, share: 'ubuntu:22.04', rootfs: 'ubuntu-jammy', createdBy: 'ADD file:1b6c8c9518be42fa2afe5e241ca31677fce58d27cdfa88baa91a65a259be3637 in / ' }, { size: 232 * MB, rootfs: 'mariadb-jammy', createdBy: 'RUN /bin/sh -c set -ex; apt-get install -y mariadb-server … # buildkit' }, { size: 24_600, createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit' }] },
  ],
};

const redisLayers = (size: number) => [
  DEBIAN_BOOKWORM_SLIM,
  { size: 4_100 * KB, createdBy: 'RUN /bin/sh -c set -eux; groupadd -r -g 999 redis; useradd -r -g redis -u 999 redis # buildkit' },
  { size: 1_000 * KB, createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends tzdata; rm -rf /var/lib/apt/lists/* # buildkit' },
  { size: size, rootfs: 'redis', createdBy: 'RUN /bin/sh -c set -eux; … make -C /usr/src/redis … make -C /usr/src/redis install … # buildkit' },
  { size: 0, createdBy: 'RUN /bin/sh -c mkdir /data && chown redis:redis /data # buildkit' },
  { size: 661, createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit' },
];

export const redis: CatalogFamily = {
  repository: 'docker.io/library/redis',
  config: baseConfig({
    Env: [PATH_DEFAULT, 'GOSU_VERSION=1.17', 'REDIS_VERSION=8.2.0', 'REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-8.2.0.tar.gz'],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['redis-server'],
    ExposedPorts: ports('6379'),
    Volumes: volumes('/data'),
    WorkingDir: '/data',
  }),
  images: [
    { tags: ['latest', '8', '8.2', '8.2.0', 'bookworm'], created: '2025-08-04T00:00:00Z', layers: redisLayers(62_300 * KB) },
    { tags: ['7', '7.4', '7.4.5', '7-bookworm'], created: '2025-07-07T00:00:00Z', config: { Env: [PATH_DEFAULT, 'GOSU_VERSION=1.17', 'REDIS_VERSION=7.4.5', 'REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-7.4.5.tar.gz'] }, layers: redisLayers(37_100 * KB) },
    // the swarm reference pages (docker service create/update/ps) roll redis:7.4.0 → 7.4.1
    { tags: ['7.4.1'], created: '2024-10-02T00:00:00Z', config: { Env: [PATH_DEFAULT, 'GOSU_VERSION=1.17', 'REDIS_VERSION=7.4.1', 'REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-7.4.1.tar.gz'] }, layers: redisLayers(36_900 * KB) },
    { tags: ['7.4.0'], created: '2024-07-29T00:00:00Z', config: { Env: [PATH_DEFAULT, 'GOSU_VERSION=1.17', 'REDIS_VERSION=7.4.0', 'REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-7.4.0.tar.gz'] }, layers: redisLayers(36_900 * KB) },
    { tags: ['alpine', '8-alpine', '8.2-alpine', '8.2.0-alpine'], created: '2025-08-04T00:00:00Z', layers: [ALPINE_3_22, { size: 51_800 * KB, rootfs: 'redis-alpine', createdBy: 'RUN /bin/sh -c set -eux; apk add --no-cache --virtual .build-deps … make install … # buildkit' }, { size: 661, createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit' }] },
    { tags: ['7-alpine', '7.4-alpine', '7.4.5-alpine'], created: '2025-07-07T00:00:00Z', config: { Env: [PATH_DEFAULT, 'GOSU_VERSION=1.17', 'REDIS_VERSION=7.4.5'] }, layers: [ALPINE_3_22, { size: 32_900 * KB, rootfs: 'redis-alpine', createdBy: 'RUN /bin/sh -c set -eux; apk add --no-cache --virtual .build-deps … make install … # buildkit' }, { size: 661, createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit' }] },
  ],
};

export const mongo: CatalogFamily = {
  repository: 'docker.io/library/mongo',
  config: baseConfig({
    Env: [PATH_DEFAULT, 'GOSU_VERSION=1.17', 'JSYAML_VERSION=3.13.1', 'JSYAML_CHECKSUM=662e32319bdd378e91f67578e56a34954b0a2e33aca11d70ab9f4826af24b941', 'MONGO_PACKAGE=mongodb-org', 'MONGO_REPO=repo.mongodb.org', 'MONGO_MAJOR=8.0', 'MONGO_VERSION=8.0.12', 'HOME=/data/db'],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['mongod'],
    ExposedPorts: ports('27017'),
    Volumes: volumes('/data/db', '/data/configdb'),
  }),
  images: [
    { tags: ['latest', '8', '8.0', '8.0.12', 'noble'], created: '2025-07-29T00:00:00Z', layers: [{ size: 78_100_000, share: 'ubuntu:24.04', rootfs: 'ubuntu', createdBy: 'ADD file:32d41b6329e8f89fa4ac92ef97c04b7cf3d1ad5d3b4b5ea2d4e1e2bd3ab3b0e0 in / ' }, { size: 4_500 * KB, createdBy: 'RUN /bin/sh -c set -eux; groupadd --gid 999 --system mongodb; useradd --uid 999 --system --gid mongodb --home-dir /data/db mongodb; … # buildkit' }, { size: 7_600 * KB, createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates jq numactl procps; … # buildkit' }, { size: 793 * MB, rootfs: 'mongo', createdBy: 'RUN /bin/sh -c set -x && export DEBIAN_FRONTEND=noninteractive && apt-get update && apt-get install -y ${MONGO_PACKAGE}=$MONGO_VERSION … # buildkit' }, { size: 0, createdBy: 'RUN /bin/sh -c mkdir -p /data/db /data/configdb && chown -R mongodb:mongodb /data/db /data/configdb # buildkit' }, { size: 14_700, createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit' }] },
    { tags: ['7', '7.0', '7.0.23', 'jammy'], created: '2025-07-29T00:00:00Z', config: { Env: [PATH_DEFAULT, 'GOSU_VERSION=1.17', 'MONGO_PACKAGE=mongodb-org', 'MONGO_REPO=repo.mongodb.org', 'MONGO_MAJOR=7.0', 'MONGO_VERSION=7.0.23', 'HOME=/data/db'] }, layers: [{ size: 77_900_000, share: 'ubuntu:22.04', rootfs: 'ubuntu-jammy', createdBy: 'ADD file:1b6c8c9518be42fa2afe5e241ca31677fce58d27cdfa88baa91a65a259be3637 in / ' }, { size: 712 * MB, rootfs: 'mongo-jammy', createdBy: 'RUN /bin/sh -c set -x && … apt-get install -y ${MONGO_PACKAGE}=$MONGO_VERSION … # buildkit' }, { size: 14_700, createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit' }] },
  ],
};

export const registry: CatalogFamily = {
  repository: 'docker.io/library/registry',
  config: baseConfig({
    Env: [PATH_DEFAULT, 'OTEL_TRACES_EXPORTER=none'],
    Entrypoint: ['/entrypoint.sh'],
    Cmd: ['/etc/distribution/config.yml'],
    ExposedPorts: ports('5000'),
    Volumes: volumes('/var/lib/registry'),
  }),
  images: [
    { tags: ['latest', '3', '3.0', '3.0.0'], created: '2025-04-03T00:00:00Z', layers: [ALPINE_3_21, { size: 500 * KB, createdBy: 'RUN /bin/sh -c apk add --no-cache ca-certificates # buildkit' }, { size: 47_800 * KB, rootfs: 'registry', createdBy: 'COPY /usr/local/bin/registry /bin/registry # buildkit' }, { size: 295, createdBy: 'COPY ./config-example.yml /etc/distribution/config.yml # buildkit' }, { size: 155, createdBy: 'COPY docker-entrypoint.sh /entrypoint.sh # buildkit' }] },
    {
      tags: ['2', '2.8', '2.8.3'],
      created: '2023-10-02T00:00:00Z',
      config: { Env: [PATH_DEFAULT], Cmd: ['/etc/docker/registry/config.yml'] },
      layers: [{ ...ALPINE_3_21, size: 7_330_000, share: 'alpine:3.18.4', createdBy: 'ADD file:756183bba9c7f4593c2b216e98e4208b9163c4c962ea0837ef88bd917609d001 in / ' }, { size: 700 * KB, createdBy: 'RUN /bin/sh -c set -ex && apk add --no-cache ca-certificates' }, { size: 17_300 * KB, rootfs: 'registry', createdBy: 'COPY file:… in /bin/registry ' }, { size: 295, createdBy: 'COPY file:… in /etc/docker/registry/config.yml ' }, { size: 155, createdBy: 'COPY file:… in /entrypoint.sh ' }],
    },
  ],
};
