/**
 * docker's pattern for verbs over several containers (stop, kill, rm, pause…): run the operation
 * for each name, print each name that succeeded, then report every failure joined (Go's
 * errors.Join) with exit status 1.
 */
import { EngineError } from '../../../sim/index';
import { CliError, type RunContext } from '../../command';
import { daemonMessage, type DockerEnv } from '../env';

/** The client's text for an error thrown by an engine operation. */
export function clientText(e: unknown): string {
  if (e instanceof EngineError) return daemonMessage(e);
  if (e instanceof CliError || e instanceof Error) return e.message;
  return String(e);
}

/**
 * `op` returns normally on success; throws an engine error on failure. `notModified` answers
 * (already stopped / already started) count as success, as for the docker client.
 */
export function forEachContainer(ctx: RunContext<DockerEnv>, names: readonly string[], op: (name: string) => void, onError?: (name: string, e: unknown) => 'skip' | void): number {
  const errors: string[] = [];
  for (const name of names) {
    try {
      op(name);
    } catch (e) {
      if (e instanceof EngineError && e.kind === 'notModified') {
        ctx.out(name + '\n');
        continue;
      }
      if (!(e instanceof EngineError) && !(e instanceof CliError)) throw e;
      if (onError?.(name, e) === 'skip') continue;
      errors.push(clientText(e));
      continue;
    }
    ctx.out(name + '\n');
  }
  if (errors.length > 0) throw new CliError(errors.join('\n'), 1);
  return 0;
}
