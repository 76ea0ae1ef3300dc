/**
 * `docker version`: the Client and Server (Engine, containerd, runc, docker-init) blocks through
 * docker's tabwriter (minwidth 20, padding 1), or `--format` over the versionInfo struct
 * (`{{.Server.Version}}`, `{{json .}}`).
 */
import { systemInfo, type Engine } from '../../../sim/index';
import { defineCommand, f, noArgs, StatusError } from '../../command';
import { tabwrite } from '../../format/tabwriter';
import { goStruct } from '../../format/template';
import { printFormatted } from './print-formatted';
import type { DockerEnv } from '../env';
import { DOCKER_API_VERSION, DOCKER_GIT_COMMIT, DOCKER_VERSION } from '../root';
import { CLIENT_GO_VERSION, CLIENT_PLATFORM } from './info-data';
import { currentContext } from './info';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** reformatDate: RFC 3339 → Go's time.ANSIC (`Fri May 30 12:07:26 2025`). */
export function ansic(rfc3339: string): string {
  const d = new Date(rfc3339.replace(/\.\d+/, ''));
  if (Number.isNaN(d.getTime())) return rfc3339;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

/** Go structs whose `APIVersion` field is tagged `json:"ApiVersion"`: templates see APIVersion, JSON says ApiVersion. */
function withApiVersionTag<T extends { APIVersion: string }>(obj: T, typeName: string): T {
  Object.defineProperty(obj, 'goMarshalJSON', {
    enumerable: false,
    value: () => Object.fromEntries(Object.entries(obj).map(([k, v]) => [k === 'APIVersion' ? 'ApiVersion' : k, v])),
  });
  return goStruct(obj, typeName);
}

const apiVersionNumber = (v: string) => {
  const m = /^(\d+)\.(\d+)$/.exec(v);
  return m ? Number(m[1]) * 1000 + Number(m[2]) : NaN;
};

/** The API version the client talks: $DOCKER_API_VERSION when set to one the daemon supports, else its default. */
export function clientApiVersion(env: Readonly<Record<string, string | undefined>>, minApiVersion: string): string {
  const wanted = env['DOCKER_API_VERSION'] ?? '';
  const n = apiVersionNumber(wanted);
  return n >= apiVersionNumber(minApiVersion) && n <= apiVersionNumber(DOCKER_API_VERSION) ? wanted : DOCKER_API_VERSION;
}

export function versionInfo(eng: Engine, context: string, env: Readonly<Record<string, string | undefined>> = {}) {
  const i = systemInfo(eng);
  const built = ansic(i.buildTime);
  const component = (Name: string, Version: string, Details: Record<string, string>) => goStruct({ Name, Version, Details }, 'types.ComponentVersion');
  const Client = withApiVersionTag(
    { Platform: goStruct({ Name: CLIENT_PLATFORM }, 'command.platformInfo'), Version: DOCKER_VERSION, APIVersion: clientApiVersion(env, i.minApiVersion), DefaultAPIVersion: DOCKER_API_VERSION, GitCommit: DOCKER_GIT_COMMIT, GoVersion: CLIENT_GO_VERSION, Os: 'linux', Arch: 'amd64', BuildTime: built, Context: context },
    'system.clientVersion',
  );
  const Server = withApiVersionTag(
    {
      Platform: goStruct({ Name: CLIENT_PLATFORM }, 'types.Platform'),
      Components: [
        component('Engine', i.version, { ApiVersion: i.apiVersion, Arch: i.arch, BuildTime: built, Experimental: String(i.experimental), GitCommit: i.gitCommit, GoVersion: i.goVersion, KernelVersion: i.kernelVersion, MinAPIVersion: i.minApiVersion, Os: i.os }),
        component('containerd', i.containerd.version, { GitCommit: i.containerd.gitCommit }),
        component('runc', i.runc.version, { GitCommit: i.runc.gitCommit }),
        component('docker-init', i.init.version, { GitCommit: i.init.gitCommit }),
      ],
      Version: i.version,
      APIVersion: i.apiVersion,
      MinAPIVersion: i.minApiVersion,
      GitCommit: i.gitCommit,
      GoVersion: i.goVersion,
      Os: i.os,
      Arch: i.arch,
      KernelVersion: i.kernelVersion,
      BuildTime: i.buildTime,
    },
    'types.Version',
  );
  return goStruct({ Client, Server }, 'system.versionInfo');
}

export function versionText(eng: Engine, context: string, env: Readonly<Record<string, string | undefined>> = {}): string {
  const { Client: c, Server: s } = versionInfo(eng, context, env);
  const downgraded = c.APIVersion !== c.DefaultAPIVersion ? ` (downgraded from ${c.DefaultAPIVersion})` : '';
  const e = s.Components[0]!.Details;
  let t = `Client: ${c.Platform.Name}\n Version:\t${c.Version}\n API version:\t${c.APIVersion}${downgraded}\n Go version:\t${c.GoVersion}\n Git commit:\t${c.GitCommit}\n Built:\t${c.BuildTime}\n OS/Arch:\t${c.Os}/${c.Arch}\n Context:\t${c.Context}\n\n`;
  t += `Server: ${s.Platform.Name}\n Engine:\n  Version:\t${s.Version}\n  API version:\t${e['ApiVersion']} (minimum version ${e['MinAPIVersion']})\n  Go version:\t${e['GoVersion']}\n  Git commit:\t${e['GitCommit']}\n  Built:\t${e['BuildTime']}\n  OS/Arch:\t${e['Os']}/${e['Arch']}\n  Experimental:\t${e['Experimental']}\n`;
  for (const comp of s.Components.slice(1)) t += ` ${comp.Name}:\n  Version:\t${comp.Version}\n  GitCommit:\t${comp.Details['GitCommit']}\n`;
  return tabwrite(t, { minwidth: 20, padding: 1 });
}

export const version = defineCommand<DockerEnv>()({
  use: 'version [OPTIONS]',
  short: 'Show the Docker version information',
  args: noArgs,
  at: [{ parent: '' }],
  flags: {
    format: f.string({ short: 'f', usage: "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates" }),
  },
  complete: () => [],
  run(ctx, o) {
    const context = currentContext(ctx);
    if (o.format === '') {
      ctx.out(versionText(ctx.env.eng, context, ctx.io.env));
      return 0;
    }
    return printFormatted(ctx, o.format, versionInfo(ctx.env.eng, context, ctx.io.env));
  },
});
