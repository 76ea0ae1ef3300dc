/** minikube stop, delete, status and ip. */
import { advance } from '../../../sim/index';
import { deleteMinikube, stopMinikube } from '../../../sim/k8s/minikube';
import { minikubeOf, NODE_IP, PROFILE } from '../../../sim/k8s/state';
import { CliError, f, noArgs } from '../../command';
import { home, hostState, kubeconfigConfigured, NOT_FOUND, profile, running } from '../env';
import { removeProfileFiles } from '../files';
import { minikubeCommand } from './define';

export const stop = minikubeCommand({
  use: 'stop',
  short: 'Stops a running local Kubernetes cluster',
  args: noArgs,
  flags: { all: f.bool({ usage: 'Set flag to stop all profiles (clusters)' }) },
  run(ctx) {
    profile(ctx);
    const wasRunning = stopMinikube(ctx.env.eng);
    if (wasRunning) advance(ctx.env.eng, 12_000);
    ctx.out(`✋  Stopping node "${PROFILE}"  ...\n${wasRunning ? `🛑  Powering off "${PROFILE}" via SSH ...\n` : ''}🛑  1 node stopped.\n`);
  },
});

export const del = minikubeCommand({
  use: 'delete',
  short: 'Deletes a local Kubernetes cluster',
  args: noArgs,
  flags: { all: f.bool({ usage: 'Set flag to delete all profiles' }), purge: f.bool({ usage: 'Set this flag to delete the \'.minikube\' folder from your user directory.' }) },
  run(ctx, opts) {
    const existed = deleteMinikube(ctx.env.eng);
    removeProfileFiles(ctx.io.fs, ctx.io.env, home(ctx));
    if (opts.purge) ctx.io.fs.rm(`${home(ctx)}/.minikube`, { recursive: true, force: true });
    if (!existed) {
      ctx.out(`🙄  "${PROFILE}" profile does not exist, trying anyways.\n💀  Removed all traces of the "${PROFILE}" cluster.\n`);
      return 0;
    }
    advance(ctx.env.eng, 4_000);
    ctx.out(`🔥  Deleting "${PROFILE}" in docker ...\n🔥  Deleting container "${PROFILE}" ...\n🔥  Removing ${home(ctx)}/.minikube/machines/${PROFILE} ...\n💀  Removed all traces of the "${PROFILE}" cluster.\n`);
    return 0;
  },
});

export const status = minikubeCommand({
  use: 'status',
  short: 'Gets the status of a local Kubernetes cluster',
  args: noArgs,
  flags: { output: f.string({ short: 'o', default: 'text', usage: 'minikube status --output OUTPUT. json, text' }) },
  run(ctx, opts) {
    const p = minikubeOf(ctx.env.eng);
    if (!p) {
      ctx.out(NOT_FOUND + '\n');
      return 85;
    }
    const host = hostState(ctx, p);
    const up = host === 'Running';
    const component = up ? 'Running' : host;
    const kubeconfig = up ? (kubeconfigConfigured(ctx) ? 'Configured' : 'Misconfigured') : host;
    if (opts.output === 'json') ctx.out(JSON.stringify({ Name: PROFILE, Host: host, Kubelet: component, APIServer: component, Kubeconfig: kubeconfig, Worker: false }) + '\n');
    else ctx.out(`${PROFILE}\ntype: Control Plane\nhost: ${host}\nkubelet: ${component}\napiserver: ${component}\nkubeconfig: ${kubeconfig}\n\n`);
    return up ? 0 : 7;
  },
});

export const ip = minikubeCommand({
  use: 'ip',
  short: 'Retrieves the IP address of the specified node',
  args: noArgs,
  run(ctx) {
    running(ctx);
    ctx.out(NODE_IP + '\n');
  },
});

export const version = minikubeCommand({
  use: 'version',
  short: 'Print the version of minikube',
  args: noArgs,
  flags: { short: f.bool({ usage: 'Print just the version number.' }), output: f.string({ short: 'o', usage: 'One of \'yaml\' or \'json\'.' }) },
  run(ctx, opts) {
    if (opts.short) ctx.out('v1.36.0\n');
    else if (opts.output === 'json') ctx.out('{"commit":"f8f52f5de11fc6ad8244afac475e1d0f96841df1","minikubeVersion":"v1.36.0"}\n');
    else if (opts.output !== '' && opts.output !== 'yaml') throw new CliError(`❌  Exiting due to MK_USAGE: Invalid output format: ${opts.output}. Valid values: 'json', 'yaml'`, 14);
    else ctx.out('minikube version: v1.36.0\ncommit: f8f52f5de11fc6ad8244afac475e1d0f96841df1\n');
  },
});
