'use client';

import { useCallback, useEffect, useState } from 'react';
import type { WorkshopInfo } from '@/lib/workshop/api-types';
import type { OutboxStatus } from '@/lib/workshop/outbox';
import { foldRoom, type RoomState } from '@/lib/workshop/room-state';
import { ApiError, LEARNER_STREAM_PATH, workshopApi } from './api';
import { clearMembership, markClosed, type Membership, readMembership, subscribeMembership } from './membership';
import { workshopOutbox } from './reporter';
import { openRoomStream, type StreamState } from './stream-client';
import { useLessonCompletion } from './use-lesson-completion';

export interface LearnerRoom {
  member: Membership | null;
  workshop: WorkshopInfo | null;
  state: RoomState | null;
  stream: StreamState;
  outbox: OutboxStatus | null;
  error: string | null;
  answer(quizId: string, choice: number): Promise<void>;
  leave(): void;
}

/** The learner's live view of their room: snapshot, then streamed entries; plus the outbox status. */
export function useLearnerRoom(): LearnerRoom {
  const [member, setMember] = useState<Membership | null>(null);
  const [workshop, setWorkshop] = useState<WorkshopInfo | null>(null);
  const [state, setState] = useState<RoomState | null>(null);
  const [stream, setStream] = useState<StreamState>('connecting');
  const [outbox, setOutbox] = useState<OutboxStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const load = () => setMember(readMembership());
    load();
    return subscribeMembership(load);
  }, []);

  useLessonCompletion(member);

  const token = member?.token ?? null;
  useEffect(() => {
    if (!token) return;
    const box = workshopOutbox();
    if (!box) return;
    setOutbox(box.status());
    const off = box.subscribe(setOutbox);
    void box.flush();
    return off;
  }, [token]);

  useEffect(() => {
    if (!token) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    let seq = 0;
    workshopApi
      .me(token)
      .then((snap) => {
        if (cancelled) return;
        setWorkshop(snap.workshop);
        setState(snap.state);
        seq = snap.state.seq;
        stop = openRoomStream(LEARNER_STREAM_PATH, token, {
          after: () => seq,
          onEntries: (entries) => {
            seq = entries[entries.length - 1]?.seq ?? seq;
            setState((prev) => prev && foldRoom(entries, structuredClone(prev)));
          },
          onGone: () => clearMembership(),
          onState: setStream,
          onRefused: (status) => (status === 410 ? markClosed() : clearMembership()),
        });
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        if (e instanceof ApiError && (e.status === 401 || e.status === 404)) clearMembership();
        else if (e instanceof ApiError && e.status === 410) markClosed();
        setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [token]);

  const answer = useCallback(
    async (quizId: string, choice: number) => {
      if (!member) return;
      await workshopApi.answer(member.token, quizId, choice);
      setState((prev) => {
        if (!prev) return prev;
        const next = structuredClone(prev);
        const quiz = next.quizzes.find((q) => q.id === quizId);
        if (quiz) quiz.answers[member.learnerId] = choice;
        return next;
      });
    },
    [member],
  );

  return { member, workshop, state, stream, outbox, error, answer, leave: clearMembership };
}
