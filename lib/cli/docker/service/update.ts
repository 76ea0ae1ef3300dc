/**
 * `docker service update`: the current spec changed by the given flags only (docker/cli's
 * updateService: `--image`, `--replicas`, `*-add`/`*-rm` lists, resources, restart, update and
 * rollback configs, health check…), `--force` to replace every task, `--rollback`; prints the
 * name, then the progress unless -d.
 */
import { requireNetwork, settle } from '../../../sim/index';
import { findSwarmObject, getService, rollbackService, updateService, type ServiceSpec } from '../../../sim/swarm/index';
import { CliError, defineCommand, exactArgs } from '../../command';
import { serviceNames } from './completion';
import type { DockerEnv } from '../env';
import { kvToMap } from '../kv-map';
import { configRef, parseFileRef, parseMount, parseNetwork, parsePlacementPref, parsePort, secretRef } from './option-values';
import { waitForService } from './progress';
import { shlexSplit } from './shlex';
import { applyUpdateConfig, defaultUpdateConfig, healthFrom, resolveImage } from './spec-build';
import { UPDATE_FLAGS } from './update-flags';

type Opts = { [K in keyof typeof UPDATE_FLAGS]: ReturnType<(typeof UPDATE_FLAGS)[K]['create']> extends { get(): infer T } ? T : never };

const without = <T>(list: readonly T[] | undefined, drop: (t: T) => boolean): T[] => (list ?? []).filter((t) => !drop(t));

function applyLists(eng: DockerEnv['eng'], spec: ServiceSpec, o: Opts): void {
  const cs = spec.TaskTemplate.ContainerSpec;
  const envKey = (e: string) => e.split('=')[0]!;
  if (o.envRm.length || o.envAdd.length) {
    cs.Env = [...without(cs.Env, (e) => o.envRm.includes(envKey(e)) || o.envAdd.some((a) => envKey(a) === envKey(e))), ...o.envAdd];
  }
  for (const k of o.labelRm) delete spec.Labels[k];
  Object.assign(spec.Labels, kvToMap(o.labelAdd));
  if (o.containerLabelAdd.length || o.containerLabelRm.length) {
    const labels = { ...(cs.Labels ?? {}) };
    for (const k of o.containerLabelRm) delete labels[k];
    cs.Labels = Object.assign(labels, kvToMap(o.containerLabelAdd));
  }
  const pl = (spec.TaskTemplate.Placement ??= {});
  if (o.constraintAdd.length || o.constraintRm.length) pl.Constraints = [...without(pl.Constraints, (c) => o.constraintRm.includes(c) || o.constraintAdd.includes(c)), ...o.constraintAdd];
  if (o.placementPrefAdd.length || o.placementPrefRm.length) {
    const rm = o.placementPrefRm.map((p) => parsePlacementPref(p).Spread.SpreadDescriptor);
    pl.Preferences = [...without(pl.Preferences, (p) => rm.includes(p.Spread.SpreadDescriptor)), ...o.placementPrefAdd.map(parsePlacementPref)];
  }
  if (o.publishAdd.length || o.publishRm.length) {
    const ep = (spec.EndpointSpec ??= { Mode: 'vip' });
    const rmTargets = o.publishRm.flatMap((p) => parsePort(p, '--publish-rm'));
    const added = o.publishAdd.flatMap((p) => parsePort(p, '--publish-add'));
    ep.Ports = [
      ...without(ep.Ports, (p) => rmTargets.some((r) => r.TargetPort === p.TargetPort && r.Protocol === p.Protocol) || added.some((a) => a.PublishedPort === p.PublishedPort && a.Protocol === p.Protocol)),
      ...added,
    ];
  }
  if (o.mountAdd.length || o.mountRm.length) {
    const added = o.mountAdd.map((m) => parseMount(m, '--mount-add'));
    cs.Mounts = [...without(cs.Mounts, (m) => o.mountRm.includes(m.Target) || added.some((a) => a.Target === m.Target)), ...added];
  }
  if (o.networkAdd.length || o.networkRm.length) {
    // updateNetworks: names resolve to ids, a network already attached is refused, the list is sorted by id
    const rm = new Set(o.networkRm.map((n) => requireNetwork(eng, n).id));
    const nets = without(spec.TaskTemplate.Networks, (n) => rm.has(n.Target));
    const attached = new Set(nets.map((n) => n.Target));
    for (const n of o.networkAdd.map(parseNetwork)) {
      const id = requireNetwork(eng, n.Target).id;
      if (attached.has(id)) throw new CliError(`service is already attached to network ${n.Target}`);
      nets.push({ ...n, Target: id });
      attached.add(id);
    }
    spec.TaskTemplate.Networks = nets.sort((a, b) => (a.Target < b.Target ? -1 : a.Target > b.Target ? 1 : 0));
  }
  if (o.secretAdd.length || o.secretRm.length) {
    const added = o.secretAdd.map((v) => {
      const r = parseFileRef(v, '--secret-add');
      return secretRef(r, findSwarmObject(eng, 'secret', r.source).id);
    });
    cs.Secrets = [...without(cs.Secrets, (s) => o.secretRm.includes(s.SecretName) || added.some((a) => a.File.Name === s.File.Name)), ...added];
  }
  if (o.configAdd.length || o.configRm.length) {
    const added = o.configAdd.map((v) => {
      const r = parseFileRef(v, '--config-add');
      return configRef({ ...r, target: v.includes('target=') ? r.target : `/${r.source}` }, findSwarmObject(eng, 'config', r.source).id);
    });
    cs.Configs = [...without(cs.Configs, (s) => o.configRm.includes(s.ConfigName) || added.some((a) => a.File.Name === s.File.Name)), ...added];
  }
  if (o.hostAdd.length || o.hostRm.length) {
    const fmt = (h: string) => h.replace(/^([^:]+):(.*)$/, '$2 $1');
    cs.Hosts = [...without(cs.Hosts, (h) => o.hostRm.map(fmt).includes(h)), ...o.hostAdd.map(fmt)];
  }
}

function applyScalars(spec: ServiceSpec, o: Opts, changed: (f: string) => boolean): void {
  const t = spec.TaskTemplate;
  const cs = t.ContainerSpec;
  if (changed('replicas')) {
    if (!spec.Mode.Replicated) throw new CliError('replicas can only be used with replicated or replicated-job mode');
    spec.Mode = { Replicated: { Replicas: o.replicas } };
  }
  if (changed('args')) cs.Args = shlexSplit(o.args.at(-1) ?? '');
  if (changed('entrypoint')) cs.Command = shlexSplit(o.entrypoint.at(-1) ?? '');
  if (changed('hostname')) cs.Hostname = o.hostname;
  if (changed('user')) cs.User = o.user;
  if (changed('workdir')) cs.Dir = o.workdir;
  if (changed('init')) cs.Init = o.init;
  if (changed('read-only')) cs.ReadOnly = o.readOnly;
  if (changed('tty')) cs.TTY = o.tty;
  if (changed('stop-signal')) cs.StopSignal = o.stopSignal;
  if (changed('stop-grace-period')) cs.StopGracePeriod = o.stopGracePeriod;
  const health = healthFrom(o, changed, cs.Healthcheck);
  if (health) cs.Healthcheck = health;
  const r = (t.Resources ??= {});
  const lim = (r.Limits ??= {});
  const res = (r.Reservations ??= {});
  if (changed('limit-cpu')) lim.NanoCPUs = o.limitCpu;
  if (changed('limit-memory')) lim.MemoryBytes = o.limitMemory;
  if (changed('limit-pids')) lim.Pids = o.limitPids;
  if (changed('reserve-cpu')) res.NanoCPUs = o.reserveCpu;
  if (changed('reserve-memory')) res.MemoryBytes = o.reserveMemory;
  const rp = (t.RestartPolicy ??= { Condition: 'any', Delay: 5e9, MaxAttempts: 0 });
  if (changed('restart-condition')) {
    if (!['none', 'on-failure', 'any'].includes(o.restartCondition)) throw new CliError(`invalid restart-condition value ${o.restartCondition}`);
    rp.Condition = o.restartCondition as typeof rp.Condition;
  }
  if (changed('restart-delay')) rp.Delay = o.restartDelay;
  if (changed('restart-max-attempts')) rp.MaxAttempts = o.restartMaxAttempts;
  if (changed('restart-window')) rp.Window = o.restartWindow;
  if (changed('replicas-max-per-node')) (t.Placement ??= {}).MaxReplicas = o.replicasMaxPerNode;
  if (changed('log-driver')) t.LogDriver = { Name: o.logDriver, Options: kvToMap(o.logOpt) };
  if (changed('endpoint-mode')) (spec.EndpointSpec ??= { Mode: 'vip' }).Mode = o.endpointMode === 'dnsrr' ? 'dnsrr' : 'vip';
  spec.UpdateConfig = applyUpdateConfig(spec.UpdateConfig ?? defaultUpdateConfig(), o, changed, 'update');
  spec.RollbackConfig = applyUpdateConfig(spec.RollbackConfig ?? defaultUpdateConfig(), o, changed, 'rollback');
}

export const update = defineCommand<DockerEnv>()({
  use: 'update [OPTIONS] SERVICE',
  short: 'Update a service',
  args: exactArgs(1),
  at: [{ parent: 'service' }],
  flags: UPDATE_FLAGS,
  complete: (ctx) => serviceNames(ctx.env),
  run(ctx, o, args) {
    settle(ctx.env.eng);
    const eng = ctx.env.eng;
    const name = args[0]!;
    const changed = (f: string) => ctx.changed(f);
    let id: string;
    if (o.rollback) {
      const others = Object.entries(UPDATE_FLAGS).some(([key, spec]) => !['rollback', 'detach', 'quiet'].includes(key) && changed(spec.name ?? key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())));
      if (others) throw new CliError('other flags may not be combined with --rollback');
      id = rollbackService(eng, name).id;
    } else {
      const current = getService(eng, name);
      const spec = JSON.parse(JSON.stringify(current.spec)) as ServiceSpec;
      if (changed('image')) {
        const resolved = resolveImage(eng, o.image, o.noResolveImage);
        if (resolved.warning) ctx.err(resolved.warning);
        spec.TaskTemplate.ContainerSpec.Image = resolved.image;
      }
      applyScalars(spec, o as Opts, changed);
      applyLists(eng, spec, o as Opts);
      id = updateService(eng, name, spec, { force: o.force }).service.id;
    }
    ctx.out(name + '\n');
    if (o.detach) return 0;
    const progress = waitForService(eng, id, name);
    if (!o.quiet) ctx.out(progress);
    return 0;
  },
});
