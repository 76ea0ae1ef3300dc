/**
 * The nginx binary's own answers, shared by the main process (`docker run nginx nginx -t`) and
 * `docker exec web nginx …`: version lines (-v / -V), the configuration test (-t / -T) and the
 * configuration a running master has loaded (kept in its process memory: edits on disk only
 * apply after a reload or restart, as with the real server).
 */
import type { FileSystem } from '../../fs/types';
import type { ContainerRecord } from '../types';
import { checkNginxConfig, NGINX_CONF_PATH, type NginxCheck } from './nginx-conf-check';
import { nginxTime } from './time-formats';

export const nginxVersion = (env: Readonly<Record<string, string>>): string => env['NGINX_VERSION'] ?? '1.29.1';

const isAlpine = (fs: FileSystem): boolean => {
  try {
    return fs.lstat('/etc/alpine-release') !== null;
  } catch {
    return false;
  }
};

const PATHS =
  '--prefix=/etc/nginx --sbin-path=/usr/sbin/nginx --modules-path=/usr/lib/nginx/modules --conf-path=/etc/nginx/nginx.conf ' +
  '--error-log-path=/var/log/nginx/error.log --http-log-path=/var/log/nginx/access.log --pid-path=/run/nginx.pid --lock-path=/run/nginx.lock ' +
  '--http-client-body-temp-path=/var/cache/nginx/client_temp --http-proxy-temp-path=/var/cache/nginx/proxy_temp ' +
  '--http-fastcgi-temp-path=/var/cache/nginx/fastcgi_temp --http-uwsgi-temp-path=/var/cache/nginx/uwsgi_temp ' +
  '--http-scgi-temp-path=/var/cache/nginx/scgi_temp --user=nginx --group=nginx --with-compat --with-file-aio --with-threads ' +
  '--with-http_addition_module --with-http_auth_request_module --with-http_dav_module --with-http_flv_module --with-http_gunzip_module ' +
  '--with-http_gzip_static_module --with-http_mp4_module --with-http_random_index_module --with-http_realip_module ' +
  '--with-http_secure_link_module --with-http_slice_module --with-http_ssl_module --with-http_stub_status_module --with-http_sub_module ' +
  '--with-http_v2_module --with-http_v3_module --with-mail --with-mail_ssl_module --with-stream --with-stream_realip_module ' +
  '--with-stream_ssl_module --with-stream_ssl_preread_module';

/** `nginx -v` (one line) or `nginx -V` (build details): nginx writes both to stderr. */
export function nginxVersionText(fs: FileSystem, env: Readonly<Record<string, string>>, full: boolean): string {
  const v = nginxVersion(env);
  const head = `nginx version: nginx/${v}\n`;
  if (!full) return head;
  const alpine = isAlpine(fs);
  const built = alpine ? 'built by gcc 14.2.0 (Alpine 14.2.0) \nbuilt with OpenSSL 3.5.1 1 Jul 2025\n' : 'built by gcc 12.2.0 (Debian 12.2.0-14+deb12u1) \nbuilt with OpenSSL 3.0.16 11 Feb 2025 (running with OpenSSL 3.0.17 1 Jul 2025)\n';
  const cc = alpine
    ? "--with-cc-opt='-Os -fstack-clash-protection -Wformat -Werror=format-security -fno-plt -g' --with-ld-opt='-Wl,--as-needed,-O1,--sort-common -Wl,-z,pack-relative-relocs'"
    : `--with-cc-opt='-g -O2 -ffile-prefix-map=/data/builder/debuild/nginx-${v}/debian/debuild-base/nginx-${v}=. -fstack-protector-strong -Wformat -Werror=format-security -Wp,-D_FORTIFY_SOURCE=2 -fPIC' --with-ld-opt='-Wl,-z,relro -Wl,-z,now -Wl,--as-needed -pie'`;
  return `${head}${built}TLS SNI support enabled\nconfigure arguments: ${PATHS} ${cc}\n`;
}

/** The `pid` directive of nginx.conf (/run/nginx.pid in the official image, /tmp/nginx.pid in nginx-unprivileged). */
export function nginxPidPath(fs: FileSystem): string {
  try {
    return /^\s*pid\s+([^;\s]+)\s*;/m.exec(fs.readFile(NGINX_CONF_PATH))?.[1] ?? '/run/nginx.pid';
  } catch {
    return '/run/nginx.pid';
  }
}

export interface ProgramOutput {
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * `nginx -t` / `-T` (`dump`) / `-q` (`quiet`: no "syntax is ok" lines) run as process `pid` at `now`.
 * A failed check logs the emerg twice, as the image does (the error log is /dev/stderr): once
 * timestamped, once with the `nginx:` prefix.
 */
export function nginxTest(fs: FileSystem, pid: number, now: number, o: { dump?: boolean; quiet?: boolean; conf?: string } = {}): ProgramOutput {
  const conf = o.conf ?? NGINX_CONF_PATH;
  const check = checkNginxConfig(fs, conf);
  if (check.error !== null) {
    return { stdout: '', stderr: `${emerg(check, pid, now)}nginx: configuration file ${conf} test failed\n`, code: 1 };
  }
  const ok = o.quiet ? '' : `nginx: the configuration file ${conf} syntax is ok\nnginx: configuration file ${conf} test is successful\n`;
  const stdout = o.dump ? check.files.map((f) => `# configuration file ${f.path}:\n${f.text}${f.text.endsWith('\n') ? '' : '\n'}\n`).join('') : '';
  return { stdout, stderr: ok, code: 0 };
}

/** The two emerg lines of a failed check. */
export function emerg(check: NginxCheck, pid: number, now: number): string {
  return loggedTwice('emerg', check.error ?? '', pid, now);
}

/** A message of process `pid` logged twice, as the image does (the error log is /dev/stderr): timestamped, then `nginx:`-prefixed. */
export function loggedTwice(level: 'emerg' | 'error', msg: string, pid: number, now: number): string {
  return `${nginxTime(now)} [${level}] ${pid}#${pid}: ${msg}\nnginx: [${level}] ${msg}\n`;
}

/** The http part a running master holds: conf.d's text (the one file's own string, or all of them joined). */
export interface LoadedConf {
  /** True when conf.d has exactly one .conf (the key is that file's text). */
  one: boolean;
  key: string;
}

/** conf.d as nginx would load it now; null when the directory cannot be read. */
export function readConfd(fs: FileSystem): LoadedConf | null {
  let one: string | null = null;
  let text = '';
  let files = 0;
  try {
    for (const f of fs.readdir('/etc/nginx/conf.d')) {
      if (!f.endsWith('.conf')) continue;
      const data = fs.readFile(`/etc/nginx/conf.d/${f}`);
      if (++files === 1) one = data;
      else text += (files === 2 ? one + '\n' : '') + data + '\n';
    }
  } catch {
    return null;
  }
  return files === 1 ? { one: true, key: one! } : { one: false, key: text };
}

interface NginxMemory {
  nginx?: LoadedConf | null;
}

/** Keep what the master loaded (at start and after a successful reload). */
export function rememberConf(c: ContainerRecord, conf: LoadedConf | null): void {
  if (!c.proc) return;
  const mem = (c.proc.memory ?? {}) as NginxMemory;
  c.proc.memory = { ...mem, nginx: conf };
}

/** What the running master loaded; undefined when it has not recorded one (read the disk then). */
export function loadedConf(c: ContainerRecord): LoadedConf | null | undefined {
  return (c.proc?.memory as NginxMemory | undefined)?.nginx;
}
