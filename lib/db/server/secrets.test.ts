import { describe, expect, it } from 'vitest';
import { configFromEnv } from './store';
import { hashRejoinCode, hashToken, sameDigest, verifyRejoinCode } from './secrets';

describe('secrets', () => {
  it('hashes tokens to stable sha256 hex and compares digests exactly', () => {
    const a = hashToken('token-a');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken('token-a')).toBe(a);
    expect(sameDigest(a, hashToken('token-a'))).toBe(true);
    expect(sameDigest(a, hashToken('token-b'))).toBe(false);
    expect(sameDigest(a, a.slice(0, 62))).toBe(false);
    expect(sameDigest('', '')).toBe(false);
  });

  it('salts rejoin codes (same code, different hashes) and verifies only the right code', async () => {
    const one = await hashRejoinCode('ABCD2345');
    const two = await hashRejoinCode('ABCD2345');
    expect(one).not.toBe(two);
    expect(one).toMatch(/^scrypt\$16384\$[\w-]+\$[\w-]+$/);
    expect(await verifyRejoinCode('ABCD2345', one)).toBe(true);
    expect(await verifyRejoinCode('ABCD2346', one)).toBe(false);
    expect(await verifyRejoinCode('ABCD2345', 'sha1$whatever')).toBe(false);
  });
});

describe('configFromEnv', () => {
  it('uses SQLite under ./data by default, or the given file', () => {
    expect(configFromEnv({}, '/srv/app')).toEqual({ dialect: 'sqlite', file: '/srv/app/data/workshops.sqlite' });
    expect(configFromEnv({ WORKSHOP_SQLITE_FILE: '/tmp/x.db' }, '/srv/app')).toEqual({ dialect: 'sqlite', file: '/tmp/x.db' });
    expect(configFromEnv({ WORKSHOP_SQLITE_SYNCHRONOUS: 'normal' }, '/srv/app')).toMatchObject({ synchronous: 'NORMAL' });
  });

  it('switches to PostgreSQL for a postgres:// DATABASE_URL and refuses other schemes', () => {
    expect(configFromEnv({ DATABASE_URL: 'postgres://u:p@db:5432/app' })).toEqual({ dialect: 'postgres', url: 'postgres://u:p@db:5432/app' });
    expect(configFromEnv({ DATABASE_URL: 'postgresql://db/app' }).dialect).toBe('postgres');
    expect(() => configFromEnv({ DATABASE_URL: 'mysql://secret@db/app' })).toThrow('DATABASE_URL must be a postgres:// URL (got mysql:…)');
  });
});
