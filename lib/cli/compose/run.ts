/**
 * `docker compose run SERVICE [COMMAND]`: start the service's dependencies (unless --no-deps),
 * then a one-off container from the service's definition (`<project>-<service>-run-<12 hex>`,
 * labelled oneoff, no published ports unless -P/-p, no service alias unless --use-aliases) in
 * the foreground; `--rm` removes it afterwards, `-d` prints its name. The exit status is the
 * container's.
 */
import { createServiceContainer, ComposeError, ensureNetworks, ensureVolumes, servicesToBuild, SLUG_LABEL, startProject } from '../../sim/compose/index';
import { startContainer, stableHex } from '../../sim/index';
import { defineCommand, f, requiresMinArgs, type RunContext } from '../command';
import { foreground } from '../docker/container/foreground';
import type { DockerEnv } from '../docker/env';
import { buildServices, createProject, pullForUp } from './create-project';
import type { ComposeEnv } from './env';
import { envMap } from './exec';
import { loadFromFlags, warnTo } from './project-options';
import { flushProgress, newProgress } from './progress-run';

function portBinding(spec: string): [string, { HostIp: string; HostPort: string }] {
  const parts = spec.split(':');
  const target = parts.pop()!;
  const key = target.includes('/') ? target : `${target}/tcp`;
  return [key, { HostIp: parts.length > 1 ? parts[0]! : '', HostPort: parts[parts.length - 1] ?? '' }];
}

export const run = defineCommand<ComposeEnv>()({
  use: 'run [OPTIONS] SERVICE [COMMAND] [ARGS...]',
  short: 'Run a one-off command on a service',
  args: requiresMinArgs(1),
  interspersed: false,
  flags: {
    build: f.bool({ usage: 'Build image before starting container' }),
    capAdd: f.list({ usage: 'Add Linux capabilities' }),
    capDrop: f.list({ usage: 'Drop Linux capabilities' }),
    detach: f.bool({ short: 'd', usage: 'Run container in background and print container ID' }),
    entrypoint: f.string({ usage: 'Override the entrypoint of the image' }),
    env: f.stringArray({ short: 'e', usage: 'Set environment variables' }),
    envFromFile: f.stringArray({ usage: 'Set environment variables from file' }),
    interactive: f.bool({ short: 'i', usage: 'Keep STDIN open even if not attached', default: true }),
    label: f.stringArray({ short: 'l', usage: 'Add or override a label' }),
    name: f.string({ usage: 'Assign a name to the container' }),
    noTty: f.bool({ name: 'no-TTY', short: 'T', usage: 'Disable pseudo-TTY allocation (default: auto-detected)' }),
    noDeps: f.bool({ usage: "Don't start linked services" }),
    publish: f.stringArray({ short: 'p', usage: "Publish a container's port(s) to the host" }),
    pull: f.string({ usage: 'Pull image before running ("always"|"missing"|"never")', default: 'policy' }),
    quiet: f.bool({ short: 'q', usage: "Don't print anything to STDOUT" }),
    quietBuild: f.bool({ usage: 'Suppress progress output from the build process' }),
    quietPull: f.bool({ usage: 'Pull without printing progress information' }),
    removeOrphans: f.bool({ usage: 'Remove containers for services not defined in the Compose file' }),
    rm: f.bool({ usage: 'Automatically remove the container when it exits' }),
    servicePorts: f.bool({ short: 'P', usage: "Run command with all service's ports enabled and mapped to the host" }),
    tty: f.bool({ short: 't', usage: 'Allocate a pseudo-TTY', default: true, hidden: true }),
    useAliases: f.bool({ usage: "Use the service's network useAliases in the network(s) the container connects to" }),
    user: f.string({ short: 'u', usage: 'Run as specified username or uid' }),
    volume: f.stringArray({ short: 'v', usage: 'Bind mount a volume' }),
    workdir: f.string({ short: 'w', usage: 'Working directory inside the container' }),
  },
  run(ctx, o, args) {
    const eng = ctx.env.eng;
    const [service, ...command] = args as [string, ...string[]];
    const { project, discovered } = loadFromFlags(ctx, [service], { includeDependencies: !o.noDeps });
    const target = project.services[service]!;
    const deps = Object.fromEntries(Object.entries(project.services).filter(([n]) => n !== service));
    const depsProject = { ...project, services: deps, disabledServices: { ...project.disabledServices, [service]: target } };
    const targetProject = { ...project, services: { [service]: target } };
    const progress = newProgress(ctx);
    try {
      if (Object.keys(deps).length > 0) {
        createProject(ctx, depsProject, { services: [], build: false, noBuild: false, pull: o.pull, quietPull: o.quietPull, recreate: 'diverged', recreateDependencies: 'diverged', removeOrphans: o.removeOrphans, envFiles: discovered.envFiles }, progress);
        startProject(eng, depsProject, progress);
      } else {
        ensureNetworks(eng, project, progress, warnTo(ctx));
        ensureVolumes(eng, project, progress, warnTo(ctx));
      }
      pullForUp(ctx, targetProject, o.pull, o.quietPull, progress);
      const toBuild = servicesToBuild(eng, targetProject, [service], o.build);
      if (toBuild.length > 0) buildServices(ctx, targetProject, toBuild, null, { quiet: o.quietBuild });
    } finally {
      flushProgress(ctx, progress);
    }
    const slug = stableHex(`${project.name}/${service}/${eng.world.clock}/${Object.keys(eng.world.hosts).length}/${JSON.stringify(args)}`);
    const name = o.name || `${project.name}-${service}-run-${slug.slice(0, 12)}`;
    const tty = !o.noTty && o.tty;
    const labels: Record<string, string> = { [SLUG_LABEL]: slug };
    for (const l of o.label) {
      const [k, v = ''] = l.split(/=(.*)/s) as [string, string?];
      labels[k] = v;
    }
    const c = createServiceContainer(eng, project, service, 0, discovered.envFiles, {
      oneOff: true,
      autoRemove: o.rm,
      name,
      useAliases: o.useAliases,
      publish: o.servicePorts,
      extraLabels: labels,
      override(spec) {
        if (command.length > 0) spec.config.Cmd = command;
        if (ctx.changed('entrypoint')) spec.config.Entrypoint = o.entrypoint === '' ? [''] : o.entrypoint.split(/\s+/).filter(Boolean);
        const extra = envMap(o.env, (k) => ctx.io.env[k]);
        const env = (spec.config.Env ?? []).filter((e) => !(e.split('=')[0]! in extra));
        spec.config.Env = [...env, ...Object.entries(extra).map(([k, v]) => `${k}=${v}`)];
        if (o.user !== '') spec.config.User = o.user;
        if (o.workdir !== '') spec.config.WorkingDir = o.workdir;
        spec.config.Tty = tty;
        spec.config.OpenStdin = o.interactive;
        spec.config.AttachStdin = o.interactive;
        spec.config.StdinOnce = o.interactive;
        const hc = (spec.hostConfig ??= {});
        if (o.publish.length > 0) {
          const bindings = { ...(hc.PortBindings ?? {}) };
          for (const p of o.publish) {
            const [key, b] = portBinding(p);
            (bindings[key] ??= []).push(b);
            spec.config.ExposedPorts = { ...(spec.config.ExposedPorts ?? {}), [key]: {} };
          }
          hc.PortBindings = bindings;
        }
        if (o.volume.length > 0) hc.Binds = [...(hc.Binds ?? []), ...o.volume];
        if (o.capAdd.length > 0) hc.CapAdd = [...(hc.CapAdd ?? []), ...o.capAdd];
        if (o.capDrop.length > 0) hc.CapDrop = [...(hc.CapDrop ?? []), ...o.capDrop];
      },
    });
    if (o.detach) {
      startContainer(eng, c.id);
      ctx.out(c.name + '\n');
      return 0;
    }
    const started = startContainer(eng, c.id);
    if (!started) throw new ComposeError(`failed to start ${c.name}`);
    return foreground(ctx as unknown as RunContext<DockerEnv>, started.container, started, { interactive: o.interactive && tty, sigProxy: true });
  },
});
