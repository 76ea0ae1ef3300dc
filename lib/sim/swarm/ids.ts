/**
 * Swarm identifiers from the world's rng: 25-character base-36 object ids (swarmkit's
 * identity.NewID), join tokens `SWMTKN-1-<50: CA digest>-<25: secret>`, unlock keys
 * `SWMKEY-1-<43 base64>`, and a PEM-shaped root certificate.
 */
import { nextInt, type RngState } from '../core/rng';

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function pick(rng: RngState, alphabet: string, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[nextInt(rng, alphabet.length)];
  return out;
}

/** A node/service/task/secret/config id. */
export function newSwarmId(rng: RngState): string {
  return pick(rng, BASE36, 25);
}

/** The CA-derived part of the join tokens. */
export function newCaDigest(rng: RngState): string {
  return pick(rng, BASE36, 50);
}

export function newJoinToken(rng: RngState, caDigest: string): string {
  return `SWMTKN-1-${caDigest}-${pick(rng, BASE36, 25)}`;
}

export function newUnlockKey(rng: RngState): string {
  return `SWMKEY-1-${pick(rng, BASE64, 43)}`;
}

/** A self-signed root certificate in PEM form (random base64 body, real line lengths). */
export function newTrustRoot(rng: RngState): string {
  const body = 'MIIBaz' + pick(rng, BASE64, 558) + '==';
  const lines = body.match(/.{1,64}/g)!;
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** Parse `SWMTKN-1-<digest>-<secret>`; null when malformed. */
export function parseJoinToken(token: string): { digest: string; secret: string } | null {
  const m = /^SWMTKN-1-([0-9a-z]{50})-([0-9a-z]{25})$/.exec(token);
  return m ? { digest: m[1]!, secret: m[2]! } : null;
}
