'use client';

import { useEffect, useState } from 'react';
import type { WorkshopInfo } from '@/lib/workshop/api-types';
import { foldRoom, type RoomState } from '@/lib/workshop/room-state';
import { ApiError, roomStreamPath, workshopApi } from '../api';
import { openRoomStream, type StreamState } from '../stream-client';

export interface DashboardData {
  workshop: WorkshopInfo | null;
  state: RoomState | null;
  /** Ticks every 15 s so "stuck" flags age without new events. */
  now: number;
  stream: StreamState;
  error: ApiError | null;
  gone: string | null;
}

/** Snapshot, then live entries over the stream, folded with the same reducer the server uses. */
export function useDashboard(code: string, key: string | null): DashboardData {
  const [workshop, setWorkshop] = useState<WorkshopInfo | null>(null);
  const [state, setState] = useState<RoomState | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [stream, setStream] = useState<StreamState>('connecting');
  const [error, setError] = useState<ApiError | null>(null);
  const [gone, setGone] = useState<string | null>(null);

  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(t);
  }, []);

  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    let stop: (() => void) | null = null;
    let seq = 0;
    setError(null);
    workshopApi
      .dashboard(code, key)
      .then((snap) => {
        if (cancelled) return;
        setWorkshop(snap.workshop);
        setState(snap.state);
        seq = snap.state.seq;
        stop = openRoomStream(roomStreamPath(code), key, {
          after: () => seq,
          onEntries: (entries) => {
            seq = entries[entries.length - 1]?.seq ?? seq;
            setState((prev) => prev && foldRoom(entries, structuredClone(prev)));
            setNow(Date.now());
          },
          onGone: (reason) => setGone(reason),
          onState: setStream,
          onRefused: (status) => setError(new ApiError(status, status === 403 ? 'forbidden' : 'gone', 'The dashboard lost access to this room.')),
        });
      })
      .catch((e: unknown) => !cancelled && setError(e instanceof ApiError ? e : new ApiError(0, 'error', String(e))));
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [code, key]);

  return { workshop, state, now, stream, error, gone };
}
