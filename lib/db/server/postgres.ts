/**
 * PostgreSQL for deployments beyond one machine: several app instances share one database, and live
 * updates cross instances through LISTEN/NOTIFY on one channel. NOTIFY is sent inside the appending
 * transaction, so PostgreSQL delivers it exactly when the commit is visible.
 */
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { decodeSignal, encodeSignal, type FeedSignal } from './feed';
import type { Database as Tables } from './schema';

export const NOTIFY_CHANNEL = 'dockerlings_workshop';

/** int8 (bigint) columns hold ms timestamps and seqs: well inside 2^53, so parse them as numbers. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export function openPostgres(url: string, max = 10, schema?: string): { db: Kysely<Tables>; pool: pg.Pool } {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
  const pool = new pg.Pool({ connectionString: url, max, types, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  pool.on('error', () => {}); // an idle client dropped by the server; the pool replaces it
  return { db: new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) }), pool };
}

export async function notifyInTransaction(trx: Transaction<Tables>, signals: FeedSignal[]): Promise<void> {
  for (const s of signals) await sql`select pg_notify(${NOTIFY_CHANNEL}, ${encodeSignal(s)})`.execute(trx);
}

/**
 * A dedicated connection that LISTENs and hands every signal to `deliver`; it reconnects with a backoff
 * when the connection drops (streams keep polling on their heartbeat meanwhile).
 */
export class PgListener {
  private client: pg.Client | null = null;
  private closed = false;
  private retry = 500;
  private readonly dead = new WeakSet<pg.Client>();

  constructor(
    private readonly url: string,
    private readonly deliver: (s: FeedSignal) => void,
  ) {}

  async start(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (msg) => {
      const signal = msg.channel === NOTIFY_CHANNEL && msg.payload ? decodeSignal(msg.payload) : null;
      if (signal) this.deliver(signal);
    });
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
      this.client = client;
      this.retry = 500;
    } catch {
      this.reconnect(client);
    }
  }

  private reconnect(client: pg.Client): void {
    if (this.closed || this.dead.has(client)) return;
    this.dead.add(client);
    this.client = null;
    client.removeAllListeners();
    client.end().catch(() => {});
    const wait = this.retry;
    this.retry = Math.min(this.retry * 2, 10_000);
    setTimeout(() => void this.start(), wait).unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    const c = this.client;
    this.client = null;
    if (c) {
      c.removeAllListeners();
      await c.end().catch(() => {});
    }
  }
}
