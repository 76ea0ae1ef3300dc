/**
 * Hashing and comparing secrets (Node crypto). Bearer secrets (instructor keys, learner tokens) are 256
 * random bits, so a plain sha256 is enough to store them; they are compared in constant time. Rejoin
 * codes are short (40 bits), so they get a salted scrypt hash, checked only with room code + name and
 * behind a rate limit.
 */
import { createHash, randomBytes as nodeRandomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { RandomBytes } from '../../workshop/ids';
import { base64url } from '../../workshop/ids';

export const cryptoRandom: RandomBytes = (n) => new Uint8Array(nodeRandomBytes(n));

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Constant-time equality of two hex digests (different lengths are simply unequal). */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

const SCRYPT = { N: 1 << 14, r: 8, p: 1, keylen: 32 };

function scryptAsync(secret: string, salt: Buffer, N: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, SCRYPT.keylen, { N, r: SCRYPT.r, p: SCRYPT.p }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashRejoinCode(code: string, random: RandomBytes = cryptoRandom): Promise<string> {
  const salt = Buffer.from(random(16));
  const key = await scryptAsync(code, salt, SCRYPT.N);
  return `scrypt$${SCRYPT.N}$${base64url(salt)}$${base64url(key)}`;
}

export async function verifyRejoinCode(code: string, stored: string): Promise<boolean> {
  const [scheme, n, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !salt || !hash) return false;
  const key = await scryptAsync(code, Buffer.from(salt, 'base64url'), Number(n));
  const want = Buffer.from(hash, 'base64url');
  return want.length === key.length && timingSafeEqual(key, want);
}
