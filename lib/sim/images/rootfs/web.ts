/** Root filesystem additions of web server images: nginx (debian/alpine), httpd, Docker samples. */
import { RootfsBuilder } from './builder';
import { ALPINE_PASSWD } from './alpine';
import { DEBIAN_PASSWD } from './debian';
import { NGINX_50X, NGINX_CONF, NGINX_DEFAULT_CONF, NGINX_ENTRYPOINT, NGINX_MIME_TYPES, NGINX_WELCOME } from './nginx-files';
import type { LayerData } from '../../fs/overlay-data';

function nginxCommon(b: RootfsBuilder): RootfsBuilder {
  b.file('/etc/nginx/nginx.conf', NGINX_CONF);
  b.file('/etc/nginx/conf.d/default.conf', NGINX_DEFAULT_CONF);
  b.file('/etc/nginx/mime.types', NGINX_MIME_TYPES);
  b.file('/etc/nginx/fastcgi_params', 'fastcgi_param  QUERY_STRING       $query_string;\nfastcgi_param  REQUEST_METHOD     $request_method;\n');
  b.file('/usr/share/nginx/html/index.html', NGINX_WELCOME);
  b.file('/usr/share/nginx/html/50x.html', NGINX_50X);
  b.script('/docker-entrypoint.sh', NGINX_ENTRYPOINT);
  b.script('/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh', '#!/bin/sh\n# vim:sw=4:ts=4:et\n\nset -e\n\nentrypoint_log() {\n    if [ -z "${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then\n        echo "$@"\n    fi\n}\n\nME=$(basename "$0")\nDEFAULT_CONF_FILE="etc/nginx/conf.d/default.conf"\n');
  b.script('/docker-entrypoint.d/15-local-resolvers.envsh', '#!/bin/sh\n# vim:sw=2:ts=2:sts=2:et\n\nset -eu\n\nLC_ALL=C\nPATH="$PATH:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\n\n[ "${NGINX_ENTRYPOINT_LOCAL_RESOLVERS:-}" ] || return 0\n');
  b.script('/docker-entrypoint.d/20-envsubst-on-templates.sh', '#!/bin/sh\n\nset -e\n\nME=$(basename "$0")\n\nauto_envsubst() {\n  local template_dir="${NGINX_ENVSUBST_TEMPLATE_DIR:-/etc/nginx/templates}"\n  [ -d "$template_dir" ] || return 0\n}\n\nauto_envsubst\n\nexit 0\n');
  b.script('/docker-entrypoint.d/30-tune-worker-processes.sh', '#!/bin/sh\n# vim:sw=2:ts=2:sts=2:et\n\nset -eu\n\nLC_ALL=C\nME=$(basename "$0")\n\n[ "${NGINX_ENTRYPOINT_WORKER_PROCESSES_AUTOTUNE:-}" ] || exit 0\n');
  b.link('/var/log/nginx/access.log', '/dev/stdout');
  b.link('/var/log/nginx/error.log', '/dev/stderr');
  b.dir('/var/cache/nginx');
  b.dirs('/etc/nginx/modules', '/usr/lib/nginx/modules');
  b.bin('/usr/sbin/nginx', 1_472_000).bin('/usr/sbin/nginx-debug', 1_510_000);
  b.bin('/usr/bin/curl', 260_000).bin('/usr/bin/envsubst', 35_000);
  return b;
}

export function nginxDebianRootfs(): LayerData {
  const b = nginxCommon(new RootfsBuilder());
  b.file('/etc/passwd', DEBIAN_PASSWD + 'nginx:x:101:101:nginx user:/nonexistent:/bin/false\n');
  return b.build();
}

export function nginxAlpineRootfs(): LayerData {
  const b = nginxCommon(new RootfsBuilder());
  b.file('/etc/passwd', ALPINE_PASSWD + 'nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin\n');
  return b.build();
}

export const HTTPD_INDEX = '<html><body><h1>It works!</h1></body></html>\n';

export function httpdRootfs(): LayerData {
  const b = new RootfsBuilder();
  b.file('/usr/local/apache2/htdocs/index.html', HTTPD_INDEX);
  b.file('/usr/local/apache2/conf/httpd.conf', 'ServerRoot "/usr/local/apache2"\n\nListen 80\n\nLoadModule mpm_event_module modules/mod_mpm_event.so\nLoadModule authz_core_module modules/mod_authz_core.so\n\n<IfModule unixd_module>\nUser www-data\nGroup www-data\n</IfModule>\n\nServerAdmin you@example.com\n\nDocumentRoot "/usr/local/apache2/htdocs"\n<Directory "/usr/local/apache2/htdocs">\n    Options Indexes FollowSymLinks\n    AllowOverride None\n    Require all granted\n</Directory>\n\nErrorLog /proc/self/fd/2\nLogLevel warn\nCustomLog /proc/self/fd/1 common\n');
  b.bins('/usr/local/apache2/bin', 'httpd apachectl htpasswd ab rotatelogs', 600_000);
  b.dirs('/usr/local/apache2/logs', '/usr/local/apache2/modules', '/usr/local/apache2/cgi-bin', '/usr/local/apache2/error');
  b.script('/usr/local/bin/httpd-foreground', '#!/bin/sh\nset -e\n\n# Apache gets grumpy about PID files pre-existing\nrm -f /usr/local/apache2/logs/httpd.pid\n\nexec httpd -DFOREGROUND "$@"\n');
  return b.build();
}

export function gettingStartedRootfs(): LayerData {
  return new RootfsBuilder()
    .file('/usr/share/nginx/html/index.html', '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Getting Started</title>\n</head>\n<body>\n<h1>Getting Started</h1>\n<p>Congratulations! You have started the container for this tutorial.</p>\n</body>\n</html>\n')
    .build();
}

export function welcomeToDockerRootfs(): LayerData {
  return new RootfsBuilder()
    .file('/usr/share/nginx/html/index.html', '<!doctype html><html lang="en"><head><meta charset="utf-8"/><title>Docker</title></head><body><h1>Congratulations!!!</h1><p>You ran your first container.</p></body></html>\n')
    .build();
}
