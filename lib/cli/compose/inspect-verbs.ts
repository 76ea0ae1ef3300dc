/**
 * Read-only views of a project: `top` (one table of every container's processes, SERVICE and #
 * first), `images` (the image each container uses), `port` (where a service's port is
 * published) and `ls` (the projects on this engine: NAME STATUS CONFIG FILES).
 */
import { listProjects, projectContainers, serviceContainers, serviceOf } from '../../sim/compose/index';
import { containerTop, familiarName, hostOf, parseReference } from '../../sim/index';
import { CliError, defineCommand, f, noArgs, requiresMinArgs } from '../command';
import { containerSummary } from '../docker/container/summary';
import { tabwrite } from '../format/tabwriter';
import { humanSizeWithPrecision } from '../format/units';
import type { ComposeEnv } from './env';
import { projectName, projectOrName } from './project-options';

const composeCommand = defineCommand<ComposeEnv>();
const pad2 = (n: number) => String(n).padStart(2, '0');
const hhmm = (ms: number) => `${pad2(new Date(ms).getUTCHours())}:${pad2(new Date(ms).getUTCMinutes())}`;
/** compose's formatter.Print: a tabwriter with minwidth 20, padding 3. */
const table = (rows: string[][]) => tabwrite(rows.map((r) => r.join('\t')).join('\n') + '\n', { minwidth: 20, padding: 3 });
const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export const top = composeCommand({
  use: 'top [SERVICES...]',
  short: 'Display the running processes',
  run(ctx, _o, services) {
    const eng = ctx.env.eng;
    const { project } = projectOrName(ctx, services);
    const cs = projectContainers(eng, project.name, 'exclude', services).filter((c) => c.state.Running).sort(byName);
    const rows: string[][] = [];
    for (const c of cs) {
      const tty = c.config.Tty ? 'pts/0' : '?';
      const replica = c.config.Labels['com.docker.compose.container-number'] ?? '';
      for (const r of containerTop(eng, c.id)) rows.push([serviceOf(c), replica, r.user, String(r.hostPid), String(r.hostPpid), '0', hhmm(r.started), tty, '00:00:00', r.cmd]);
    }
    if (rows.length === 0) return 0;
    // one table for all containers (compose 2.36 topPrint: tabwriter 4/1/2), CMD last
    const head = ['SERVICE', '#', 'UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'];
    ctx.out(tabwrite([head, ...rows].map((r) => r.join('\t')).join('\n') + '\n', { minwidth: 4, padding: 2 }));
    return 0;
  },
});

export const images = composeCommand({
  use: 'images [OPTIONS] [SERVICE...]',
  short: 'List images used by the created containers',
  flags: {
    format: f.string({ usage: 'Format the output. Values: [table | json]', default: 'table' }),
    quiet: f.bool({ short: 'q', usage: 'Only display IDs' }),
  },
  run(ctx, o, services) {
    const eng = ctx.env.eng;
    const name = projectName(ctx);
    const cs = projectContainers(eng, name, 'include', services).sort(byName);
    const rows = cs.map((c) => {
      const img = hostOf(eng).images[c.imageId];
      let repo = '';
      let tag = '';
      try {
        const ref = parseReference(c.config.Image);
        repo = familiarName(ref);
        tag = ref.tag ?? 'latest';
      } catch {
        /* an image id */
      }
      return { ID: c.imageId, ContainerName: c.name, Repository: repo, Tag: tag, Size: img?.size ?? 0, LastTagTime: '0001-01-01T00:00:00Z' };
    });
    if (o.quiet) {
      ctx.out([...new Set(rows.map((r) => r.ID.replace(/^sha256:/, '')))].map((i) => i + '\n').join(''));
      return 0;
    }
    if (o.format === 'json') {
      ctx.out(JSON.stringify(rows) + '\n');
      return 0;
    }
    if (o.format !== 'table' && o.format !== '') throw new CliError(`format value ${JSON.stringify(o.format)} could not be parsed: parsing failed`);
    ctx.out(
      table([
        ['CONTAINER', 'REPOSITORY', 'TAG', 'IMAGE ID', 'SIZE'],
        ...rows.map((r) => [r.ContainerName, r.Repository || '<none>', r.Tag || '<none>', r.ID.replace(/^sha256:/, '').slice(0, 12), humanSizeWithPrecision(r.Size, 3)]),
      ]),
    );
    return 0;
  },
});

export const port = composeCommand({
  use: 'port [OPTIONS] SERVICE PRIVATE_PORT',
  short: 'Print the public port for a port binding',
  args: requiresMinArgs(2),
  flags: {
    index: f.int({ usage: 'Index of the container if service has multiple replicas', default: 0 }),
    protocol: f.string({ usage: 'tcp or udp', default: 'tcp' }),
  },
  run(ctx, o, args) {
    const eng = ctx.env.eng;
    const [service, privatePort] = args as [string, string];
    if (!/^\d+$/.test(privatePort)) throw new CliError(`strconv.ParseUint: parsing ${JSON.stringify(privatePort)}: invalid syntax`);
    if (Number(privatePort) > 65535) throw new CliError(`strconv.ParseUint: parsing ${JSON.stringify(privatePort)}: value out of range`);
    const protocol = o.protocol.toLowerCase();
    const name = projectName(ctx);
    // pkg/compose/port.go: the first running container (ContainerList without All), its API ports
    const cs = serviceContainers(eng, name, service).filter((x) => x.state.Running);
    const c = o.index > 0 ? cs.find((x) => x.config.Labels['com.docker.compose.container-number'] === String(o.index)) : cs[0];
    if (!c) throw new CliError(o.index > 0 ? `service "${service}" is not running container #${o.index}` : `service "${service}" is not running`);
    const ports = containerSummary(eng, c).Ports;
    const hit = ports.find((p) => p.PrivatePort === Number(privatePort) && p.Type === protocol);
    if (!hit) throw new CliError(`no port ${Number(privatePort)}/${protocol} for container ${c.name}: ${ports.map((p) => `${p.PublicPort ?? 0}/${p.Type}`).join(', ')}`);
    ctx.out(`${hit.IP ?? ''}:${hit.PublicPort ?? 0}\n`);
    return 0;
  },
});

export const ls = composeCommand({
  use: 'ls [OPTIONS]',
  short: 'List running compose projects',
  args: noArgs,
  flags: {
    all: f.bool({ short: 'a', usage: 'Show all stopped Compose projects' }),
    filter: f.string({ usage: 'Filter output based on conditions provided' }),
    format: f.string({ usage: 'Format the output. Values: [table | json]', default: 'table' }),
    quiet: f.bool({ short: 'q', usage: 'Only display project names' }),
  },
  run(ctx, o) {
    let list = listProjects(ctx.env.eng, o.all);
    if (o.filter !== '') {
      const [k, v = ''] = o.filter.split('=');
      if (k !== 'name') throw new CliError(`invalid filter '${k}'`);
      list = list.filter((p) => p.name.includes(v));
    }
    list.sort(byName);
    if (o.quiet) ctx.out(list.map((p) => p.name + '\n').join(''));
    else if (o.format === 'json') ctx.out(JSON.stringify(list.map((p) => ({ Name: p.name, Status: p.status, ConfigFiles: p.configFiles }))) + '\n');
    else ctx.out(table([['NAME', 'STATUS', 'CONFIG FILES'], ...list.map((p) => [p.name, p.status, p.configFiles])]));
    return 0;
  },
});
