/**
 * curl's command line: the options the course uses, parsed the way curl does (clustered short
 * options, values attached or separate, no `--opt=value`), with curl's own usage errors.
 */
import { OptTable, all, has, last, type Parsed } from '../options';

const T = new OptTable([
  { key: 'silent', short: 's', long: ['silent'] },
  { key: 'showError', short: 'S', long: ['show-error'] },
  { key: 'include', short: 'i', long: ['include'] },
  { key: 'head', short: 'I', long: ['head'] },
  { key: 'verbose', short: 'v', long: ['verbose'] },
  { key: 'output', short: 'o', long: ['output'], arg: true },
  { key: 'remoteName', short: 'O', long: ['remote-name'] },
  { key: 'location', short: 'L', long: ['location'] },
  { key: 'fail', short: 'f', long: ['fail'] },
  { key: 'failWithBody', long: ['fail-with-body'] },
  { key: 'request', short: 'X', long: ['request'], arg: true },
  { key: 'header', short: 'H', long: ['header'], arg: true },
  { key: 'data', short: 'd', long: ['data', 'data-ascii', 'data-binary', 'data-raw', 'data-urlencode'], arg: true },
  { key: 'json', long: ['json'], arg: true },
  { key: 'userAgent', short: 'A', long: ['user-agent'], arg: true },
  { key: 'referer', short: 'e', long: ['referer'], arg: true },
  { key: 'user', short: 'u', long: ['user'], arg: true },
  { key: 'insecure', short: 'k', long: ['insecure'] },
  { key: 'maxTime', short: 'm', long: ['max-time'], arg: true },
  { key: 'connectTimeout', long: ['connect-timeout'], arg: true },
  { key: 'writeOut', short: 'w', long: ['write-out'], arg: true },
  { key: 'maxRedirs', long: ['max-redirs'], arg: true },
  { key: 'get', short: 'G', long: ['get'] },
  { key: 'url', long: ['url'], arg: true },
  { key: 'dumpHeader', short: 'D', long: ['dump-header'], arg: true },
  { key: 'retry', long: ['retry'], arg: true },
  { key: 'retryDelay', long: ['retry-delay'], arg: true },
  { key: 'unixSocket', long: ['unix-socket'], arg: true },
  { key: 'help', short: 'h', long: ['help'] },
  { key: 'version', short: 'V', long: ['version'] },
  // accepted, no visible effect here
  { key: 'ipv4', short: '4', long: ['ipv4'] },
  { key: 'ipv6', short: '6', long: ['ipv6'] },
  { key: 'compressed', long: ['compressed'] },
  { key: 'noBuffer', short: 'N', long: ['no-buffer'] },
  { key: 'progressBar', short: '#', long: ['progress-bar'] },
  { key: 'disable', short: 'q', long: ['disable'] },
  { key: 'http11', long: ['http1.1'] },
  { key: 'noProgress', long: ['no-progress-meter'] },
]);

export interface CurlOptions {
  urls: string[];
  silent: boolean;
  showError: boolean;
  include: boolean;
  head: boolean;
  verbose: boolean;
  output?: string;
  remoteName: boolean;
  location: boolean;
  fail: boolean;
  failWithBody: boolean;
  method?: string;
  headers: string[];
  data: string[];
  json?: string;
  userAgent?: string;
  referer?: string;
  user?: string;
  maxTime?: number;
  connectTimeout?: number;
  writeOut?: string;
  maxRedirs: number;
  get: boolean;
  dumpHeader?: string;
  unixSocket?: string;
  noProgress: boolean;
  help: boolean;
  version: boolean;
}

export type CurlParse = { ok: true; opts: CurlOptions } | { ok: false; message: string };

const TRY = "curl: try 'curl --help' or 'curl --manual' for more information\n";

function seconds(p: Parsed, key: string, flag: string): number | string | undefined {
  const v = last(p, key);
  if (v === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(v)) return `curl: option ${flag}: expected a proper numerical parameter\n${TRY}`;
  return Number(v);
}

export function parseCurl(args: readonly string[]): CurlParse {
  const p = T.parse(args);
  if (p.error) {
    const m = p.error.kind === 'unknown' ? `curl: option ${p.error.name}: is unknown\n` : `curl: option ${p.error.name}: requires parameter\n`;
    return { ok: false, message: m + TRY };
  }
  const maxTime = seconds(p, 'maxTime', '--max-time');
  const connectTimeout = seconds(p, 'connectTimeout', '--connect-timeout');
  for (const v of [maxTime, connectTimeout]) if (typeof v === 'string') return { ok: false, message: v };
  const redirs = last(p, 'maxRedirs');
  const opts: CurlOptions = {
    urls: [...all(p, 'url'), ...p.operands],
    silent: has(p, 'silent'),
    showError: has(p, 'showError'),
    include: has(p, 'include'),
    head: has(p, 'head'),
    verbose: has(p, 'verbose'),
    output: last(p, 'output'),
    remoteName: has(p, 'remoteName'),
    location: has(p, 'location'),
    fail: has(p, 'fail'),
    failWithBody: has(p, 'failWithBody'),
    method: last(p, 'request'),
    headers: all(p, 'header'),
    data: all(p, 'data'),
    json: last(p, 'json'),
    userAgent: last(p, 'userAgent'),
    referer: last(p, 'referer'),
    user: last(p, 'user'),
    maxTime: maxTime as number | undefined,
    connectTimeout: connectTimeout as number | undefined,
    writeOut: last(p, 'writeOut'),
    maxRedirs: redirs !== undefined && /^-?\d+$/.test(redirs) ? Number(redirs) : 50,
    get: has(p, 'get'),
    dumpHeader: last(p, 'dumpHeader'),
    unixSocket: last(p, 'unixSocket'),
    noProgress: has(p, 'noProgress'),
    help: has(p, 'help'),
    version: has(p, 'version'),
  };
  if (!opts.help && !opts.version && opts.urls.length === 0) return { ok: false, message: `curl: no URL specified!\n${TRY}` };
  return { ok: true, opts };
}

export const CURL_HELP = `Usage: curl [options...] <url>
 -d, --data <data>          HTTP POST data
 -f, --fail                 Fail fast with no output on HTTP errors
 -h, --help <category>      Get help for commands
 -i, --include              Include protocol response headers in the output
 -o, --output <file>        Write to file instead of stdout
 -O, --remote-name          Write output to a file named as the remote file
 -s, --silent               Silent mode
 -T, --upload-file <file>   Transfer local FILE to destination
 -u, --user <user:password> Server user and password
 -A, --user-agent <name>    Send User-Agent <name> to server
 -v, --verbose              Make the operation more talkative
 -V, --version              Show version number and quit

This is not the full help, this menu is stripped into categories.
Use "--help category" to get an overview of all categories.
For all options use the manual or "--help all".
`;
