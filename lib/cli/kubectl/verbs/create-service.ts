/** kubectl create service clusterip | nodeport | loadbalancer NAME --tcp=port:targetPort. */
import { CliError } from '../../command';
import { namespace } from '../env';
import { serviceObject, type ServicePortInput } from '../generators/simple';
import { createServiceHelp } from '../specs/create-service';
import { createServiceClusteripFlags, createServiceClusteripHelp } from '../specs/create-service-clusterip';
import { createServiceLoadbalancerFlags, createServiceLoadbalancerHelp } from '../specs/create-service-loadbalancer';
import { createServiceNodeportFlags, createServiceNodeportHelp } from '../specs/create-service-nodeport';
import { sendObject } from '../write';
import { fromHelp, kubectlCommand } from './define';

function ports(specs: readonly string[], nodePort = 0): ServicePortInput[] {
  return specs.map((spec) => {
    const [p, t] = spec.split(':');
    const port = Number(p);
    if (!/^\d+$/.test(p ?? '') || port < 1 || port > 65535) throw new CliError(`error: invalid port: ${p}`, 1);
    const target = t === undefined ? port : /^\d+$/.test(t) ? Number(t) : t;
    return { name: t === undefined ? String(p) : `${p}-${t}`, port, targetPort: target, ...(nodePort ? { nodePort } : {}) };
  });
}

function name(path: string, args: readonly string[]): string {
  if (args.length !== 1) throw new CliError(`error: exactly one NAME is required, got ${args.length}\nSee '${path} -h' for help and examples`, 1);
  return args[0]!;
}

export const createService = kubectlCommand({ ...fromHelp(createServiceHelp), aliases: ['svc'], group: true, at: [{ parent: 'create' }] });

export const createServiceClusterip = kubectlCommand({
  ...fromHelp(createServiceClusteripHelp),
  at: [{ parent: 'create service' }],
  flags: createServiceClusteripFlags,
  run(ctx, opts, args) {
    const n = name('kubectl create service clusterip', args);
    const headless = opts.clusterip === 'None';
    if (opts.tcp.length === 0 && !headless) throw new CliError('error: at least one tcp port specifier must be provided', 1);
    const obj = serviceObject({ name: n, labels: { app: n }, ports: ports(opts.tcp), selector: { app: n }, type: 'ClusterIP', clusterIP: opts.clusterip, ...(ctx.changed('namespace') ? { namespace: namespace(ctx) } : {}) });
    sendObject(ctx, obj, { output: opts.output, dryRun: opts.dryRun, failure: 'failed to create ClusterIP service: ' });
  },
});

export const createServiceNodeport = kubectlCommand({
  ...fromHelp(createServiceNodeportHelp),
  at: [{ parent: 'create service' }],
  flags: createServiceNodeportFlags,
  run(ctx, opts, args) {
    const n = name('kubectl create service nodeport', args);
    if (opts.tcp.length === 0) throw new CliError('error: at least one tcp port specifier must be provided', 1);
    const obj = serviceObject({ name: n, labels: { app: n }, ports: ports(opts.tcp, opts.nodePort), selector: { app: n }, type: 'NodePort', ...(ctx.changed('namespace') ? { namespace: namespace(ctx) } : {}) });
    sendObject(ctx, obj, { output: opts.output, dryRun: opts.dryRun, failure: 'failed to create NodePort service: ' });
  },
});

export const createServiceLoadbalancer = kubectlCommand({
  ...fromHelp(createServiceLoadbalancerHelp),
  at: [{ parent: 'create service' }],
  flags: createServiceLoadbalancerFlags,
  run(ctx, opts, args) {
    const n = name('kubectl create service loadbalancer', args);
    if (opts.tcp.length === 0) throw new CliError('error: at least one tcp port specifier must be provided', 1);
    const obj = serviceObject({ name: n, labels: { app: n }, ports: ports(opts.tcp), selector: { app: n }, type: 'LoadBalancer', ...(ctx.changed('namespace') ? { namespace: namespace(ctx) } : {}) });
    sendObject(ctx, obj, { output: opts.output, dryRun: opts.dryRun, failure: 'failed to create LoadBalancer service: ' });
  },
});
