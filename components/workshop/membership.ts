/**
 * This browser's place in a workshop, kept in localStorage: which room, the learner's name, the device
 * token and the rejoin code. No membership, no reporting. Instructors' keys for rooms created here are
 * kept too, so the dashboard link keeps working after a reload.
 */

export interface Membership {
  v: 1;
  code: string;
  title: string;
  learnerId: string;
  name: string;
  token: string;
  rejoinCode: string | null;
  lessons: string[];
  /** Set when the server says the room is closed: nothing more is reported. */
  closed?: boolean;
}

export const MEMBERSHIP_KEY = 'dockerlings.workshop.member';
export const OUTBOX_KEY = 'dockerlings.workshop.outbox';
export const INSTRUCTOR_KEY = 'dockerlings.workshop.instructor';
/** The workshop lessons this learner has reported as completed from this device. */
export const reportedLessonsKey = (learnerId: string) => `dockerlings.workshop.lessons-done.${learnerId}`;
const CHANGED = 'dockerlings:workshop-membership';

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage disabled (privacy settings)
  }
}

export function readMembership(): Membership | null {
  const raw = storage()?.getItem(MEMBERSHIP_KEY);
  if (!raw) return null;
  try {
    const m = JSON.parse(raw) as Partial<Membership>;
    if (m.v === 1 && typeof m.code === 'string' && typeof m.token === 'string' && typeof m.name === 'string' && Array.isArray(m.lessons)) return m as Membership;
  } catch {
    // fall through: unreadable data is no membership
  }
  return null;
}

export function saveMembership(m: Membership): void {
  storage()?.setItem(MEMBERSHIP_KEY, JSON.stringify(m));
  window.dispatchEvent(new Event(CHANGED));
}

export function markClosed(): void {
  const m = readMembership();
  if (m && !m.closed) saveMembership({ ...m, closed: true });
}

/** Leave the room on this device (the queue goes too: nothing left to deliver it to). */
export function clearMembership(): void {
  const learnerId = readMembership()?.learnerId;
  if (learnerId) storage()?.removeItem(reportedLessonsKey(learnerId));
  storage()?.removeItem(MEMBERSHIP_KEY);
  storage()?.removeItem(OUTBOX_KEY);
  window.dispatchEvent(new Event(CHANGED));
}

/** Calls `fn` when the membership changes in this tab or another. */
export function subscribeMembership(fn: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === MEMBERSHIP_KEY || e.key === null) fn();
  };
  window.addEventListener(CHANGED, fn);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(CHANGED, fn);
    window.removeEventListener('storage', onStorage);
  };
}

/** Instructor keys of rooms created (or opened) in this browser, by room code. */
export function readInstructorKeys(): Record<string, { key: string; title: string }> {
  try {
    const v = JSON.parse(storage()?.getItem(INSTRUCTOR_KEY) ?? '{}') as unknown;
    return v && typeof v === 'object' ? (v as Record<string, { key: string; title: string }>) : {};
  } catch {
    return {};
  }
}

export function rememberInstructorKey(code: string, key: string, title: string): void {
  storage()?.setItem(INSTRUCTOR_KEY, JSON.stringify({ ...readInstructorKeys(), [code]: { key, title } }));
}

export function forgetInstructorKey(code: string): void {
  const all = readInstructorKeys();
  delete all[code];
  storage()?.setItem(INSTRUCTOR_KEY, JSON.stringify(all));
}
