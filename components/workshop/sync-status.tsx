import type { OutboxStatus } from '@/lib/workshop/outbox';
import type { StreamState } from './stream-client';

/** "All progress sent" / "3 updates waiting for the network" — so learners trust the offline queue. */
export function SyncStatus({ outbox, stream }: { outbox: OutboxStatus | null; stream: StreamState }) {
  const pending = outbox?.pending ?? 0;
  const text =
    outbox?.state === 'stopped'
      ? 'This workshop no longer takes progress.'
      : pending > 0
        ? `${pending} update${pending === 1 ? '' : 's'} waiting to be sent${outbox?.state === 'waiting' ? ' (offline, will retry)' : ''}`
        : 'All progress sent';
  return (
    <p className="text-sm text-muted" role="status" data-testid="sync-status">
      {text}
      {stream === 'offline' ? ' · reconnecting…' : ''}
    </p>
  );
}
