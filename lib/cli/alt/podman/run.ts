/**
 * `podman run` / `podman create`: Docker's flags (the docker verb does the work on Podman's engine),
 * with Podman's image resolution and pull output, the `podman` network by default, and `--pod`
 * (join the pod's infra network namespace; ports belong to the pod).
 */
import { CliError } from '../../command';
import { firstPositional, runDockerVerb } from './delegate';
import { podmanCommand, store, type PodmanRun } from './env';
import { requirePod, startInfra } from './pod';
import { imageForRun } from './pull';
import { checkUnprivilegedPorts, hostPorts } from './rootless';

function takeOption(args: string[], name: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if (a === name && i + 1 < args.length) {
      value = args[i + 1];
      args.splice(i, 2);
      i--;
    } else if (a.startsWith(name + '=')) {
      value = a.slice(name.length + 1);
      args.splice(i, 1);
      i--;
    }
  }
  return value;
}

function has(args: readonly string[], end: number, ...names: string[]): boolean {
  return args.slice(0, end).some((a) => names.some((n) => a === n || a.startsWith(n + '=') || (/^-[a-zA-Z]+$/.test(n) && a.startsWith(n))));
}

function runLike(verb: 'run' | 'create') {
  return (ctx: PodmanRun, _o: unknown, words: string[]): number => {
    const p = store(ctx);
    const args = [...words];
    const podName = takeOption(args, '--pod');
    const at = firstPositional(verb, args);
    if (at < 0 || at >= args.length) throw new CliError('Error: requires at least 1 arg(s), only received 0', 125);
    const before = args.slice(0, at);
    checkUnprivilegedPorts(hostPorts(before));
    const quiet = has(before, at, '-q', '--quiet');
    const { ref } = imageForRun(p, args[at]!, (t) => ctx.err(t), quiet);
    args[at] = ref;
    const extra: string[] = [];
    if (podName !== undefined) {
      const pod = requirePod(p, podName);
      if (has(before, at, '-p', '--publish', '-P', '--publish-all', '--network', '--net')) {
        throw new CliError('Error: invalid config provided: published or exposed ports must be defined when the pod is created: network cannot be configured when it is shared with a pod', 125);
      }
      startInfra(ctx, p, pod);
      extra.push('--network', `container:${pod.infraId}`);
    } else if (!has(before, at, '--network', '--net')) extra.push('--network', 'podman');
    return runDockerVerb(p, ctx.io, [verb, ...extra, ...args]);
  };
}

export const run = podmanCommand({
  use: 'run [options] IMAGE [COMMAND [ARG...]]',
  short: 'Run a command in a new container',
  long: 'Runs a command in a new container from the given image',
  disableFlagParsing: true,
  run: runLike('run'),
});

export const create = podmanCommand({
  use: 'create [options] IMAGE [COMMAND [ARG...]]',
  short: 'Create but do not start a container',
  long: 'Creates a new container from the given image or storage and prepares it for running the specified command.',
  disableFlagParsing: true,
  run: runLike('create'),
});
