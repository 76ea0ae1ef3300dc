/**
 * minikube service NAME [--url]: the NodePort URLs on the node's IP (what `curl` on the host can
 * reach), a table and "Opening service…" without --url; `service list` for every service.
 */
import { NODE_IP } from '../../../sim/k8s/state';
import { liveCtx } from '../../../sim/k8s/state';
import { getObject, listObjects } from '../../../sim/k8s/store';
import type { Service } from '../../../sim/k8s/types';
import { CliError, f, exactArgs, noArgs } from '../../command';
import { running } from '../env';
import { minikubeCommand } from './define';

function table(rows: string[][]): string {
  const header = ['NAMESPACE', 'NAME', 'TARGET PORT', 'URL'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const rule = '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|\n';
  const line = (r: string[], right: boolean[]) => '|' + r.map((c, i) => ' ' + (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)) + ' ').join('|') + '|\n';
  return rule + line(header, header.map(() => false)) + rule + rows.map((r) => line(r, [false, false, true, false])).join('') + rule;
}

function urls(svc: Service, https: boolean): string[] {
  return (svc.spec.ports ?? []).filter((p) => p.nodePort).map((p) => `${https ? 'https' : 'http'}://${NODE_IP}:${p.nodePort}`);
}

export const service = minikubeCommand({
  use: 'service [flags] SERVICE',
  short: 'Returns a URL to connect to a service',
  args: exactArgs(1),
  flags: {
    url: f.bool({ usage: "Display the Kubernetes service URL in the CLI instead of opening it in the default browser" }),
    namespace: f.string({ short: 'n', default: 'default', usage: 'The service namespace' }),
    https: f.bool({ usage: 'Open the service URL with https instead of http (defaults to "false")' }),
    all: f.bool({ usage: 'Forwards all services in a namespace (defaults to "false")' }),
  },
  run(ctx, opts, args) {
    running(ctx);
    const k = liveCtx(ctx.env.eng)!;
    const name = args[0]!;
    const svc = getObject<Service>(k, 'services', opts.namespace, name);
    if (!svc) {
      throw new CliError(`\n❌  Exiting due to SVC_NOT_FOUND: Service '${name}' was not found in '${opts.namespace}' namespace.\nYou may select another namespace by using 'minikube service ${name} -n <namespace>'. Or list out all the services using 'minikube service list'\n`, 1);
    }
    const list = urls(svc, opts.https);
    if (list.length === 0) {
      ctx.err(`😿  service ${opts.namespace}/${name} has no node port\n`);
      return 0;
    }
    if (opts.url) {
      ctx.out(list.map((u) => u + '\n').join(''));
      return 0;
    }
    const rows = (svc.spec.ports ?? []).filter((p) => p.nodePort).map((p, i) => [opts.namespace, name, String(p.name || p.targetPort), list[i]!]);
    ctx.out(table(rows) + `🎉  Opening service ${opts.namespace}/${name} in default browser...\n`);
    return 0;
  },
});

export const serviceList = minikubeCommand({
  use: 'list [flags]',
  short: 'Lists the URLs for the services in your local cluster',
  args: noArgs,
  at: [{ parent: 'service' }],
  flags: { namespace: f.string({ short: 'n', usage: 'The services namespace' }) },
  run(ctx, opts) {
    running(ctx);
    const k = liveCtx(ctx.env.eng)!;
    const rows = listObjects<Service>(k, 'services', opts.namespace || undefined).map((s) => {
      const u = urls(s, false);
      return [s.metadata.namespace ?? '', s.metadata.name, u.length ? String(s.spec.ports?.[0]?.name || s.spec.ports?.[0]?.targetPort || '') : 'No node port', u.length ? u.join('\n') : ''];
    });
    ctx.out(table(rows.map((r) => (r[2] === 'No node port' ? [r[0]!, r[1]!, '', 'No node port'] : r))));
  },
});
