/**
 * The simulated API server's typed errors as kubectl prints them: `Error from server (NotFound):
 * deployments.apps "x" not found`, `The Deployment "x" is invalid: …` (one cause inline, several
 * as a `*` list), label selector parse errors.
 */
import { K8sError, NoMatchError } from '../../sim/k8s/errors';
import { SelectorError } from '../../sim/k8s/selector';
import { CliError } from '../command';

export function kubeErrorText(e: K8sError): string {
  if (e.reason === 'Invalid' && e.details) {
    const head = `The ${e.details.kind} "${e.details.name}" is invalid: `;
    if (e.details.causes.length === 1) return head + e.details.causes[0];
    return head + '\n' + e.details.causes.map((c) => `* ${c}`).join('\n');
  }
  return `Error from server (${e.reason}): ${e.message}`;
}

export function mapKubeError(error: unknown): CliError | undefined {
  if (error instanceof K8sError) return new CliError(kubeErrorText(error), 1);
  if (error instanceof NoMatchError) return new CliError(`error: ${error.message}`, 1);
  if (error instanceof SelectorError) return new CliError(`error: ${error.message}`, 1);
  return undefined;
}

/** The same error as met while working through a file (`error when creating "x.yaml": …`). */
export function withSource(e: unknown, verb: string, file: string): unknown {
  if (!(e instanceof K8sError) || e.reason === 'Invalid') return e;
  return new K8sError(e.reason, `error when ${verb} "${file}": ${e.message}`, e.details);
}
