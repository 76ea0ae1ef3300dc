/**
 * `docker info` / `docker system info`: the client block (version, context, plugins), the
 * server block in docker 28's order (counts, storage, cgroups, plugins, swarm, runtimes, kernel,
 * OS, CPUs, memory, registries), or a `--format` template over the dockerInfo struct.
 */
import { hostOf, type Engine } from '../../../sim/index';
import { swarmInfo } from '../../../sim/swarm/index';
import { defineCommand, f, noArgs, type RunContext } from '../../command';
import { currentContextName } from '../context/store';
import { goStruct } from '../../format/template';
import { printFormatted } from './print-formatted';
import { bytesSize } from '../../format/units';
import { INSPECT_FORMAT_HELP } from '../container/help-texts';
import type { DockerEnv } from '../env';
import { CLI_PLUGINS, CLIENT_PLATFORM, clientInfo, serverInfo } from './info-data';
import { swarmInfoLines } from '../swarm/info-lines';
import { DOCKER_VERSION } from '../root';

function swarmLines(eng: Engine): string {
  return swarmInfoLines(swarmInfo(eng.world, hostOf(eng)));
}

export function infoText(eng: Engine, context: string): string {
  const i = serverInfo(eng);
  let out = `Client: ${CLIENT_PLATFORM}\n Version:    ${DOCKER_VERSION}\n Context:    ${context}\n Debug Mode: false\n Plugins:\n`;
  for (const p of CLI_PLUGINS) out += `  ${p.Name}: ${p.ShortDescription} (${p.Vendor})\n    Version:  ${p.Version}\n    Path:     ${p.Path}\n`;
  out += '\nServer:\n';
  out += ` Containers: ${i.Containers}\n  Running: ${i.ContainersRunning}\n  Paused: ${i.ContainersPaused}\n  Stopped: ${i.ContainersStopped}\n Images: ${i.Images}\n`;
  out += ` Server Version: ${i.ServerVersion}\n Storage Driver: ${i.Driver}\n`;
  for (const [k, v] of i.DriverStatus) out += `  ${k}: ${v}\n`;
  out += ` Logging Driver: ${i.LoggingDriver}\n Cgroup Driver: ${i.CgroupDriver}\n Cgroup Version: ${i.CgroupVersion}\n`;
  out += ` Plugins:\n  Volume: ${i.Plugins.Volume.join(' ')}\n  Network: ${i.Plugins.Network.join(' ')}\n  Log: ${i.Plugins.Log.join(' ')}\n`;
  out += ` CDI spec directories:\n${i.CDISpecDirs.map((d) => `  ${d}\n`).join('')}`;
  out += swarmLines(eng);
  out += ` Runtimes: ${Object.keys(i.Runtimes).join(' ')}\n Default Runtime: ${i.DefaultRuntime}\n Init Binary: ${i.InitBinary}\n`;
  out += ` containerd version: ${i.ContainerdCommit.ID}\n runc version: ${i.RuncCommit.ID}\n init version: ${i.InitCommit.ID}\n`;
  out += ' Security Options:\n';
  for (const opt of i.SecurityOptions) {
    const kv = Object.fromEntries(opt.split(',').map((p) => p.split('=', 2) as [string, string]));
    out += `  ${kv['name']}\n`;
    if (kv['profile']) out += `   Profile: ${kv['profile']}\n`;
  }
  out += ` Kernel Version: ${i.KernelVersion}\n Operating System: ${i.OperatingSystem}\n OSType: ${i.OSType}\n Architecture: ${i.Architecture}\n`;
  out += ` CPUs: ${i.NCPU}\n Total Memory: ${bytesSize(i.MemTotal)}\n Name: ${i.Name}\n ID: ${i.ID}\n Docker Root Dir: ${i.DockerRootDir}\n Debug Mode: false\n`;
  out += ` Experimental: ${i.ExperimentalBuild}\n Insecure Registries:\n  ::1/128\n  127.0.0.0/8\n Live Restore Enabled: ${i.LiveRestoreEnabled}\n\n`;
  return out;
}

/** The dockerInfo struct: system.Info's fields at the top level, then ClientInfo. */
export function dockerInfo(eng: Engine, context: string): object {
  return goStruct({ ...serverInfo(eng), ClientInfo: clientInfo(context) }, 'system.dockerInfo');
}

/** The context name docker info/version report (flag, environment, ~/.docker/config.json). */
export function currentContext(ctx: RunContext<DockerEnv>): string {
  return currentContextName(ctx.io.fs, String(ctx.globals['config'] ?? ''), String(ctx.globals['context'] ?? ''), ctx.io.env);
}

export const info = defineCommand<DockerEnv>()({
  use: 'info [OPTIONS]',
  short: 'Display system-wide information',
  args: noArgs,
  aliasesLine: 'docker system info, docker info',
  at: [{ parent: 'system' }, { parent: '' }],
  flags: {
    format: f.string({ short: 'f', usage: INSPECT_FORMAT_HELP }),
  },
  complete: () => [],
  run(ctx, o) {
    const context = currentContext(ctx);
    if (o.format === '') {
      ctx.out(infoText(ctx.env.eng, context));
      return 0;
    }
    return printFormatted(ctx, o.format, dockerInfo(ctx.env.eng, context));
  },
});
