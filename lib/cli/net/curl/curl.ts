/**
 * `curl`: HTTP(S) and file:// transfers through the simulated network, with curl's output
 * (-i/-I headers, -v trace, -o/-O files with the progress meter, -w) and its error lines and
 * exit codes (3 bad URL, 6 resolve, 7 refused, 22 -f, 28 timeout, 35 TLS, 52 empty reply).
 */
import type { CommandContext, CommandFn } from '../../../shell/types';
import { resolvePath } from '../../../sim/fs/path';
import { FS_ERROR_TEXT, FsError } from '../../../sim/fs/types';
import type { NetEnv } from '../types';
import { readOr } from '../resolve';
import { curlBuild, type CurlBuild } from './build-info';
import { CURL_HELP, parseCurl, type CurlOptions } from './options';
import { headerBlock, progressMeter, verboseEnd, verboseFailure, verboseRequest, verboseResponse } from './render';
import { dockerApi } from '../docker-api';
import { requestHeaders } from './exchange';
import { requestSpec, transfer, type Exchanger, type Transfer } from './transfer';
import { expandWriteOut } from './write-out';

const SOURCE_PORT = 41_234;

/** Data for -d: `@file` reads the file (newlines dropped, as --data does), `@-` stdin. */
function readData(ctx: CommandContext, values: readonly string[]): { ok: true; data: string } | { ok: false; message: string } {
  const parts: string[] = [];
  for (const v of values) {
    if (!v.startsWith('@')) {
      parts.push(v);
      continue;
    }
    const name = v.slice(1);
    const text = name === '-' ? ctx.stdin : readOr(ctx.fs, resolvePath(ctx.cwd, name));
    if (text === null) return { ok: false, message: `Warning: Couldn't read data from file "${name}", this makes an empty \nWarning: POST.\n` };
    parts.push(text.replace(/[\r\n]/g, ''));
  }
  return { ok: true, data: parts.join('&') };
}

function writeFile(ctx: CommandContext, name: string, data: string): string | null {
  try {
    ctx.fs.writeFile(resolvePath(ctx.cwd, name), data);
    return null;
  } catch (e) {
    if (e instanceof FsError) return `Warning: Failed to open the file ${name}: ${FS_ERROR_TEXT[e.code]}\n`;
    throw e;
  }
}

/** curl --unix-socket: the Docker API when the path is the daemon's socket, refused otherwise. */
function socketExchanger(ctx: CommandContext, net: NetEnv, socket: string): Exchanger {
  let isSocket = false;
  try {
    isSocket = ctx.fs.stat(resolvePath(ctx.cwd, socket))?.special === 'socket';
  } catch {
    isSocket = false;
  }
  return (url, spec) => {
    const sent = { method: spec.method, path: url.path, headers: requestHeaders(url, spec), body: spec.body };
    if (!isSocket) return { ok: false, url, ip: socket, sent, error: 'refused' };
    return { ok: true, url, ip: socket, sent, response: dockerApi(net.eng, spec.method, url.path) };
  };
}

function remoteName(url: string): string {
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').split(/[?#]/)[0] ?? '';
  return path.slice(path.lastIndexOf('/') + 1);
}

function runOne(ctx: CommandContext, net: NetEnv, o: CurlOptions, build: CurlBuild, url: string, data: string): number {
  const quietErrors = o.silent && !o.showError;
  const t: Transfer = transfer(net, url, o, requestSpec(o, data, build), build, (p) => readOr(ctx.fs, p), o.unixSocket !== undefined ? socketExchanger(ctx, net, o.unixSocket) : undefined);
  let headersOut = '';
  let body = '';
  for (const [i, ex] of t.exchanges.entries()) {
    if (o.verbose) ctx.stderr(verboseRequest(ex, build, SOURCE_PORT + i));
    if (!ex.ok) continue;
    if (o.verbose) ctx.stderr(verboseResponse(ex.response));
    if (o.include || o.head) headersOut += headerBlock(ex.response);
    if (i === t.exchanges.length - 1) body = ex.response.body;
  }
  if (t.file !== undefined) body = t.file;
  const failedHttp = t.code === 22 && !o.failWithBody;
  let payload = failedHttp ? '' : headersOut + (o.head && t.file === undefined ? '' : body);
  if (o.dumpHeader !== undefined) {
    const dumped = t.exchanges.map((ex) => (ex.ok ? headerBlock(ex.response) : '')).join('');
    if (o.dumpHeader === '-') payload = dumped + payload;
    else writeFile(ctx, o.dumpHeader, dumped);
  }
  let code = t.code;
  let message = t.message;
  const target = o.output ?? (o.remoteName ? remoteName(url) : undefined);
  if (target !== undefined && target !== '-') {
    if (!o.silent && !o.noProgress && !o.verbose) ctx.stderr(progressMeter(failedHttp ? 0 : payload.length, Math.max(1, t.ms), t.code !== 0));
    if (target === '') {
      ctx.stderr('curl: Remote file name has no length!\n');
      return 23;
    }
    if (t.code === 0 || o.failWithBody) {
      const err = writeFile(ctx, target, payload);
      if (err) {
        if (!quietErrors) ctx.stderr(err);
        code = 23;
        message = 'Failure writing output to destination';
      }
    }
  } else if (payload) ctx.stdout(payload);
  const last = t.exchanges.at(-1);
  if (o.verbose && last?.ok && code === 0) ctx.stderr(verboseEnd(last));
  if (o.verbose && code !== 0) ctx.stderr(verboseFailure(message, build));
  if (code !== 0 && !quietErrors) ctx.stderr(`curl: (${code}) ${message}\n`);
  if (o.writeOut !== undefined) {
    ctx.stdout(expandWriteOut(o.writeOut, { last: last ?? null, hops: t.exchanges.length, exitCode: code, errorMessage: message, ms: t.ms, url: t.url }, (w) => ctx.stderr(w)));
  }
  return code;
}

/** The curl command, bound to where it runs. `fsOf` is the machine's filesystem for the build (null: the host). */
export function curlCommand(net: () => NetEnv, inContainer: boolean): CommandFn {
  return (ctx) => {
    const parsed = parseCurl(ctx.argv.slice(1));
    if (!parsed.ok) {
      ctx.stderr(parsed.message);
      return 2;
    }
    const o = parsed.opts;
    const build = curlBuild(inContainer ? ctx.fs : null);
    if (o.help) {
      ctx.stdout(CURL_HELP);
      return 0;
    }
    if (o.version) {
      ctx.stdout(build.banner);
      return 0;
    }
    const data = readData(ctx, o.data.concat(o.json !== undefined ? [o.json] : []));
    if (!data.ok) ctx.stderr(data.message);
    let code = 0;
    for (const url of o.urls) code = runOne(ctx, net(), o, build, url, data.ok ? data.data : '');
    return code;
  };
}
