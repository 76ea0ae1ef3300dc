/**
 * nginx's configuration check (`nginx -t`, start, reload): reads /etc/nginx/nginx.conf and the
 * files it includes (globs such as conf.d/*.conf in name order), tokenises them as nginx does
 * (words, quotes, `#` comments, `;`, `{`, `}`) and reports the first problem with nginx's own
 * words: `unknown directive "x" in /etc/nginx/conf.d/default.conf:12`, `unexpected "}"`,
 * `unexpected end of file, expecting ";" or "}"`, `open() "…" failed (2: No such file or directory)`.
 */
import type { FileSystem } from '../../fs/types';

export const NGINX_CONF_PATH = '/etc/nginx/nginx.conf';

export interface NginxConfFile {
  path: string;
  text: string;
}

/** The files read, in order; `error` is the `[emerg]` message (without the prefix) when the check fails. */
export interface NginxCheck {
  files: NginxConfFile[];
  error: string | null;
}

/** Directives of the modules the official image builds in (a handful of blocks take free-form bodies). */
const DIRECTIVES = new Set(
  (
    'user worker_processes error_log pid events worker_connections use multi_accept accept_mutex http include default_type log_format ' +
    'access_log sendfile sendfile_max_chunk tcp_nopush tcp_nodelay keepalive_timeout keepalive_requests keepalive gzip gzip_types ' +
    'gzip_min_length gzip_comp_level gzip_vary gzip_proxied gzip_disable gzip_buffers gzip_http_version gzip_static server listen ' +
    'server_name root index location try_files return rewrite rewrite_log error_page proxy_pass proxy_set_header proxy_http_version ' +
    'proxy_redirect proxy_buffering proxy_buffer_size proxy_buffers proxy_busy_buffers_size proxy_read_timeout proxy_connect_timeout ' +
    'proxy_send_timeout proxy_cache proxy_cache_path proxy_cache_valid proxy_cache_key proxy_cache_bypass proxy_no_cache ' +
    'proxy_cache_use_stale proxy_cache_lock proxy_hide_header proxy_pass_header proxy_ignore_headers proxy_intercept_errors ' +
    'proxy_next_upstream proxy_ssl_verify proxy_ssl_server_name proxy_request_buffering upstream alias autoindex autoindex_exact_size ' +
    'autoindex_localtime autoindex_format add_header add_trailer expires client_max_body_size client_body_buffer_size ' +
    'client_body_timeout client_header_timeout client_header_buffer_size large_client_header_buffers send_timeout charset ' +
    'source_charset set if break deny allow satisfy auth_basic auth_basic_user_file auth_request fastcgi_pass fastcgi_param ' +
    'fastcgi_index fastcgi_split_path_info fastcgi_read_timeout fastcgi_buffers fastcgi_buffer_size uwsgi_pass uwsgi_param ' +
    'scgi_pass scgi_param grpc_pass grpc_set_header ssl_certificate ssl_certificate_key ssl_protocols ssl_ciphers ' +
    'ssl_prefer_server_ciphers ssl_session_cache ssl_session_timeout ssl_session_tickets ssl_dhparam ssl_stapling ssl_trusted_certificate ' +
    'http2 resolver resolver_timeout limit_req limit_req_zone limit_req_status limit_conn limit_conn_zone limit_conn_status limit_rate ' +
    'limit_rate_after limit_except map geo split_clients types types_hash_max_size types_hash_bucket_size stream internal etag ' +
    'server_tokens sub_filter sub_filter_once sub_filter_types stub_status worker_rlimit_nofile daemon master_process env ' +
    'load_module least_conn ip_hash hash random zone real_ip_header set_real_ip_from real_ip_recursive log_not_found ' +
    'log_subrequest open_file_cache open_file_cache_valid open_file_cache_min_uses open_file_cache_errors open_log_file_cache ' +
    'server_names_hash_bucket_size server_names_hash_max_size reset_timedout_connection underscores_in_headers ignore_invalid_headers ' +
    'absolute_redirect port_in_redirect server_name_in_redirect merge_slashes msie_padding lingering_close lingering_time ' +
    'lingering_timeout disable_symlinks aio directio output_buffers postpone_output mirror chunked_transfer_encoding ' +
    'recursive_error_pages ssi ssi_types thread_pool worker_cpu_affinity worker_priority working_directory pcre_jit ' +
    'debug_connection worker_shutdown_timeout timer_resolution default ssl_verify_client ssl_client_certificate js_import js_content ' +
    'js_set js_path proxy_protocol proxy_timeout if_modified_since image_filter access_by_lua'
  ).split(' '),
);

/** Blocks whose bodies are data (`types { text/html html; }`, `map $a $b { … }`), not directives. */
const FREE_BLOCKS = new Set(['types', 'map', 'geo', 'split_clients', 'charset_map']);

/** Blocks: a `;` after them is `has no opening "{"`; other directives followed by `{` are `not terminated by ";"`. */
const BLOCKS = new Set(['events', 'http', 'server', 'location', 'upstream', 'types', 'map', 'geo', 'split_clients', 'charset_map', 'if', 'limit_except', 'stream', 'mail']);

/** Argument counts [min, max] of the directives learners write most (a missing `;` shows up here). */
const ARGS: Record<string, readonly [number, number]> = {
  root: [1, 1], alias: [1, 1], index: [1, 99], listen: [1, 99], server_name: [1, 99], return: [1, 2], proxy_pass: [1, 1],
  try_files: [2, 99], add_header: [2, 3], proxy_set_header: [2, 2], error_page: [2, 99], rewrite: [2, 3], include: [1, 1],
  default_type: [1, 1], worker_processes: [1, 1], worker_connections: [1, 1], keepalive_timeout: [1, 2], sendfile: [1, 1],
  gzip: [1, 1], autoindex: [1, 1], expires: [1, 2], client_max_body_size: [1, 1], user: [1, 2], pid: [1, 1], charset: [1, 1],
  location: [1, 2], server: [0, 0], http: [0, 0], events: [0, 0], upstream: [1, 1], types: [0, 0], server_tokens: [1, 1],
};

function shapeError(name: string, args: number, block: boolean): string | null {
  if (BLOCKS.has(name) !== block) return block ? `directive "${name}" is not terminated by ";"` : `directive "${name}" has no opening "{"`;
  const range = ARGS[name];
  if (range && (args < range[0] || args > range[1])) return `invalid number of arguments in "${name}" directive`;
  return null;
}

interface Frame {
  name: string;
}

/** Check the configuration as nginx does; `confPath` is `-c`'s file. */
export function checkNginxConfig(fs: FileSystem, confPath = NGINX_CONF_PATH): NginxCheck {
  const files: NginxConfFile[] = [];
  let error: string | null = null;
  const read = (path: string): string | null => {
    try {
      return fs.readFile(path);
    } catch {
      return null;
    }
  };
  const top = read(confPath);
  if (top === null) return { files, error: `open() "${confPath}" failed (2: No such file or directory)` };

  const parseFile = (path: string, text: string, stack: Frame[]): void => {
    files.push({ path, text });
    const depth = stack.length;
    let words: string[] = [];
    let line = 1;
    let i = 0;
    const fail = (msg: string) => void (error ??= `${msg} in ${path}:${line}`);
    while (i < text.length && error === null) {
      const ch = text[i]!;
      if (ch === '\n') {
        line++;
        i++;
      } else if (ch === ' ' || ch === '\t' || ch === '\r') i++;
      else if (ch === '#' ) {
        while (i < text.length && text[i] !== '\n') i++;
      } else if (ch === ';' || ch === '{') {
        i++;
        if (words.length === 0) {
          fail(`unexpected "${ch}"`);
          break;
        }
        const name = words[0]!;
        const inFree = stack.length > 0 && FREE_BLOCKS.has(stack.at(-1)!.name);
        if (!inFree && !DIRECTIVES.has(name)) {
          fail(`unknown directive "${name}"`);
          break;
        }
        const shape = inFree ? null : shapeError(name, words.length - 1, ch === '{');
        if (shape !== null) {
          fail(shape);
          break;
        }
        if (ch === '{') stack.push({ name });
        else if (name === 'include' && !inFree) include(words.slice(1), stack, fail);
        words = [];
      } else if (ch === '}') {
        i++;
        if (words.length > 0 || stack.length === depth) {
          fail('unexpected "}"');
          break;
        }
        stack.pop();
      } else if (ch === '"' || ch === "'") {
        let j = i + 1;
        let word = '';
        while (j < text.length && text[j] !== ch) {
          if (text[j] === '\\' && j + 1 < text.length) j++;
          if (text[j] === '\n') line++;
          word += text[j];
          j++;
        }
        words.push(word);
        i = j + 1;
      } else {
        let j = i;
        while (j < text.length && !' \t\r\n;{}'.includes(text[j]!)) j++;
        words.push(text.slice(i, j));
        i = j;
      }
    }
    if (error !== null) return;
    if (words.length > 0) fail('unexpected end of file, expecting ";" or "}"');
    else if (stack.length > depth) fail('unexpected end of file, expecting "}"');
  };

  const include = (args: string[], stack: Frame[], fail: (msg: string) => void): void => {
    const raw = args[0] ?? '';
    const pattern = raw.startsWith('/') ? raw : `/etc/nginx/${raw}`;
    const paths = pattern.includes('*') ? globFiles(fs, pattern) : [pattern];
    for (const p of paths) {
      const text = read(p);
      if (text === null) return fail(`open() "${p}" failed (2: No such file or directory)`);
      parseFile(p, text, stack);
      if (error !== null) return;
    }
  };

  parseFile(confPath, top, []);
  return { files, error };
}

/** Files matching a `dir/*.ext` style pattern, in name order (nginx sorts glob results). */
function globFiles(fs: FileSystem, pattern: string): string[] {
  const slash = pattern.lastIndexOf('/');
  const dir = pattern.slice(0, slash) || '/';
  const re = new RegExp(`^${pattern.slice(slash + 1).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  try {
    return fs
      .readdir(dir)
      .filter((n) => re.test(n))
      .sort()
      .map((n) => `${dir}/${n}`);
  } catch {
    return [];
  }
}
