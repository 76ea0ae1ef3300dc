/** Root filesystem additions of data stores, tools and language images. */
import { RootfsBuilder } from './builder';
import { ALPINE_GROUP, ALPINE_PASSWD } from './alpine';
import { DEBIAN_GROUP, DEBIAN_PASSWD, NOBLE_PASSWD, ORACLE_PASSWD } from './debian';
import type { LayerData } from '../../fs/overlay-data';

const MB = 1_000_000;

/**
 * The service account a data store's Dockerfile adds (`groupadd -r -g 999 redis; useradd -r …`):
 * the base's /etc/passwd and /etc/group plus that user, so `docker top`, `ps` and `ls -l` show its
 * name and `id redis` answers as on the real image.
 */
const withUser = (b: RootfsBuilder, passwd: string, user: string, group: string): RootfsBuilder =>
  b.file('/etc/passwd', passwd + user).file('/etc/group', DEBIAN_GROUP + group);

export const helloWorldRootfs = (): LayerData => new RootfsBuilder().bin('/hello', 10_072).build();

export const buildpackRootfs = (): LayerData =>
  new RootfsBuilder().bins('/usr/bin', 'curl wget gpg git ssh scp ps top free kill pgrep pkill make gcc g++ cc file patch unzip xz bzip2 svn hg', 300_000).build();

const postgresFiles = (): RootfsBuilder =>
  new RootfsBuilder()
    .script('/usr/local/bin/docker-entrypoint.sh', '#!/usr/bin/env bash\nset -Eeo pipefail\n# usage: file_env VAR [DEFAULT]\n#    ie: file_env \'XYZ_DB_PASSWORD\' \'example\'\n')
    .script('/usr/local/bin/docker-ensure-initdb.sh', '#!/usr/bin/env bash\nset -Eeuo pipefail\n')
    .link('/usr/local/bin/docker-enforce-initdb.sh', 'docker-ensure-initdb.sh')
    .bin('/usr/local/bin/gosu', 2_300_000)
    .bins('/usr/lib/postgresql/17/bin', 'postgres initdb pg_ctl pg_dump pg_restore pg_isready psql createdb dropdb', 1_200_000)
    .bins('/usr/bin', 'psql pg_dump pg_isready createdb dropdb', 300_000)
    .dir('/var/lib/postgresql', 0o755, 999, 999)
    .dir('/var/lib/postgresql/data', 0o777, 999, 999)
    .dir('/var/run/postgresql', 0o3777, 999, 999)
    .dir('/docker-entrypoint-initdb.d');

export const postgresRootfs = (): LayerData => withUser(postgresFiles(), DEBIAN_PASSWD, 'postgres:x:999:999::/var/lib/postgresql:/bin/bash\n', 'postgres:x:999:\n').build();

export const mysqlRootfs = (): LayerData =>
  new RootfsBuilder()
    .script('/usr/local/bin/docker-entrypoint.sh', '#!/bin/bash\nset -eo pipefail\nshopt -s nullglob\n')
    .link('/entrypoint.sh', 'usr/local/bin/docker-entrypoint.sh')
    .bin('/usr/local/bin/gosu', 2_300_000)
    .bin('/usr/sbin/mysqld', 60 * MB)
    .bins('/usr/bin', 'mysql mysqladmin mysqldump mysqlsh mysql_tzinfo_to_sql', 8 * MB)
    .file('/etc/my.cnf', '[mysqld]\nhost-cache-size=0\nskip-name-resolve\ndatadir=/var/lib/mysql\nsocket=/var/run/mysqld/mysqld.sock\nsecure-file-priv=/var/lib/mysql-files\nuser=mysql\n\npid-file=/var/run/mysqld/mysqld.pid\n[client]\nsocket=/var/run/mysqld/mysqld.sock\n\n!includedir /etc/mysql/conf.d/\n')
    .dir('/var/lib/mysql', 0o755, 999, 999)
    .dir('/var/run/mysqld', 0o1777, 999, 999)
    .dirs('/etc/mysql/conf.d', '/docker-entrypoint-initdb.d')
    .file('/etc/passwd', ORACLE_PASSWD + 'mysql:x:999:999::/var/lib/mysql:/bin/bash\n')
    .file('/etc/group', 'root:x:0:\nbin:x:1:\ndaemon:x:2:\nnobody:x:65534:\nmysql:x:999:\n')
    .build();

const mariadbFiles = (): RootfsBuilder =>
  new RootfsBuilder()
    .script('/usr/local/bin/docker-entrypoint.sh', '#!/bin/bash\nset -eo pipefail\nshopt -s nullglob\n')
    .script('/usr/local/bin/healthcheck.sh', '#!/bin/bash\n#\n# Healthcheck script for MariaDB\n')
    .bin('/usr/local/bin/gosu', 2_300_000)
    .bin('/usr/sbin/mariadbd', 25 * MB)
    .bins('/usr/bin', 'mariadb mariadb-admin mariadb-dump', 5 * MB)
    .links('/usr/bin', 'mysql', 'mariadb')
    .dir('/var/lib/mysql', 0o755, 999, 999)
    .dirs('/etc/mysql/conf.d', '/docker-entrypoint-initdb.d');

const MYSQL_USER = 'mysql:x:999:999::/var/lib/mysql:/bin/sh\n';
export const mariadbRootfs = (): LayerData => withUser(mariadbFiles(), NOBLE_PASSWD, MYSQL_USER, 'mysql:x:999:\n').build();
/** mariadb:10.11 is built on Ubuntu 22.04 (no ubuntu user). */
export const mariadbJammyRootfs = (): LayerData => withUser(mariadbFiles(), DEBIAN_PASSWD, MYSQL_USER, 'mysql:x:999:\n').build();

const redisFiles = (): RootfsBuilder =>
  new RootfsBuilder()
    .script('/usr/local/bin/docker-entrypoint.sh', '#!/bin/sh\nset -e\n\n# first arg is `-f` or `--some-option`\n# or first arg is `something.conf`\nif [ "${1#-}" != "$1" ] || [ "${1%.conf}" != "$1" ]; then\n\tset -- redis-server "$@"\nfi\n\nexec "$@"\n')
    .bin('/usr/local/bin/gosu', 2_300_000)
    .bins('/usr/local/bin', 'redis-server redis-cli redis-benchmark redis-check-aof redis-check-rdb', 13 * MB)
    .link('/usr/local/bin/redis-sentinel', 'redis-server')
    .dir('/data', 0o755, 999, 999);

export const redisRootfs = (): LayerData => withUser(redisFiles(), DEBIAN_PASSWD, 'redis:x:999:999::/home/redis:/bin/sh\n', 'redis:x:999:\n').build();
/** redis:alpine: `addgroup -S -g 1000 redis && adduser -S -G redis -u 999 redis` (Alpine already has a gid 999). */
export const redisAlpineRootfs = (): LayerData =>
  redisFiles().file('/etc/passwd', ALPINE_PASSWD + 'redis:x:999:1000:Linux User,,,:/home/redis:/sbin/nologin\n').file('/etc/group', ALPINE_GROUP + 'redis:x:1000:redis\n').dir('/data', 0o755, 999, 1000).build();

const mongoFiles = (): RootfsBuilder =>
  new RootfsBuilder()
    .script('/usr/local/bin/docker-entrypoint.sh', '#!/bin/bash\nset -Eeuo pipefail\n')
    .bin('/usr/local/bin/gosu', 2_300_000)
    .bins('/usr/bin', 'mongod mongos mongosh', 150 * MB)
    .dir('/data/db', 0o755, 999, 999)
    .dir('/data/configdb', 0o755, 999, 999)
    .dir('/docker-entrypoint-initdb.d');

const MONGO_USER = 'mongodb:x:999:999::/data/db:/bin/sh\n';
export const mongoRootfs = (): LayerData => withUser(mongoFiles(), NOBLE_PASSWD, MONGO_USER, 'mongodb:x:999:\n').build();
/** mongo:7 is built on Ubuntu 22.04. */
export const mongoJammyRootfs = (): LayerData => withUser(mongoFiles(), DEBIAN_PASSWD, MONGO_USER, 'mongodb:x:999:\n').build();

const REGISTRY_CONFIG = 'version: 0.1\nlog:\n  fields:\n    service: registry\nstorage:\n  cache:\n    blobdescriptor: inmemory\n  filesystem:\n    rootdirectory: /var/lib/registry\nhttp:\n  addr: :5000\n  headers:\n    X-Content-Type-Options: [nosniff]\nhealth:\n  storagedriver:\n    enabled: true\n    interval: 10s\n    threshold: 3\n';

export const registryRootfs = (): LayerData =>
  new RootfsBuilder()
    .bin('/bin/registry', 17 * MB)
    .file('/etc/docker/registry/config.yml', REGISTRY_CONFIG)
    .file('/etc/distribution/config.yml', REGISTRY_CONFIG)
    .script('/entrypoint.sh', '#!/bin/sh\n\nset -e\n\ncase "$1" in\n    *.yaml|*.yml) set -- registry serve "$@" ;;\n    serve|garbage-collect|help|-*) set -- registry "$@" ;;\nesac\n\nexec "$@"\n')
    .dir('/var/lib/registry')
    .build();

export const traefikRootfs = (): LayerData =>
  new RootfsBuilder().bin('/usr/local/bin/traefik', 210 * MB).script('/entrypoint.sh', '#!/bin/sh\nset -e\n\n# first arg is `-f` or `--some-option`\nif [ "${1#-}" != "$1" ]; then\n    set -- traefik "$@"\nfi\n\nexec "$@"\n').build();

export const prometheusRootfs = (): LayerData =>
  new RootfsBuilder()
    .bin('/bin/prometheus', 150 * MB)
    .bin('/bin/promtool', 145 * MB)
    .file('/etc/prometheus/prometheus.yml', '# my global config\nglobal:\n  scrape_interval: 15s # Set the scrape interval to every 15 seconds. Default is every 1 minute.\n  evaluation_interval: 15s # Evaluate rules every 15 seconds. The default is every 1 minute.\n  # scrape_timeout is set to the global default (10s).\n\n# Alertmanager configuration\nalerting:\n  alertmanagers:\n    - static_configs:\n        - targets:\n          # - alertmanager:9093\n\n# Load rules once and periodically evaluate them according to the global \'evaluation_interval\'.\nrule_files:\n  # - "first_rules.yml"\n  # - "second_rules.yml"\n\n# A scrape configuration containing exactly one endpoint to scrape:\n# Here it\'s Prometheus itself.\nscrape_configs:\n  # The job name is added as a label `job=<job_name>` to any timeseries scraped from this config.\n  - job_name: "prometheus"\n\n    # metrics_path defaults to \'/metrics\'\n    # scheme defaults to \'http\'.\n\n    static_configs:\n      - targets: ["localhost:9090"]\n       # The label name is added as a label `label_name=<label_value>` to any timeseries scraped from this config.\n        labels:\n          app: "prometheus"\n', 0o644, 65534, 65534)
    .dir('/prometheus', 0o775, 65534, 65534)
    .build();

export const grafanaRootfs = (): LayerData =>
  new RootfsBuilder()
    .script('/run.sh', '#!/bin/bash -e\n\nPERMISSIONS_OK=0\n\nexec grafana server \\\n  --homepath="$GF_PATHS_HOME" \\\n  --config="$GF_PATHS_CONFIG" \\\n  --packaging=docker \\\n  "$@"\n')
    .bins('/usr/share/grafana/bin', 'grafana grafana-cli grafana-server', 180 * MB)
    .file('/etc/grafana/grafana.ini', '##################### Grafana Configuration Example #####################\n[server]\n;http_port = 3000\n\n[security]\n;admin_user = admin\n;admin_password = admin\n', 0o644, 472, 0)
    .dirs('/etc/grafana/provisioning/datasources', '/etc/grafana/provisioning/dashboards')
    .dir('/var/lib/grafana', 0o777, 472, 0)
    .build();

export const cadvisorRootfs = (): LayerData => new RootfsBuilder().bin('/usr/bin/cadvisor', 55 * MB).build();

export const elasticsearchRootfs = (): LayerData =>
  new RootfsBuilder()
    .bin('/bin/tini', 24_000)
    .bin('/usr/bin/curl', 260_000)
    .script('/usr/local/bin/docker-entrypoint.sh', '#!/bin/bash\nset -e\n\n# Files created by Elasticsearch should always be group writable too\numask 0002\n')
    .bins('/usr/share/elasticsearch/bin', 'elasticsearch elasticsearch-reset-password elasticsearch-create-enrollment-token elasticsearch-plugin elasticsearch-keystore', 12_000)
    .file('/usr/share/elasticsearch/config/elasticsearch.yml', 'cluster.name: "docker-cluster"\nnetwork.host: 0.0.0.0\n', 0o660, 1000, 0)
    .dir('/usr/share/elasticsearch/data', 0o775, 1000, 0)
    .build();

export const kibanaRootfs = (): LayerData =>
  new RootfsBuilder().bin('/bin/tini', 24_000).bin('/usr/bin/curl', 260_000).script('/usr/local/bin/kibana-docker', '#!/bin/bash\n\n# Run Kibana, using environment variables to set longopts defining Kibana\'s\n# configuration.\n').file('/usr/share/kibana/config/kibana.yml', '#\n# ** THIS IS AN AUTO-GENERATED FILE **\n#\n\n# Default Kibana configuration for docker target\nserver.host: "0.0.0.0"\nserver.shutdownTimeout: "5s"\nelasticsearch.hosts: [ "http://elasticsearch:9200" ]\nmonitoring.ui.container.elasticsearch.enabled: true\n').build();

export const logstashRootfs = (): LayerData =>
  new RootfsBuilder().bin('/usr/bin/curl', 260_000).script('/usr/local/bin/docker-entrypoint', '#!/bin/bash -e\n\n# Map environment variables to entries in logstash.yml.\n').bins('/usr/share/logstash/bin', 'logstash logstash-plugin', 8_000).file('/usr/share/logstash/pipeline/logstash.conf', 'input {\n  beats {\n    port => 5044\n  }\n}\n\noutput {\n  stdout {\n    codec => rubydebug\n  }\n}\n').file('/usr/share/logstash/config/logstash.yml', 'http.host: "0.0.0.0"\nxpack.monitoring.elasticsearch.hosts: [ "http://elasticsearch:9200" ]\n').build();

export const seleniumRootfs = (): LayerData =>
  new RootfsBuilder().script('/opt/bin/entry_point.sh', '#!/usr/bin/env bash\n#==============================================\n# OpenShift or non-sudo environments support\n').bin('/usr/bin/google-chrome', 2_000).bin('/usr/bin/java', 15_000).bin('/opt/selenium/selenium-server.jar', 38 * MB).dir('/home/seluser', 0o755, 1200, 1201).build();

/** node's files (shared by the Debian and Alpine variants). */
const nodeFiles = (): RootfsBuilder =>
  new RootfsBuilder()
    .bin('/usr/local/bin/node', 120 * MB)
    .link('/usr/local/bin/npm', '../lib/node_modules/npm/bin/npm-cli.js')
    .link('/usr/local/bin/npx', '../lib/node_modules/npm/bin/npx-cli.js')
    .link('/usr/local/bin/corepack', '../lib/node_modules/corepack/dist/corepack.js')
    .script('/usr/local/lib/node_modules/npm/bin/npm-cli.js', '#!/usr/bin/env node\nrequire(\'../lib/cli.js\')(process)\n')
    .script('/usr/local/lib/node_modules/npm/bin/npx-cli.js', '#!/usr/bin/env node\n')
    .script('/usr/local/lib/node_modules/corepack/dist/corepack.js', '#!/usr/bin/env node\n')
    .link('/usr/local/bin/yarn', '/opt/yarn-v1.22.22/bin/yarn')
    .script('/opt/yarn-v1.22.22/bin/yarn', '#!/bin/sh\n')
    .script('/usr/local/bin/docker-entrypoint.sh', '#!/bin/sh\nset -e\n\n# Run command with node if the first argument contains a "-" or is not a system command. The last\n# part inside the "{}" is a workaround for the following bug in ash/dash:\n# https://bugs.debian.org/cgi-bin/bugreport.cgi?bug=874264\nif [ "${1#-}" != "${1}" ] || [ -z "$(command -v "${1}")" ] || { [ -f "${1}" ] && ! [ -x "${1}" ]; }; then\n  set -- node "$@"\nfi\n\nexec "$@"\n')
    .dir('/home/node', 0o755, 1000, 1000);

/** node on Debian: the image's `groupadd --gid 1000 node && useradd --uid 1000 …` user. */
export const nodeRootfs = (): LayerData =>
  nodeFiles().file('/etc/passwd', DEBIAN_PASSWD + 'node:x:1000:1000::/home/node:/bin/bash\n').file('/etc/group', DEBIAN_GROUP + 'node:x:1000:\n').build();

/** node on Alpine: `addgroup -g 1000 node && adduser -u 1000 -G node -s /bin/sh -D node`. */
export const nodeAlpineRootfs = (): LayerData =>
  nodeFiles().file('/etc/passwd', ALPINE_PASSWD + 'node:x:1000:1000:Linux User,,,:/home/node:/bin/sh\n').file('/etc/group', ALPINE_GROUP + 'node:x:1000:node\n').build();

export const pythonRootfs = (): LayerData =>
  new RootfsBuilder()
    .bin('/usr/local/bin/python3.13', 17_000)
    .links('/usr/local/bin', 'python3 python', 'python3.13')
    .bins('/usr/local/bin', 'pip pip3 pip3.13 pydoc3 idle3 python3-config', 230)
    .dir('/usr/local/lib/python3.13/site-packages')
    .build();

export const golangRootfs = (): LayerData => new RootfsBuilder().bins('/usr/local/go/bin', 'go gofmt', 15 * MB).dirs('/go/bin', '/go/src').build();

export const javaRootfs = (): LayerData =>
  new RootfsBuilder().bins('/opt/java/openjdk/bin', 'java javac jshell jar jcmd jps keytool', 16_000).script('/__cacert_entrypoint.sh', '#!/usr/bin/env bash\n# Converted to POSIX shell to avoid the need for bash in the image\n\nset -e\n\nexec "$@"\n').build();

export const openjdkRootfs = (): LayerData => new RootfsBuilder().bins('/usr/local/openjdk-17/bin', 'java javac jshell jar keytool', 16_000).build();

export const wordpressRootfs = (): LayerData =>
  new RootfsBuilder()
    .script('/usr/local/bin/docker-entrypoint.sh', '#!/usr/bin/env bash\nset -Eeuo pipefail\n')
    .script('/usr/local/bin/apache2-foreground', '#!/bin/bash\nset -e\n\n# Note: we don\'t just use "apache2ctl" here because it itself is just a shell-script wrapper around apache2\n')
    .bin('/usr/sbin/apache2', 700_000)
    .bin('/usr/local/bin/php', 25 * MB)
    .file('/usr/src/wordpress/index.php', "<?php\n/**\n * Front to the WordPress application.\n */\ndefine( 'WP_USE_THEMES', true );\nrequire __DIR__ . '/wp-blog-header.php';\n", 0o644, 33, 33)
    .file('/usr/src/wordpress/wp-config-docker.php', "<?php\n// a helper function to lookup \"env_FILE\", \"env\", then fallback\n", 0o644, 33, 33)
    .dir('/var/www/html', 0o777, 33, 33)
    .build();

export const adminerRootfs = (): LayerData =>
  new RootfsBuilder().file('/etc/passwd', ALPINE_PASSWD + 'adminer:x:1000:1000::/home/adminer:/sbin/nologin\n').bin('/usr/local/bin/php', 25 * MB).script('/usr/local/bin/entrypoint.sh', '#!/bin/sh\nset -e\n\nexec "$@"\n').script('/usr/local/bin/docker-php-entrypoint', '#!/bin/sh\nset -e\n\nexec "$@"\n').file('/var/www/html/adminer.php', '<?php\n/** Adminer - Compact database management */\n').file('/var/www/html/index.php', "<?php\nrequire 'adminer.php';\n").build();
