/** Typed workshop errors. The route handlers map `code` to an HTTP status; the UI shows `message`. */

export type WorkshopErrorCode =
  | 'invalid' // input failed validation
  | 'not-found' // no such room (or it was deleted)
  | 'expired' // the room's time is up
  | 'closed' // the instructor closed the room
  | 'duplicate-name' // someone in the room already uses that display name
  | 'unauthorized' // missing or unknown learner token
  | 'forbidden' // missing or wrong instructor key
  | 'bad-rejoin' // name + rejoin code do not match
  | 'quiz-closed' // answering a live quiz that is no longer open
  | 'rate-limited'
  | 'too-large'; // request body over the limit

export class WorkshopError extends Error {
  constructor(
    readonly code: WorkshopErrorCode,
    message: string,
    /** Per-field problems for `invalid`, e.g. `{ name: 'at most 40 characters' }`. */
    readonly fields: Readonly<Record<string, string>> = {},
    /** For `rate-limited`: seconds until a retry may succeed. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'WorkshopError';
  }
}

export const STATUS_BY_CODE: Readonly<Record<WorkshopErrorCode, number>> = {
  invalid: 400,
  'not-found': 404,
  expired: 410,
  closed: 410,
  'duplicate-name': 409,
  unauthorized: 401,
  forbidden: 403,
  'bad-rejoin': 403,
  'quiz-closed': 409,
  'rate-limited': 429,
  'too-large': 413,
};

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { code: WorkshopErrorCode; message: string; fields?: Record<string, string> };
}
