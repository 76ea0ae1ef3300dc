/**
 * kubectl create: from files (-f), and the generators create deployment / namespace / configmap /
 * secret generic / service clusterip|nodeport|loadbalancer.
 */
import { CliError } from '../../command';
import { namespace } from '../env';
import { deploymentObject } from '../generators/workloads';
import { configMapObject, namespaceObject, secretObject } from '../generators/simple';
import { readKeyValues } from '../key-values';
import { applyFiles } from '../manifests-run';
import { requiredFlagsLine } from '../offline';
import { createFlags, createHelp } from '../specs/create';
import { createConfigmapFlags, createConfigmapHelp } from '../specs/create-configmap';
import { createDeploymentFlags, createDeploymentHelp } from '../specs/create-deployment';
import { createNamespaceFlags, createNamespaceHelp } from '../specs/create-namespace';
import { createSecretHelp } from '../specs/create-secret';
import { createSecretGenericFlags, createSecretGenericHelp } from '../specs/create-secret-generic';
import { sendObject } from '../write';
import { fromHelp, kubectlCommand } from './define';
import { toBase64 } from '../../../sim/k8s/util';

const oneName = (path: string) => (args: readonly string[]) => {
  if (args.length !== 1) throw new CliError(`error: exactly one NAME is required, got ${args.length}\nSee '${path} -h' for help and examples`, 1);
  return args[0]!;
};

export const create = kubectlCommand({
  ...fromHelp(createHelp),
  flags: createFlags,
  run(ctx, opts) {
    if (opts.filename.length === 0 && !opts.kustomize) throw new CliError('error: must specify one of -f and -k', 1);
    return applyFiles(ctx, opts.filename, { mode: 'create', output: opts.output, dryRun: opts.dryRun, recursive: opts.recursive });
  },
});

export const createDeployment = kubectlCommand({
  ...fromHelp(createDeploymentHelp),
  aliases: ['deploy'],
  at: [{ parent: 'create' }],
  flags: createDeploymentFlags,
  run(ctx, opts, args) {
    if (opts.image.length === 0) {
      ctx.err(requiredFlagsLine(ctx.env.eng, ['image']));
      return 1;
    }
    const dash = ctx.argsLenAtDash;
    const names = dash >= 0 ? args.slice(0, dash) : args;
    const command = dash >= 0 ? args.slice(dash) : [];
    const name = oneName('kubectl create deployment')(names);
    if (command.length > 0 && opts.image.length > 1) throw new CliError('error: cannot specify multiple --image options and command', 1);
    const obj = deploymentObject({ name, images: opts.image, replicas: opts.replicas, port: opts.port, command, namespace: ctx.changed('namespace') ? namespace(ctx) : undefined });
    sendObject(ctx, obj, { output: opts.output, dryRun: opts.dryRun, failure: 'failed to create deployment: ' });
    return 0;
  },
});

export const createNamespace = kubectlCommand({
  ...fromHelp(createNamespaceHelp),
  aliases: ['ns'],
  at: [{ parent: 'create' }],
  flags: createNamespaceFlags,
  run(ctx, opts, args) {
    sendObject(ctx, namespaceObject(oneName('kubectl create namespace')(args)), { output: opts.output, dryRun: opts.dryRun });
  },
});

export const createConfigmap = kubectlCommand({
  ...fromHelp(createConfigmapHelp),
  aliases: ['cm'],
  at: [{ parent: 'create' }],
  flags: createConfigmapFlags,
  run(ctx, opts, args) {
    const name = oneName('kubectl create configmap')(args);
    const data = readKeyValues(ctx, opts.fromLiteral, opts.fromFile, opts.fromEnvFile);
    sendObject(ctx, configMapObject(name, data, ctx.changed('namespace') ? namespace(ctx) : undefined), { output: opts.output, dryRun: opts.dryRun, failure: 'failed to create configmap: ' });
  },
});

export const createSecret = kubectlCommand({ ...fromHelp(createSecretHelp), group: true, at: [{ parent: 'create' }] });

export const createSecretGeneric = kubectlCommand({
  ...fromHelp(createSecretGenericHelp),
  at: [{ parent: 'create secret' }],
  flags: createSecretGenericFlags,
  run(ctx, opts, args) {
    const name = oneName('kubectl create secret generic')(args);
    const raw = readKeyValues(ctx, opts.fromLiteral, opts.fromFile, opts.fromEnvFile);
    const data = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, toBase64(v)]));
    sendObject(ctx, secretObject(name, data, opts.type, ctx.changed('namespace') ? namespace(ctx) : undefined), { output: opts.output, dryRun: opts.dryRun, failure: 'failed to create secret ' });
  },
});

