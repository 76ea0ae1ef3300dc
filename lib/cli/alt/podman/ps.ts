/**
 * `podman ps` and `podman images`: Podman's tables (tabwriter 12/2, full image names, `Up 3
 * seconds`, commands cut at 17 characters + `...`, sizes as `77.9 MB`), `-q`, `--no-trunc`,
 * `--format` Go templates over Podman's field names. Buildah's working containers stay hidden
 * (they are `--external` to Podman).
 */
import { hostOf, listContainers, listImages, type ContainerRecord, type Engine } from '../../../sim/index';
import { refsOf } from '../../../sim/images/store';
import { CliError, f, noArgs, requiresMaxArgs } from '../../command';
import { statusText } from '../../docker/container/summary';
import { tabwrite } from '../../format/tabwriter';
import { GoTemplate } from '../../format/template/index';
import { humanDuration, humanSizeWithPrecision } from '../../format/units';
import { podmanState } from '../engines';
import { podmanCommand, store } from './env';

export const BUILDAH_LABEL = 'io.buildah.working-container';

function ports(p: Engine, c: ContainerRecord): string {
  const owner = c.hostConfig.NetworkMode.startsWith('container:') ? (hostOf(p).containers[c.hostConfig.NetworkMode.slice(10)] ?? c) : c;
  const src = Object.keys(owner.ports).length ? owner.ports : c.state.Running ? {} : owner.hostConfig.PortBindings ?? {};
  return Object.entries(src)
    .flatMap(([k, binds]) => (binds ?? []).filter((b) => b.HostIp !== '::').map((b) => `${b.HostIp || '0.0.0.0'}:${b.HostPort}->${k}`))
    .join(', ');
}

function podOf(p: Engine, c: ContainerRecord): { id: string; name: string } {
  const infra = c.hostConfig.NetworkMode.startsWith('container:') ? c.hostConfig.NetworkMode.slice(10) : c.id;
  const pod = Object.values(podmanState(p).pods).find((x) => x.infraId === infra);
  return pod ? { id: pod.id, name: pod.name } : { id: '', name: '' };
}

function row(p: Engine, c: ContainerRecord, full: boolean): Record<string, string> {
  const command = [c.path, ...c.args].join(' ');
  const pod = podOf(p, c);
  return {
    ID: full ? c.id : c.id.slice(0, 12),
    Image: c.config.Image,
    ImageID: c.imageId.slice(7, full ? undefined : 19),
    Command: !full && command.length > 17 ? command.slice(0, 17) + '...' : command,
    CreatedHuman: `${humanDuration(p.world.clock - c.created)} ago`,
    Status: statusText(p, c),
    State: c.state.Status,
    Ports: ports(p, c),
    Names: c.name,
    Pod: full ? pod.id : pod.id.slice(0, 12),
    PodName: pod.name,
  };
}

const PS_HEAD = { ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', CreatedHuman: 'CREATED', Status: 'STATUS', Ports: 'PORTS', Names: 'NAMES', Pod: 'POD ID', PodName: 'PODNAME', State: 'STATE', ImageID: 'IMAGE ID', Repository: 'REPOSITORY', Tag: 'TAG', Created: 'CREATED', Size: 'SIZE' };

/** Render rows through a `--format` (or the default table). */
function render(format: string, rows: Array<Record<string, string>>, noHeading: boolean, head: Record<string, string> = PS_HEAD): string {
  const table = format.startsWith('table');
  const body = table ? format.slice(5).trim() : format;
  let tpl: GoTemplate;
  try {
    tpl = GoTemplate.parse(body.replace(/\\t/g, '\t'));
  } catch (e) {
    throw new CliError(`Error: template: ${(e as Error).message}`, 125);
  }
  const lines = rows.map((r) => tpl.execute(r));
  if (table && !noHeading) lines.unshift(tpl.execute(head));
  const text = lines.join('\n') + (lines.length ? '\n' : '');
  return table ? tabwrite(text, { minwidth: 12, padding: 2 }) : text;
}

export const ps = podmanCommand({
  use: 'ps [options]',
  short: 'List containers',
  long: 'Prints out information about the containers',
  args: noArgs,
  flags: {
    all: f.bool({ short: 'a', usage: 'Show all the containers, default is only running containers' }),
    quiet: f.bool({ short: 'q', usage: 'Print the numeric IDs of the containers only' }),
    noTrunc: f.bool({ name: 'no-trunc', usage: 'Display the extended information' }),
    pod: f.bool({ short: 'p', usage: 'Print the ID and name of the pod the containers are associated with' }),
    latest: f.bool({ short: 'l', usage: 'Act on the latest container podman is aware of' }),
    last: f.int({ short: 'n', default: -1, usage: 'Print the n last created containers (all states)' }),
    format: f.string({ usage: 'Pretty-print containers to JSON or using a Go template' }),
    noheading: f.bool({ usage: 'Do not print headers' }),
    filter: f.stringArray({ short: 'f', usage: 'Filter output based on conditions given' }),
  },
  run(ctx, o) {
    const p = store(ctx);
    const list = listContainers(p, { all: o.all, ...(o.last >= 0 ? { last: o.last } : {}), latest: o.latest, filters: o.filter })
      .filter((c) => !c.config.Labels?.[BUILDAH_LABEL])
      .reverse();
    if (o.quiet && !o.format) return void ctx.out(list.map((c) => (o.noTrunc ? c.id : c.id.slice(0, 12)) + '\n').join(''));
    const rows = list.map((c) => row(p, c, o.noTrunc));
    const def = `table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.CreatedHuman}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}${o.pod ? '\t{{.Pod}}\t{{.PodName}}' : ''}`;
    ctx.out(render(o.format || def, rows, o.noheading));
  },
});

function sizeText(bytes: number): string {
  const s = humanSizeWithPrecision(bytes, 3);
  const i = s.search(/[^\d.]/);
  return i < 0 ? s : `${s.slice(0, i)} ${s.slice(i)}`;
}

export const images = podmanCommand({
  use: 'images [options] [IMAGE]',
  short: 'List images in local storage',
  long: 'Lists images previously pulled to the system or created on the system.',
  args: requiresMaxArgs(1),
  flags: {
    all: f.bool({ short: 'a', usage: 'Show all images (default hides intermediate images)' }),
    quiet: f.bool({ short: 'q', usage: 'Display only image IDs' }),
    noTrunc: f.bool({ name: 'no-trunc', usage: 'Do not truncate output' }),
    format: f.string({ usage: "Change the output format to JSON or a Go template" }),
    noheading: f.bool({ short: 'n', usage: 'Do not print column headings' }),
  },
  run(ctx, o, args) {
    const p = store(ctx);
    const host = hostOf(p);
    const rows: Array<Record<string, string>> = [];
    for (const img of listImages(p, { all: o.all }).sort((a, b) => b.created - a.created)) {
      const names = refsOf(host, img.id).filter((r) => !r.includes('@'));
      for (const name of names.length ? names : ['<none>:<none>']) {
        const at = name.lastIndexOf(':');
        const [repo, tag] = [name.slice(0, at), name.slice(at + 1)];
        if (args[0] && !(repo === args[0] || repo.endsWith('/' + args[0].split(':')[0]) || name.endsWith('/' + args[0]))) continue;
        rows.push({ Repository: repo, Tag: tag, ID: o.noTrunc ? img.id : img.id.slice(7, 19), Created: `${humanDuration(p.world.clock - img.created)} ago`, Size: sizeText(img.size) });
      }
    }
    if (o.quiet) return void ctx.out([...new Set(rows.map((r) => r.ID))].map((x) => x + '\n').join(''));
    ctx.out(render(o.format || 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.Created}}\t{{.Size}}', rows, o.noheading, { ...PS_HEAD, ID: 'IMAGE ID' }));
  },
});
