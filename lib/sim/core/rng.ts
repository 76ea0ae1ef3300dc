/**
 * A seedable PRNG (mulberry32). Its whole state is one uint32 kept inside the world, so a
 * restored snapshot continues the same sequence. Never Math.random().
 */
export interface RngState {
  seed: number;
}

export function createRng(seed: number): RngState {
  return { seed: seed >>> 0 };
}

/** Next uniformly distributed uint32. */
export function nextU32(rng: RngState): number {
  rng.seed = (rng.seed + 0x6d2b79f5) >>> 0;
  let t = rng.seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/** Integer in [0, n). */
export function nextInt(rng: RngState, n: number): number {
  return Math.floor((nextU32(rng) / 0x1_0000_0000) * n);
}


/** Character codes of the 16 hex digits. */
const HEX_CODE = Array.from('0123456789abcdef', (ch) => ch.charCodeAt(0));
/** Digit codes of the id being made (reused: one flat string is built from it per call). */
const codes: number[] = [];

/** `chars` lowercase hex digits: each uint32 as 8 digits, most significant byte first. */
export function nextHex(rng: RngState, chars: number): string {
  const whole = Math.ceil(chars / 8) * 8;
  codes.length = whole;
  for (let n = 0; n < whole; n += 8) {
    const t = nextU32(rng);
    for (let k = 0; k < 8; k++) codes[n + k] = HEX_CODE[(t >>> (28 - 4 * k)) & 15]!;
  }
  const out = String.fromCharCode.apply(null, codes);
  return out.length === chars ? out : out.slice(0, chars);
}

/**
 * Deterministic 64-hex string derived from text alone (not from the world's rng), for values that
 * must be stable across sessions: catalog digests, layer ids. Not cryptographic.
 */
export function stableHex(text: string, chars = 64): string {
  const rounds = Math.ceil(chars / 16);
  codes.length = rounds * 16;
  // Rounds go in pairs: one pass over the text feeds both (each round's hash is independent).
  for (let round = 0; round < rounds; round += 2) {
    const two = round + 1 < rounds;
    let h1 = 0xdeadbeef ^ round;
    let h2 = 0x41c6ce57 ^ (round * 0x9e3779b1);
    let g1 = 0xdeadbeef ^ (round + 1);
    let g2 = 0x41c6ce57 ^ ((round + 1) * 0x9e3779b1);
    const n = text.length;
    if (two) {
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 2654435761);
        h2 = Math.imul(h2 ^ c, 1597334677);
        g1 = Math.imul(g1 ^ c, 2654435761);
        g2 = Math.imul(g2 ^ c, 1597334677);
      }
    } else {
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 2654435761);
        h2 = Math.imul(h2 ^ c, 1597334677);
      }
    }
    finish(h1, h2, round * 16);
    if (two) finish(g1, g2, round * 16 + 16);
  }
  const out = String.fromCharCode.apply(null, codes);
  return out.length === chars ? out : out.slice(0, chars);
}

/** The last mix of one round's two accumulators, written as 16 hex digit codes at `at`. */
function finish(h1: number, h2: number, at: number): void {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  for (let k = 0; k < 8; k++) {
    codes[at + k] = HEX_CODE[(h1 >>> (28 - 4 * k)) & 15]!;
    codes[at + 8 + k] = HEX_CODE[(h2 >>> (28 - 4 * k)) & 15]!;
  }
}
