/** minikube addons list / enable / disable, and minikube dashboard. */
import { f, exactArgs, noArgs, CliError } from '../../command';
import { PROFILE } from '../../../sim/k8s/state';
import { profile, running } from '../env';
import { minikubeCommand } from './define';

const ADDONS: ReadonlyArray<[string, string]> = [
  ['ambassador', '3rd party (Ambassador)'],
  ['dashboard', 'Kubernetes'],
  ['default-storageclass', 'Kubernetes'],
  ['ingress', 'Kubernetes'],
  ['ingress-dns', 'minikube'],
  ['metrics-server', 'Kubernetes'],
  ['registry', 'minikube'],
  ['storage-provisioner', 'minikube'],
];

export const addons = minikubeCommand({ use: 'addons SUBCOMMAND [flags]', short: 'Enable or disable a minikube addon', group: true });

export const addonsList = minikubeCommand({
  use: 'list',
  short: 'Lists all available minikube addons as well as their current statuses (enabled/disabled)',
  args: noArgs,
  at: [{ parent: 'addons' }],
  flags: { output: f.string({ short: 'o', default: 'list', usage: 'minikube addons list --output OUTPUT. json, list' }) },
  run(ctx) {
    const p = profile(ctx);
    const rows = ADDONS.map(([name, maintainer]) => [name, PROFILE, p.addons[name] ? 'enabled ✅' : 'disabled', maintainer]);
    const header = ['ADDON NAME', 'PROFILE', 'STATUS', 'MAINTAINER'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]!].length)));
    const rule = '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|\n';
    const line = (r: string[]) => '|' + r.map((c, i) => ' ' + c + ' '.repeat(widths[i]! - [...c].length) + ' ').join('|') + '|\n';
    ctx.out(rule + line(header) + rule + rows.map(line).join('') + rule);
  },
});

function toggle(enable: boolean) {
  return minikubeCommand({
    use: `${enable ? 'enable' : 'disable'} ADDON_NAME`,
    short: `${enable ? 'Enables' : 'Disables'} the addon w/ADDON_NAME within minikube. For a list of available addons use: minikube addons list `,
    args: exactArgs(1),
    at: [{ parent: 'addons' }],
    run(ctx, _o, args) {
      const p = running(ctx);
      const name = args[0]!;
      if (!ADDONS.some(([n]) => n === name)) throw new CliError(`\n❌  Exiting due to MK_ADDON_ENABLE: run callbacks: ${name} is not a valid addon`, 10);
      p.addons[name] = enable;
      ctx.out(enable ? `🌟  The '${name}' addon is enabled\n` : `🌑  "The '${name}' addon is disabled\n`);
    },
  });
}

export const addonsEnable = toggle(true);
export const addonsDisable = toggle(false);

export const dashboard = minikubeCommand({
  use: 'dashboard',
  short: "Access the Kubernetes dashboard running within the minikube cluster",
  args: noArgs,
  flags: { url: f.bool({ usage: "Display dashboard URL instead of opening a browser" }), port: f.int({ usage: 'Exposed port of the proxyfied dashboard. Set to 0 to pick a random port.' }) },
  run(ctx, opts) {
    const p = running(ctx);
    let out = '';
    if (!p.addons['dashboard']) {
      p.addons['dashboard'] = true;
      out += "🔌  Enabling dashboard ...\n    ▪ Using image docker.io/kubernetesui/dashboard:v2.7.0\n    ▪ Using image docker.io/kubernetesui/metrics-scraper:v1.0.8\n💡  Some dashboard features require the metrics-server addon. To enable all features please run:\n\n\tminikube addons enable metrics-server\n\n";
    }
    const url = `http://127.0.0.1:${opts.port || 36171}/api/v1/namespaces/kubernetes-dashboard/services/http:kubernetes-dashboard:/proxy/`;
    out += '🤔  Verifying dashboard health ...\n🚀  Launching proxy ...\n🤔  Verifying proxy health ...\n';
    out += opts.url ? url + '\n' : `🎉  Opening ${url} in your default browser...\n`;
    ctx.out(out);
    ctx.io.shell.attach(() => ({ output: '', exitCode: 130 }));
  },
});
