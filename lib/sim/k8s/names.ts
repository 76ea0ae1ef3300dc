/**
 * Generated names and ids as Kubernetes makes them: random suffixes from the apimachinery alphabet
 * (no vowels, no look-alike digits), the pod-template-hash (an FNV-1a hash of the template, encoded
 * the same way), uids, and addresses from minikube's ranges.
 */
import { nextHex, nextInt, type RngState } from '../core/rng';

export const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export function randomSuffix(rng: RngState, n = 5): string {
  let s = '';
  for (let i = 0; i < n; i++) s += SAFE_ALPHABET[nextInt(rng, SAFE_ALPHABET.length)];
  return s;
}

/** rand.SafeEncodeString: each character mapped into the safe alphabet. */
export function safeEncode(text: string): string {
  let s = '';
  for (let i = 0; i < text.length; i++) s += SAFE_ALPHABET[text.charCodeAt(i) % SAFE_ALPHABET.length];
  return s;
}

function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i) & 0xff;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Stable JSON (sorted keys) for hashing. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return '[' + v.map(canonical).join(',') + ']';
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return '{' + Object.keys(o).sort().map((k) => JSON.stringify(k) + ':' + canonical(o[k])).join(',') + '}';
  }
  return JSON.stringify(v) ?? 'null';
}

/** The ReplicaSet hash of a pod template (`my-app-5d9c7b8f6d`), with the collision count mixed in. */
export function podTemplateHash(template: unknown, collisionCount = 0): string {
  return safeEncode(String(fnv32a(canonical(template) + (collisionCount ? `#${collisionCount}` : ''))));
}

/** A version-4 style uid from the world's rng. */
export function newUid(rng: RngState): string {
  const h = nextHex(rng, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

/** A ClusterIP from 10.96.0.0/12 (not .0.1 or .0.10, which the cluster's own services hold). */
export function randomClusterIp(rng: RngState, taken: ReadonlySet<string>): string {
  for (;;) {
    const n = nextInt(rng, 1 << 20);
    const ip = `10.${96 + (n >> 16)}.${(n >> 8) & 0xff}.${n & 0xff}`;
    if ((n & 0xff) === 0 || (n & 0xff) === 255 || taken.has(ip) || n < 11) continue;
    return ip;
  }
}

/** A free NodePort in 30000–32767. */
export function randomNodePort(rng: RngState, taken: ReadonlySet<number>): number {
  for (;;) {
    const p = 30000 + nextInt(rng, 2768);
    if (!taken.has(p)) return p;
  }
}

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** The validation message for an object name, or null when it is valid (RFC 1123 subdomain). */
export function nameProblem(name: string, label = false): string | null {
  if (label) {
    if (name.length > 63) return 'must be no more than 63 characters';
    if (!DNS1123_LABEL.test(name))
      return "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
    return null;
  }
  if (name.length > 253) return 'must be no more than 253 characters';
  if (!DNS1123_SUBDOMAIN.test(name))
    return "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
  return null;
}
