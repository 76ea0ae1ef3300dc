/**
 * Root filesystem additions of the images the lessons use beyond the core catalog: the unprivileged
 * nginx variant (port 8080, pid and temp files under /tmp), Trivy, the docker CLI image, distroless
 * static, node-exporter and phpMyAdmin.
 */
import type { LayerData } from '../../fs/overlay-data';
import { ALPINE_PASSWD } from './alpine';
import { RootfsBuilder } from './builder';
import { NGINX_CONF, NGINX_DEFAULT_CONF } from './nginx-files';

const MB = 1_000_000;

/** What nginxinc/nginx-unprivileged changes on top of the official alpine image. */
export const nginxUnprivilegedRootfs = (): LayerData =>
  new RootfsBuilder()
    .file('/etc/nginx/nginx.conf', NGINX_CONF.replace('pid        /run/nginx.pid;', 'pid        /tmp/nginx.pid;').replace(/^user\s+nginx;\n/m, ''), 0o644, 101, 0)
    .file('/etc/nginx/conf.d/default.conf', NGINX_DEFAULT_CONF.replace('listen       80;', 'listen       8080;'), 0o644, 101, 0)
    .dir('/var/cache/nginx', 0o775, 101, 0)
    .dir('/etc/nginx/conf.d', 0o775, 101, 0)
    .build();

export const trivyRootfs = (): LayerData =>
  new RootfsBuilder()
    .bin('/usr/local/bin/trivy', 140 * MB)
    .file('/contrib/html.tpl', '<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n')
    .file('/contrib/junit.tpl', '<?xml version="1.0" ?>\n<testsuites name="trivy">\n')
    .file('/contrib/sarif.tpl', '{\n  "version": "2.1.0",\n')
    .build();

export const dockerCliRootfs = (): LayerData =>
  new RootfsBuilder()
    .bin('/usr/local/bin/docker', 40 * MB)
    .bins('/usr/local/libexec/docker/cli-plugins', 'docker-buildx docker-compose', 60 * MB)
    .script('/usr/local/bin/docker-entrypoint.sh', '#!/bin/sh\nset -eu\n\n# first arg is `-f` or `--some-option`\nif [ "${1#-}" != "$1" ]; then\n\tset -- docker "$@"\nfi\n\nexec "$@"\n')
    .dir('/certs')
    .dir('/certs/client', 0o1777)
    .build();

const DISTROLESS_PASSWD = 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n';

/** gcr.io/distroless/static-debian12: no shell, no package manager; users, certificates, tzdata. */
export const distrolessStaticRootfs = (): LayerData =>
  new RootfsBuilder()
    .file('/etc/passwd', DISTROLESS_PASSWD)
    .file('/etc/group', 'root:x:0:\nnobody:x:65534:\ntty:x:5:\nstaff:x:50:\nnonroot:x:65532:\n')
    .file('/etc/nsswitch.conf', 'hosts: files dns\n')
    .file('/etc/os-release', 'PRETTY_NAME="Distroless"\nNAME="Debian GNU/Linux"\nID="debian"\nVERSION_ID="12"\nVERSION="Debian GNU/Linux 12 (bookworm)"\nHOME_URL="https://github.com/GoogleContainerTools/distroless"\n')
    .file('/etc/ssl/certs/ca-certificates.crt', '-----BEGIN CERTIFICATE-----\nMIIFazCCA1OgAwIBAgIRAIIQz7DSQONZRGPgu2OCiwAwDQYJKoZIhvcNAQELBQAw\n-----END CERTIFICATE-----\n')
    .dirs('/usr/share/zoneinfo', '/var/lib/dpkg/status.d')
    .dir('/root', 0o700)
    .dir('/home/nonroot', 0o700, 65532, 65532)
    .dir('/tmp', 0o1777)
    .build();

export const nodeExporterRootfs = (): LayerData =>
  new RootfsBuilder()
    .file('/etc/passwd', ALPINE_PASSWD)
    .bin('/bin/node_exporter', 23 * MB)
    .build();

export const phpMyAdminRootfs = (): LayerData =>
  new RootfsBuilder()
    .script('/docker-entrypoint.sh', '#!/bin/bash\n\nif [[ "$1" == apache2* ]] || [ "$1" == php-fpm ]; then\n    if [ ! -e /etc/phpmyadmin/config.secret.inc.php ]; then\n        cat > /etc/phpmyadmin/config.secret.inc.php <<EOT\n')
    .script('/usr/local/bin/apache2-foreground', '#!/bin/bash\nset -e\n')
    .script('/usr/local/bin/docker-php-entrypoint', '#!/bin/sh\nset -e\n\nexec "$@"\n')
    .bin('/usr/sbin/apache2', 700_000)
    .bin('/usr/local/bin/php', 25 * MB)
    .file('/etc/phpmyadmin/config.inc.php', "<?php\n\nrequire '/etc/phpmyadmin/helpers.php';\n\n$cfg['blowfish_secret'] = $secret;\n")
    .file('/var/www/html/index.php', "<?php\n/**\n * Main loader script\n */\n\ndeclare(strict_types=1);\n", 0o644, 33, 33)
    .file('/var/www/html/config.inc.php', "<?php\n\nrequire '/etc/phpmyadmin/config.inc.php';\n", 0o644, 33, 33)
    .dir('/sessions', 0o1777, 33, 33)
    .build();
