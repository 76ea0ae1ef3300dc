import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeEachDialect } from './dialects.test-helper';
import { openStore } from './store';

const CHILD = path.join(import.meta.dirname, 'durability-writer.test-helper.ts');

describeEachDialect('durability', (harness) => {
  afterAll(async () => harness().cleanup());

  it('keeps every acknowledged event when the writing process is killed with SIGKILL', { timeout: 60_000 }, async () => {
    const config = await harness().config();
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const acked: string[] = [];
    let code = '';
    let buffer = '';
    await new Promise<void>((resolve, reject) => {
      child.on('exit', (status) => reject(new Error(`writer exited early (${status}) after ${acked.length} acks`)));
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        for (const line of lines) {
          if (line.startsWith('ROOM ')) code = line.slice(5);
          if (line.startsWith('ACK ')) acked.push(line.slice(4));
        }
        if (acked.length >= 400) {
          child.removeAllListeners('exit');
          child.kill('SIGKILL');
          child.on('exit', () => resolve());
        }
      });
    });
    const store = await openStore(config);
    try {
      const room = await store.db.selectFrom('workshops').select('id').where('code', '=', code).executeTakeFirstOrThrow();
      const rows = await store.db.selectFrom('entries').select('event_id').where('workshop_id', '=', room.id).where('kind', '=', 'progress').execute();
      const stored = new Set(rows.map((r) => r.event_id));
      expect(acked.filter((id) => !stored.has(id))).toEqual([]);
      expect(stored.size).toBeGreaterThanOrEqual(acked.length);
    } finally {
      await store.close();
    }
  });
});
