/** Typed calls to the workshop API from the browser; failures throw ApiError with the server's words. */
import type { CreatedWorkshop, DashboardSnapshot, JoinedWorkshop, LearnerSnapshot } from '@/lib/workshop/api-types';
import type { ErrorBody } from '@/lib/workshop/errors';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

async function call<T>(method: string, path: string, options: { secret?: string; body?: unknown } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      cache: 'no-store',
      headers: {
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.secret ? { authorization: `Bearer ${options.secret}` } : {}),
      },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
  } catch {
    throw new ApiError(0, 'offline', 'Could not reach the server. Check your connection and try again.');
  }
  if (res.ok) return (res.headers.get('content-type') ?? '').includes('json') ? ((await res.json()) as T) : ((await res.text()) as T);
  const body = (await res.json().catch(() => null)) as ErrorBody | null;
  throw new ApiError(res.status, body?.error.code ?? 'error', body?.error.message ?? `The server answered ${res.status}.`, body?.error.fields ?? {});
}

const room = (code: string) => `/api/workshop/rooms/${encodeURIComponent(code)}`;

export const workshopApi = {
  create: (body: { title: string; lessons: string[]; quizzes: boolean; exam: boolean }) => call<CreatedWorkshop>('POST', '/api/workshop/rooms', { body }),
  join: (body: { code: string; name: string }) => call<JoinedWorkshop>('POST', '/api/workshop/join', { body }),
  rejoin: (body: { code: string; name: string; rejoinCode: string }) => call<JoinedWorkshop>('POST', '/api/workshop/rejoin', { body }),
  me: (token: string) => call<LearnerSnapshot>('GET', '/api/workshop/me', { secret: token }),
  answer: (token: string, quizId: string, choice: number) => call<{ quizId: string; choice: number }>('POST', '/api/workshop/me/answer', { secret: token, body: { quizId, choice } }),
  dashboard: (code: string, key: string) => call<DashboardSnapshot>('GET', room(code), { secret: key }),
  unlock: (code: string, key: string, count: number) => call<{ unlocked: number }>('POST', `${room(code)}/unlock`, { secret: key, body: { count } }),
  broadcast: (code: string, key: string, style: 'message' | 'hint', text: string) => call<{ seq: number }>('POST', `${room(code)}/broadcast`, { secret: key, body: { style, text } }),
  openQuiz: (code: string, key: string, body: { prompt: string; options: string[]; correct: number | null }) => call<{ quizId: string }>('POST', `${room(code)}/quiz`, { secret: key, body }),
  closeQuiz: (code: string, key: string, quizId: string) => call<{ closed: string }>('POST', `${room(code)}/quiz/close`, { secret: key, body: { quizId } }),
  close: (code: string, key: string) => call<{ closedAt: number }>('POST', `${room(code)}/close`, { secret: key }),
  remove: (code: string, key: string) => call<{ deleted: true }>('DELETE', room(code), { secret: key }),
  exportCsv: (code: string, key: string) => call<string>('GET', `${room(code)}/export`, { secret: key }),
};

export const roomStreamPath = (code: string) => `${room(code)}/stream`;
export const LEARNER_STREAM_PATH = '/api/workshop/me/stream';
