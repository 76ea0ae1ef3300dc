/** kubectl version, cluster-info, api-resources, top, and the commands the simulator lacks. */
import { RESOURCES, apiVersionOf } from '../../../sim/k8s/resources';
import { KUBERNETES_VERSION } from '../../../sim/k8s/state';
import { CliError } from '../../command';
import { cluster, serverUrl } from '../env';
import { toJson } from '../printers/json';
import { renderTable } from '../printers/table';
import { toYaml } from '../printers/yaml';
import { apiResourcesFlags, apiResourcesHelp } from '../specs/api-resources';
import { clusterInfoFlags, clusterInfoHelp } from '../specs/cluster-info';
import { topHelp } from '../specs/top';
import { topNodeFlags, topNodeHelp } from '../specs/top-node';
import { topPodFlags, topPodHelp } from '../specs/top-pod';
import { versionFlags, versionHelp } from '../specs/version';
import { fromHelp, kubectlCommand } from './define';

export const CLIENT_VERSION = 'v1.32.4';
const KUSTOMIZE = 'v5.5.0';

export const version = kubectlCommand({
  ...fromHelp(versionHelp),
  flags: versionFlags,
  run(ctx, opts) {
    const client = ctx.env.clientVersion ?? CLIENT_VERSION;
    const clientInfo = { major: '1', minor: client.split('.')[1]!, gitVersion: client, gitCommit: '0a3a9f5dd5d6b3ba0a4cc8e54bd53bb8bd4beba2', gitTreeState: 'clean', buildDate: '2025-04-22T16:03:58Z', goVersion: 'go1.23.8', compiler: 'gc', platform: 'linux/amd64' };
    if (opts.output && opts.output !== 'json' && opts.output !== 'yaml') throw new CliError(`error: --output must be 'yaml' or 'json'`, 1);
    const server = opts.client ? null : (() => {
      try {
        cluster(ctx);
        return { major: '1', minor: '33', gitVersion: KUBERNETES_VERSION, gitCommit: '8adc0f041b8e7ad1d30e29cc59c6ae7a15e19828', gitTreeState: 'clean', buildDate: '2025-05-15T08:19:08Z', goVersion: 'go1.24.2', compiler: 'gc', platform: 'linux/amd64' };
      } catch (e) {
        if (!opts.output) ctx.out(`Client Version: ${client}\nKustomize Version: ${KUSTOMIZE}\n`);
        throw e;
      }
    })();
    const data = { clientVersion: clientInfo, kustomizeVersion: KUSTOMIZE, ...(server ? { serverVersion: server } : {}) };
    if (opts.output === 'json') ctx.out(toJson(data));
    else if (opts.output === 'yaml') ctx.out(toYaml(data));
    else ctx.out(`Client Version: ${client}\nKustomize Version: ${KUSTOMIZE}\n${server ? `Server Version: ${server.gitVersion}\n` : ''}`);
    return 0;
  },
});

const color = (code: string, text: string) => `\x1b[0;${code}m${text}\x1b[0m`;

export const clusterInfo = kubectlCommand({
  ...fromHelp(clusterInfoHelp),
  flags: clusterInfoFlags,
  run(ctx) {
    cluster(ctx);
    const url = serverUrl(ctx);
    ctx.out(`${color('32', 'Kubernetes control plane')} is running at ${color('33', url)}\n`);
    ctx.out(`${color('32', 'CoreDNS')} is running at ${color('33', `${url}/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy`)}\n`);
    ctx.out("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
  },
});

export const apiResources = kubectlCommand({
  ...fromHelp(apiResourcesHelp),
  flags: apiResourcesFlags,
  run(ctx, opts) {
    cluster(ctx);
    const list = RESOURCES.filter((t) => (!ctx.changed('namespaced') || t.namespaced === opts.namespaced) && (!opts.apiGroup || t.group === opts.apiGroup));
    if (opts.output === 'name') {
      ctx.out(list.map((t) => (t.group ? `${t.name}.${t.group}` : t.name) + '\n').join(''));
      return 0;
    }
    const rows = list.map((t) => [t.name, t.shortNames.join(','), apiVersionOf(t), String(t.namespaced), t.kind]);
    ctx.out(renderTable(opts.noHeaders ? null : ['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND'], rows));
    return 0;
  },
});

export const top = kubectlCommand({ ...fromHelp(topHelp), group: true });

const METRICS = 'error: Metrics API not available';

export const topPod = kubectlCommand({
  ...fromHelp(topPodHelp),
  aliases: ['pods', 'po'],
  at: [{ parent: 'top' }],
  flags: topPodFlags,
  run(ctx) {
    cluster(ctx);
    throw new CliError(METRICS, 1);
  },
});

export const topNode = kubectlCommand({
  ...fromHelp(topNodeHelp),
  aliases: ['nodes', 'no'],
  at: [{ parent: 'top' }],
  flags: topNodeFlags,
  run(ctx) {
    cluster(ctx);
    throw new CliError(METRICS, 1);
  },
});
