/** The kubectl commands the simulator does not implement, and `kubectl options`. */
import type { Command } from '../../command';
import { CliError, noArgs } from '../../command';
import type { KubectlEnv } from '../env';
import { optionsHelp } from '../help';
import { kubectlCommand } from './define';
import { rootFlags } from '../specs/root';
import { defineFlags } from '../../flags/flag-set';

const MISSING: ReadonlyArray<[string, string]> = [
  ['autoscale', 'Auto-scale a deployment, replica set, stateful set, or replication controller'],
  ['certificate', 'Modify certificate resources'],
  ['cordon', 'Mark node as unschedulable'],
  ['uncordon', 'Mark node as schedulable'],
  ['drain', 'Drain node in preparation for maintenance'],
  ['taint', 'Update the taints on one or more nodes'],
  ['attach', 'Attach to a running container'],
  ['proxy', 'Run a proxy to the Kubernetes API server'],
  ['cp', 'Copy files and directories to and from containers'],
  ['auth', 'Inspect authorization'],
  ['debug', 'Create debugging sessions for troubleshooting workloads and nodes'],
  ['diff', 'Diff the live version against a would-be applied version'],
  ['edit', 'Edit a resource on the server'],
  ['patch', 'Update fields of a resource'],
  ['replace', 'Replace a resource by file name or stdin'],
  ['kustomize', 'Build a kustomization target from a directory or URL'],
  ['completion', 'Output shell completion code for the specified shell (bash, zsh, fish, or powershell)'],
  ['api-versions', 'Print the supported API versions on the server, in the form of "group/version"'],
  ['plugin', 'Provides utilities for interacting with plugins'],
  ['explain', 'Get documentation for a resource'],
];

export const STUBS: readonly Command<KubectlEnv>[] = MISSING.map(([name, short]) =>
  kubectlCommand({
    use: name,
    short,
    disableFlagParsing: true,
    run() {
      throw new CliError(`error: 'kubectl ${name}' is not available in the Dockerlings simulator`, 1);
    },
  }),
);

export const options = kubectlCommand({
  use: 'options',
  short: 'Print the list of flags inherited by all commands',
  args: noArgs,
  run(ctx) {
    ctx.out(optionsHelp(defineFlags(rootFlags)));
  },
});
