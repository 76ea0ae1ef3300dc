/** `docker update` / `docker container update`: resource limits and the restart policy of containers. */
import { updateContainer, type UpdateFields } from '../../../sim/index';
import { CliError, defineCommand, f, requiresMinArgs } from '../../command';
import type { DockerEnv } from '../env';
import { containerNames } from './completion';
import { clientText } from './multi';
import { ParseError, parseRestartPolicy } from './parse-options';

export const update = defineCommand<DockerEnv>()({
  use: 'update [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Update configuration of one or more containers',
  args: requiresMinArgs(1),
  aliasesLine: 'docker container update, docker update',
  at: [{ parent: 'container' }, { parent: '' }],
  flags: {
    blkioWeight: f.uint({ bits: 16, usage: 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)' }),
    cpuPeriod: f.int({ bits: 64, usage: 'Limit CPU CFS (Completely Fair Scheduler) period' }),
    cpuQuota: f.int({ bits: 64, usage: 'Limit CPU CFS (Completely Fair Scheduler) quota' }),
    cpuRtPeriod: f.int({ bits: 64, usage: 'Limit the CPU real-time period in microseconds' }),
    cpuRtRuntime: f.int({ bits: 64, usage: 'Limit the CPU real-time runtime in microseconds' }),
    cpusetCpus: f.string({ usage: 'CPUs in which to allow execution (0-3, 0,1)' }),
    cpusetMems: f.string({ usage: 'MEMs in which to allow execution (0-3, 0,1)' }),
    cpuShares: f.int({ bits: 64, short: 'c', usage: 'CPU shares (relative weight)' }),
    memory: f.bytes({ short: 'm', usage: 'Memory limit' }),
    memoryReservation: f.bytes({ usage: 'Memory soft limit' }),
    memorySwap: f.bytes({ usage: 'Swap limit equal to memory plus swap: -1 to enable unlimited swap', allowMinusOne: true }),
    kernelMemory: f.bytes({ usage: 'Kernel memory limit (deprecated)', hidden: true }),
    restart: f.string({ usage: 'Restart policy to apply when a container exits' }),
    pidsLimit: f.int({ bits: 64, usage: 'Tune container pids limit (set -1 for unlimited)' }),
    cpus: f.nanoCpus({ usage: 'Number of CPUs' }),
  },
  complete: (ctx) => containerNames(ctx.env),
  run(ctx, o, args) {
    const names = ['blkio-weight', 'cpu-period', 'cpu-quota', 'cpu-rt-period', 'cpu-rt-runtime', 'cpuset-cpus', 'cpuset-mems', 'cpu-shares', 'memory', 'memory-reservation', 'memory-swap', 'kernel-memory', 'restart', 'pids-limit', 'cpus'];
    if (!names.some((n) => ctx.changed(n))) throw new CliError('you must provide one or more flags when using this command');
    const fields: UpdateFields = {};
    if (o.restart !== '') {
      try {
        fields.RestartPolicy = parseRestartPolicy(o.restart);
      } catch (e) {
        if (e instanceof ParseError) throw new CliError(e.message);
        throw e;
      }
    }
    if (o.blkioWeight) fields.BlkioWeight = o.blkioWeight;
    if (o.cpusetCpus) fields.CpusetCpus = o.cpusetCpus;
    if (o.cpusetMems) fields.CpusetMems = o.cpusetMems;
    if (o.cpuShares) fields.CpuShares = o.cpuShares;
    if (o.memory) fields.Memory = o.memory;
    if (o.memoryReservation) fields.MemoryReservation = o.memoryReservation;
    if (o.memorySwap) fields.MemorySwap = o.memorySwap;
    if (o.cpuPeriod) fields.CpuPeriod = o.cpuPeriod;
    if (o.cpuQuota) fields.CpuQuota = o.cpuQuota;
    if (o.cpus) fields.NanoCpus = o.cpus;
    if (o.pidsLimit !== 0) fields.PidsLimit = o.pidsLimit;
    const errors: string[] = [];
    const warnings: string[] = [];
    for (const name of args) {
      try {
        warnings.push(...updateContainer(ctx.env.eng, name, fields));
        ctx.out(name + '\n');
      } catch (e) {
        errors.push(clientText(e));
      }
    }
    if (warnings.length > 0) ctx.out(warnings.join('\n') + '\n');
    if (errors.length > 0) throw new CliError(errors.join('\n'));
    return 0;
  },
});
