/**
 * `docker compose cp`: between the learner's files and a service's containers (`web:/path`).
 * From a service, its first container (or `--index`); to a service, every container of it.
 * One progress line per container (`shop-web-1 ./a.txt to shop-web-1:/tmp  Copied`: the event's
 * text, then its status text, as compose's cp.go sends them).
 */
import { ComposeError, serviceContainers } from '../../sim/compose/index';
import { copyFromContainer, copyToContainer, type ContainerRecord } from '../../sim/index';
import { defineCommand, exactArgs, f } from '../command';
import type { ComposeEnv } from './env';
import { projectName } from './project-options';
import { withProgress } from './progress-run';

/** compose's splitCpArg: `service:path`, unless the argument is an absolute or `./` path. */
function split(arg: string): [string, string] {
  if (arg.startsWith('/')) return ['', arg];
  const i = arg.indexOf(':');
  if (i < 0 || arg.startsWith('.')) return ['', arg];
  return [arg.slice(0, i), arg.slice(i + 1)];
}

const abs = (cwd: string, p: string) => (p.startsWith('/') ? p : `${cwd === '/' ? '' : cwd}/${p}`);

export const cp = defineCommand<ComposeEnv>()({
  use: 'cp [OPTIONS] SERVICE:SRC_PATH DEST_PATH|-\n\tdocker compose cp [OPTIONS] SRC_PATH|- SERVICE:DEST_PATH',
  short: 'Copy files/folders between a service container and the local filesystem',
  args: exactArgs(2),
  flags: {
    all: f.bool({ usage: 'Include containers created by the run command' }),
    archive: f.bool({ short: 'a', usage: 'Archive mode (copy all uid/gid information)' }),
    followLink: f.bool({ short: 'L', usage: 'Always follow symbol link in SRC_PATH' }),
    index: f.int({ usage: 'Index of the container if service has multiple replicas' }),
  },
  run(ctx, o, args) {
    const eng = ctx.env.eng;
    const [srcService, srcPath] = split(args[0]!);
    const [dstService, dstPath] = split(args[1]!);
    if (srcService !== '' && dstService !== '') throw new ComposeError('copying between services is not supported');
    if (srcService === '' && dstService === '') throw new ComposeError('unknown copy direction');
    const service = srcService || dstService;
    const name = projectName(ctx);
    let cs: ContainerRecord[] = serviceContainers(eng, name, service);
    if (o.index > 0) {
      const c = cs.find((x) => x.config.Labels['com.docker.compose.container-number'] === String(o.index));
      if (!c) throw new ComposeError(`service "${service}" is not running container #${o.index}`);
      cs = [c];
    }
    if (cs.length === 0) throw new ComposeError(`no container found for service ${JSON.stringify(service)}`);
    if (srcService !== '') cs = cs.slice(0, 1);
    withProgress(ctx, (p) => {
      for (const c of cs) {
        const msg = srcService !== '' ? `${c.name}:${srcPath} to ${dstPath}` : `${srcPath} to ${c.name}:${dstPath}`;
        p.event(c.name, 'working', 'Copying', { text: msg });
        if (srcService !== '') copyFromContainer(eng, c.id, srcPath, abs(ctx.io.cwd, dstPath));
        else copyToContainer(eng, abs(ctx.io.cwd, srcPath), c.id, dstPath);
        p.spend(10);
        p.event(c.name, 'done', 'Copied', { text: msg });
      }
    }, 'Copying');
    return 0;
  },
});
