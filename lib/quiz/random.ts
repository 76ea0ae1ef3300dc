/**
 * Seeded randomness for exams: the same seed always gives the same questions in the same order with
 * the same option order, so a shared link reproduces an exam. No Math.random here.
 */

/** A 32-bit hash of a string (FNV-1a), used to turn a seed text into a generator state. */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export type Rng = () => number;

/** mulberry32: a small, fast generator with good distribution for shuffling. Returns [0, 1). */
export function createRng(seed: string): Rng {
  let a = hashSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates on a copy. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A permutation of 0…n-1. */
export function permutation(n: number, rng: Rng): number[] {
  return shuffle(
    Array.from({ length: n }, (_, i) => i),
    rng,
  );
}

const SEED_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A short, readable seed from caller-supplied random numbers in [0, 1) (the page uses crypto). */
export function seedText(randoms: readonly number[]): string {
  return randoms.map((r) => SEED_ALPHABET[Math.floor(r * SEED_ALPHABET.length) % SEED_ALPHABET.length]).join('');
}
