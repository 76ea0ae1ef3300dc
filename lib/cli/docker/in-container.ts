/**
 * The docker client inside a container (docker:cli, or any image with a `docker` program). It is a
 * client only: with the host's socket bind-mounted (`-v /var/run/docker.sock:/var/run/docker.sock`)
 * it talks to the host's engine — the same containers, images and host paths for `-v` — and without
 * it every call that needs the daemon fails as the real client does:
 * `Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?`
 */
import type { CommandFn } from '../../shell/types';
import { ClientError, type ContainerRecord, type Engine } from '../../sim/index';
import { containerFlavour } from '../net/programs';
import type { DockerEnv } from './env';
import { withComposePlugin } from '../compose/tool';
import { dockerCommand, dockerTool } from './tool';
import { dockerCommandFn } from './root';

const DEFAULT_HOST = 'unix:///var/run/docker.sock';
const HOST_SOCKETS = new Set(['/var/run/docker.sock', '/run/docker.sock']);

/** `/var/run` is a link to `/run` on the host and in the images that ship the client. */
const canonical = (path: string) => path.replace(/^\/var\/run\//, '/run/');

/** Whether the client's DOCKER_HOST reaches the host's daemon through a bind-mounted socket. */
export function reachesHostDaemon(c: ContainerRecord, dockerHost: string): boolean {
  if (!dockerHost.startsWith('unix://')) return false;
  const inside = canonical(dockerHost.slice('unix://'.length));
  return c.mounts.some((m) => m.Type === 'bind' && HOST_SOCKETS.has(m.Source) && canonical(m.Destination) === inside);
}

/** An engine handle whose every use fails like a client that cannot reach its daemon. */
function unreachable(dockerHost: string): Engine {
  const fail = (): never => {
    throw new ClientError(`Cannot connect to the Docker daemon at ${dockerHost}. Is the docker daemon running?`);
  };
  return new Proxy({} as Engine, { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail });
}

/** CONTAINER_TOOLS provider: `docker` where the container's image has the client. */
export function containerDockerTools(eng: Engine, c: ContainerRecord): Record<string, CommandFn> {
  if (!containerFlavour(eng, c, 'docker')) return {};
  const connected = withComposePlugin(dockerCommand)(eng);
  const cut: Record<string, CommandFn> = {};
  const docker: CommandFn = (ctx) => {
    const dockerHost = ctx.env['DOCKER_HOST'] || DEFAULT_HOST;
    if (reachesHostDaemon(c, dockerHost)) return connected(ctx);
    const env: DockerEnv = { eng: unreachable(dockerHost) };
    cut[dockerHost] ??= dockerCommandFn(dockerTool(), () => env);
    return cut[dockerHost]!(ctx);
  };
  if (connected.complete) docker.complete = connected.complete;
  return { docker };
}
