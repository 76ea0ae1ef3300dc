/**
 * Shared plumbing of the workshop route handlers: JSON in (size-limited) and out, bearer secrets,
 * the caller's address for rate limits, and WorkshopError → status code with a JSON error body.
 */
import type { ServiceContext } from '@/lib/db/server/context';
import type { Caller } from '@/lib/db/server/instructor';
import { workshopService } from '@/lib/db/server/service';
import { type ErrorBody, STATUS_BY_CODE, WorkshopError } from '@/lib/workshop/errors';

export const MAX_BODY_BYTES = 64 * 1024;

/** no-transform also keeps Next from gzipping these small bodies (a measurable cost under load). */
const NO_STORE = { 'cache-control': 'no-store, no-transform' };

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

export function errorResponse(error: unknown): Response {
  if (error instanceof WorkshopError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message, ...(Object.keys(error.fields).length ? { fields: { ...error.fields } } : {}) } };
    const headers: Record<string, string> = { ...NO_STORE };
    if (error.retryAfter) headers['retry-after'] = String(error.retryAfter);
    return Response.json(body, { status: STATUS_BY_CODE[error.code], headers });
  }
  console.error('[workshop]', error);
  return Response.json({ error: { code: 'internal', message: 'Something went wrong on the server; try again.' } }, { status: 500, headers: NO_STORE });
}

export async function readJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw new WorkshopError('too-large', `Request body over ${MAX_BODY_BYTES / 1024} KB.`);
  let text: string;
  try {
    text = await request.text();
  } catch {
    // The client went away mid-body (closed tab, timeout): nothing to log, and nobody reads the reply.
    throw new WorkshopError('invalid', 'The request body was cut off.');
  }
  if (text.length > MAX_BODY_BYTES) throw new WorkshopError('too-large', `Request body over ${MAX_BODY_BYTES / 1024} KB.`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new WorkshopError('invalid', 'The request body is not valid JSON.');
  }
}

/** The secret from `Authorization: Bearer <secret>`, or null. */
export function bearer(request: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1] ?? null;
}

/**
 * The caller's address for rate limits. Next.js fills X-Forwarded-For with the socket address unless
 * the request already carries one; behind WORKSHOP_PROXY_HOPS trusted proxies, the entry that many
 * places from the right is the client.
 */
export function caller(request: Request): Caller {
  const entries = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const hops = Math.max(0, Number(process.env.WORKSHOP_PROXY_HOPS ?? 0) || 0);
  return { ip: entries[entries.length - 1 - hops] ?? entries[0] ?? 'unknown' };
}

/** Run a handler with the service; every failure becomes a JSON error response. */
export async function handle(fn: (ctx: ServiceContext) => Promise<Response>): Promise<Response> {
  try {
    return await fn(await workshopService());
  } catch (error) {
    return errorResponse(error);
  }
}

export const sseHeaders = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-store, no-transform',
  connection: 'keep-alive',
  'x-accel-buffering': 'no',
};

/** `?after=<seq>` or the Last-Event-ID header, as a non-negative integer. */
export function cursor(request: Request): number {
  const raw = new URL(request.url).searchParams.get('after') ?? request.headers.get('last-event-id') ?? '0';
  const n = Number(raw);
  return Number.isSafeInteger(n) && n >= 0 ? n : 0;
}
