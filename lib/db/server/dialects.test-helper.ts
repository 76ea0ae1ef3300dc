/**
 * Runs a data-layer suite against SQLite (a temp file) and PostgreSQL (DATABASE_URL_TEST, a fresh
 * schema per suite). PostgreSQL is skipped only when DATABASE_URL_TEST is unset; CI always sets it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import { WorkshopError } from '../../workshop/errors';
import { seededBytes } from '../../workshop/fixtures.test-helper';
import { createContext, type ServiceContext } from './context';
import { openStore, type Store, type StoreConfig } from './store';

export const PG_URL = process.env.DATABASE_URL_TEST;

export interface Harness {
  /** A fresh database (own file or own schema) with migrations run. */
  config(): Promise<StoreConfig>;
  cleanup(): Promise<void>;
}

function sqliteHarness(): Harness {
  const dirs: string[] = [];
  return {
    async config() {
      const dir = mkdtempSync(path.join(tmpdir(), 'workshop-db-'));
      dirs.push(dir);
      return { dialect: 'sqlite', file: path.join(dir, 'test.sqlite') };
    },
    async cleanup() {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    },
  };
}

function postgresHarness(url: string): Harness {
  const schemas: string[] = [];
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  return {
    async config() {
      const schema = `test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      await admin((c) => c.query(`CREATE SCHEMA ${schema}`));
      schemas.push(schema);
      return { dialect: 'postgres', url, poolSize: 4, schema };
    },
    async cleanup() {
      await admin(async (c) => {
        for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
      });
    },
  };
}

export const DIALECTS: Array<{ name: 'sqlite' | 'postgres'; harness: () => Harness; skip: boolean }> = [
  { name: 'sqlite', harness: sqliteHarness, skip: false },
  { name: 'postgres', harness: () => postgresHarness(PG_URL ?? ''), skip: !PG_URL },
];

export function describeEachDialect(title: string, suite: (h: () => Harness) => void): void {
  for (const d of DIALECTS) {
    const run = d.skip ? describe.skip : describe;
    run(`${title} [${d.name}]`, () => {
      let harness: Harness | undefined;
      suite(() => (harness ??= d.harness()));
    });
  }
}

export const T0 = Date.UTC(2025, 2, 3, 9, 0);

export interface TestWorld {
  store: Store;
  ctx: ServiceContext;
  clock: { t: number };
}

export async function openWorld(h: Harness, seed = Math.floor(Math.random() * 2 ** 31)): Promise<TestWorld> {
  const store = await openStore(await h.config());
  const clock = { t: T0 };
  const ctx = createContext(store, { now: () => clock.t, random: seededBytes(seed) });
  return { store, ctx, clock };
}

export const LESSONS = ['01-what-is-docker/01-containers-vs-vms', '02-images-and-containers/01-running-containers'];
export const KNOWN = new Set(LESSONS);
export const caller = (ip = '203.0.113.7') => ({ ip });

/** A room with an instructor key and `names.length` learners. */
export async function classroom(world: TestWorld, names: string[] = ['Ana', 'Ben']) {
  const { createWorkshop, authorizeInstructor } = await import('./instructor');
  const { join } = await import('./learner');
  const created = await createWorkshop(world.ctx, { title: 'Docker 101', lessons: LESSONS, quizzes: true }, KNOWN, caller());
  const room = await authorizeInstructor(world.ctx, created.workshop.code, created.instructorKey, caller());
  const learners = [];
  for (const name of names) learners.push(await join(world.ctx, { code: created.workshop.code, name }, caller()));
  return { created, room, learners, code: created.workshop.code, key: created.instructorKey };
}

/** The WorkshopError a service call rejects with; any other outcome fails the test. */
export async function failure(p: Promise<unknown>): Promise<WorkshopError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof WorkshopError) return e;
    throw e;
  }
  throw new Error('expected a WorkshopError');
}
