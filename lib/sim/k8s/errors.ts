/**
 * The API server's status errors, typed. `reason` is the StatusReason kubectl prints in
 * `Error from server (NotFound): …`; `message` is the server's text after it.
 */
import { ExpectedError } from '../../expected-error';

export type StatusReason = 'NotFound' | 'AlreadyExists' | 'BadRequest' | 'Invalid' | 'Conflict' | 'Forbidden' | 'MethodNotAllowed' | 'InternalError';

const CODES: Record<StatusReason, number> = {
  NotFound: 404,
  AlreadyExists: 409,
  BadRequest: 400,
  Invalid: 422,
  Conflict: 409,
  Forbidden: 403,
  MethodNotAllowed: 405,
  InternalError: 500,
};

/** An outcome shown by its message: no stack trace captured (ExpectedError). */
export class K8sError extends ExpectedError {
  readonly code: number;
  constructor(
    readonly reason: StatusReason,
    message: string,
    /** For Invalid: the kind, name and field causes kubectl lists (`The Deployment "x" is invalid: …`). */
    readonly details?: { kind: string; name: string; causes: readonly string[] },
  ) {
    super(message);
    this.name = 'K8sError';
    this.code = CODES[reason];
  }
}

/** `deployments.apps "nope" not found`. */
export function notFound(groupResource: string, name: string): K8sError {
  return new K8sError('NotFound', `${groupResource} "${name}" not found`);
}

export function alreadyExists(groupResource: string, name: string): K8sError {
  return new K8sError('AlreadyExists', `${groupResource} "${name}" already exists`);
}

/** A field validation failure: `The Deployment "x" is invalid: spec.replicas: Invalid value: -1: must be…`. */
export function invalid(kind: string, groupKind: string, name: string, causes: readonly string[]): K8sError {
  const detail = causes.length === 1 ? causes[0]! : `[${causes.join(', ')}]`;
  return new K8sError('Invalid', `${groupKind} "${name}" is invalid: ${detail}`, { kind, name, causes });
}

/** The cluster cannot be reached (stopped or deleted minikube, no kubeconfig). */
export class UnreachableError extends Error {
  constructor(readonly server: string) {
    super(`cluster at ${server} is unreachable`);
    this.name = 'UnreachableError';
  }
}

/** kubectl's REST mapping failed: the server has no such kind in that version. */
export class NoMatchError extends Error {
  constructor(
    readonly kind: string,
    readonly version: string,
  ) {
    super(`no matches for kind "${kind}" in version "${version}"`);
    this.name = 'NoMatchError';
  }
}
