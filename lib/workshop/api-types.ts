/** The JSON shapes the workshop API returns (shared by the route handlers and the browser). */
import type { RoomEntry } from './entries';
import type { RoomState } from './room-state';

export interface WorkshopInfo {
  code: string;
  title: string;
  /** Lesson keys (`<module>/<lesson>`) in teaching order. */
  lessons: string[];
  quizzes: boolean;
  exam: boolean;
  createdAt: number;
  expiresAt: number;
  closedAt: number | null;
}

export interface CreatedWorkshop {
  workshop: WorkshopInfo;
  /** The instructor's secret: shown once, stored only as a hash. */
  instructorKey: string;
}

export interface JoinedWorkshop {
  workshop: WorkshopInfo;
  learnerId: string;
  name: string;
  /** Bearer token for this device. */
  token: string;
  /** Shown to the learner to come back on another device; null on rejoin (the old one stays valid). */
  rejoinCode: string | null;
}

export interface DashboardSnapshot {
  workshop: WorkshopInfo;
  state: RoomState;
  now: number;
}

export interface LearnerSnapshot {
  workshop: WorkshopInfo;
  learnerId: string;
  name: string;
  /** Folded from the room-wide entries and the learner's own answers only. */
  state: RoomState;
}

export interface EventsAck {
  /** Ids now durably stored (new or already known). */
  acked: string[];
  /** Ids refused for good (invalid event), with the reason. */
  rejected: Array<{ id: string; reason: string }>;
}

/** Stream events: `entries` (SSE id = last seq) and `gone` (room deleted or expired; the stream ends). */
export interface StreamEntries {
  entries: RoomEntry[];
}
export interface StreamGone {
  reason: 'deleted' | 'expired';
}
