/**
 * Image references as docker parses them (distribution/reference): `nginx` is
 * `docker.io/library/nginx:latest`, `user/app:1.0`, `localhost:5000/app`, `nginx@sha256:…`.
 * Errors carry the exact client wording.
 */
import { ClientError } from '../core/errors';

export interface ImageRef {
  /** `docker.io`, `localhost:5000`, `gcr.io`… */
  domain: string;
  /** `library/nginx`, `user/app`. */
  path: string;
  tag?: string;
  /** `sha256:<hex>` */
  digest?: string;
}

const DEFAULT_DOMAIN = 'docker.io';
const OFFICIAL_PREFIX = 'library/';
const NAME_TOTAL_LENGTH_MAX = 255;

const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
const host = `(?:${domainName}|\\[(?:[a-fA-F0-9:]+)\\])`;
const domainAndPort = `${host}(?::[0-9]+)?`;
const tagPat = '[\\w][\\w.-]{0,127}';
const digestPat = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}';
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const namePat = `(?:${domainAndPort}/)?${remoteName}`;

const REFERENCE = new RegExp(`^(${namePat})(?::(${tagPat}))?(?:@(${digestPat}))?$`);
const ANCHORED_NAME = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const IDENTIFIER = /^[a-f0-9]{64}$/;
const TAG = new RegExp(`^${tagPat}$`);

export function isFullImageId(s: string): boolean {
  return IDENTIFIER.test(s);
}

function splitDockerDomain(name: string): [string, string] {
  const slash = name.indexOf('/');
  if (slash < 0) return [DEFAULT_DOMAIN, OFFICIAL_PREFIX + name];
  const maybeDomain = name.slice(0, slash);
  const rest = name.slice(slash + 1);
  let domain: string;
  let remote: string;
  if (maybeDomain === 'localhost') [domain, remote] = [maybeDomain, rest];
  else if (maybeDomain === 'index.docker.io') [domain, remote] = [DEFAULT_DOMAIN, rest];
  else if (/[.:]/.test(maybeDomain)) [domain, remote] = [maybeDomain, rest];
  else if (maybeDomain.toLowerCase() !== maybeDomain) [domain, remote] = [maybeDomain, rest];
  else [domain, remote] = [DEFAULT_DOMAIN, name];
  if (domain === DEFAULT_DOMAIN && !remote.includes('/')) remote = OFFICIAL_PREFIX + remote;
  return [domain, remote];
}

/** Parsed references by text (pure function of the text; the hot paths parse the same few names). */
const parsed = new Map<string, ImageRef>();
const PARSED_MAX = 512;

/** ParseNormalizedNamed: familiar or full name → normalised reference. Throws ClientError. */
export function parseReference(s: string): ImageRef {
  const hit = parsed.get(s);
  if (hit) return { ...hit };
  const ref = parseUncached(s);
  if (parsed.size >= PARSED_MAX) parsed.delete(parsed.keys().next().value!);
  parsed.set(s, ref);
  return { ...ref };
}

function parseUncached(s: string): ImageRef {
  if (IDENTIFIER.test(s)) throw new ClientError(`invalid repository name (${s}), cannot specify 64-byte hexadecimal strings`);
  const [domain, remainder] = splitDockerDomain(s);
  const tagSep = remainder.indexOf(':');
  const remote = tagSep > -1 ? remainder.slice(0, tagSep) : remainder;
  if (remote.toLowerCase() !== remote) throw new ClientError(`invalid reference format: repository name (${remote}) must be lowercase`);
  const full = `${domain}/${remainder}`;
  const m = REFERENCE.exec(full);
  if (!m) {
    if (full === '') throw new ClientError('repository name must have at least one component');
    if (REFERENCE.test(full.toLowerCase())) throw new ClientError('repository name must be lowercase');
    throw new ClientError('invalid reference format');
  }
  const nm = ANCHORED_NAME.exec(m[1]!);
  const ref: ImageRef = { domain: nm?.[1] ?? '', path: nm?.[2] ?? m[1]! };
  if (ref.path.length > NAME_TOTAL_LENGTH_MAX) throw new ClientError(`repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters`);
  if (m[2]) ref.tag = m[2];
  if (m[3]) ref.digest = parseDigest(m[3]);
  return ref;
}

function parseDigest(d: string): string {
  const [alg, hex] = d.split(':') as [string, string];
  if (alg !== 'sha256' && alg !== 'sha384' && alg !== 'sha512') throw new ClientError('unsupported digest algorithm');
  const want = alg === 'sha256' ? 64 : alg === 'sha384' ? 96 : 128;
  if (hex.length !== want) throw new ClientError('invalid checksum digest length');
  if (!/^[a-f0-9]+$/.test(hex)) throw new ClientError('invalid checksum digest format');
  return d;
}

export function isValidTag(tag: string): boolean {
  return TAG.test(tag);
}

/** Adds `latest` when the reference has neither tag nor digest. */
export function tagNameOnly(ref: ImageRef): ImageRef {
  return ref.tag || ref.digest ? ref : { domain: ref.domain, path: ref.path, tag: 'latest' };
}

/**
 * The daemon's reference store looks a `name:tag@digest` up by digest only (the digest takes
 * precedence; tag+digest combinations are never stored), and pulls it by digest.
 */
export function digestWins(ref: ImageRef): ImageRef {
  return ref.digest && ref.tag ? { domain: ref.domain, path: ref.path, digest: ref.digest } : ref;
}

/** `docker.io/library/nginx` */
export function fullName(ref: ImageRef): string {
  return ref.domain ? `${ref.domain}/${ref.path}` : ref.path;
}

/** `nginx`, `user/app`, `localhost:5000/app` (Docker Hub prefixes dropped). */
export function familiarName(ref: ImageRef): string {
  if (ref.domain !== DEFAULT_DOMAIN) return fullName(ref);
  if (ref.path.startsWith(OFFICIAL_PREFIX) && !ref.path.slice(OFFICIAL_PREFIX.length).includes('/')) return ref.path.slice(OFFICIAL_PREFIX.length);
  return ref.path;
}

function suffix(ref: ImageRef): string {
  return (ref.tag ? `:${ref.tag}` : '') + (ref.digest ? `@${ref.digest}` : '');
}

/** `docker.io/library/nginx:latest` */
export function fullString(ref: ImageRef): string {
  return fullName(ref) + suffix(ref);
}

/** `nginx:latest`, `user/app@sha256:…` */
export function familiarString(ref: ImageRef): string {
  return familiarName(ref) + suffix(ref);
}
