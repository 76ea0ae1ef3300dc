/**
 * Room codes, rejoin codes and secret tokens. Randomness is injected (`RandomBytes`): the server passes
 * `crypto.randomBytes`/`getRandomValues`, tests pass a seeded source. Nothing here reads a global.
 */

export type RandomBytes = (length: number) => Uint8Array;

/** 32 symbols without 0/O and 1/I, so codes survive being read aloud or copied off a projector. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A room code: 6 symbols (30 bits). Short enough to type; joins are rate limited against guessing. */
export const ROOM_CODE_LENGTH = 6;
/** A rejoin code: 8 symbols (40 bits), only checked together with the room code and the learner's name. */
export const REJOIN_CODE_LENGTH = 8;

/** `length` symbols, each from one random byte; 256 is a multiple of 32, so every symbol is equally likely. */
export function randomCode(random: RandomBytes, length: number): string {
  const bytes = random(length);
  let out = '';
  for (let i = 0; i < length; i++) out += CODE_ALPHABET[(bytes[i] ?? 0) & 31];
  return out;
}

export const roomCode = (random: RandomBytes): string => randomCode(random, ROOM_CODE_LENGTH);
export const rejoinCode = (random: RandomBytes): string => randomCode(random, REJOIN_CODE_LENGTH);

/** What a person typed, as the canonical code: upper case, with spaces and separators dropped. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-_.]/g, '');
}

export function isCode(value: string, length: number): boolean {
  if (value.length !== length) return false;
  for (const ch of value) if (!CODE_ALPHABET.includes(ch)) return false;
  return true;
}

/** `ABCDEF` → `ABC-DEF`, `ABCDEFGH` → `ABCD-EFGH`: easier to read out. */
export function formatCode(code: string): string {
  const half = Math.ceil(code.length / 2);
  return `${code.slice(0, half)}-${code.slice(half)}`;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function base64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += BASE64URL[(n >> 18) & 63]! + BASE64URL[(n >> 12) & 63]!;
    if (b !== undefined) out += BASE64URL[(n >> 6) & 63]!;
    if (c !== undefined) out += BASE64URL[n & 63]!;
  }
  return out;
}

/** A bearer secret (instructor key, learner token): 32 random bytes, 43 base64url characters. */
export function secretToken(random: RandomBytes): string {
  return base64url(random(32));
}

export const SECRET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A client-side event id: 16 random bytes. Unique per learner, so a retried post never duplicates. */
export function eventId(random: RandomBytes): string {
  return base64url(random(16));
}

export const EVENT_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
