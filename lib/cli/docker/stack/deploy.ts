/**
 * `docker stack deploy -c FILE [-c FILE…] STACK`: compose files merged by lib/sim/compose's
 * loadProject (project name = the stack), unsupported options warned, then networks, secrets,
 * configs and services created or updated with docker's lines. Detached by default (docker ≥ 25).
 */
import { settle } from '../../../sim/index';
import { resolvePath } from '../../../sim/fs/path';
import { ComposeError, type LoaderFs } from '../../../sim/compose/index';
import { loadStackProject } from '../../../sim/swarm/stack-load';
import { deployStack } from '../../../sim/swarm/stack';
import { CliError, defineCommand, exactArgs, f, type RunContext } from '../../command';
import type { DockerEnv } from '../env';
import { waitForService } from '../service/progress';
import { resolveImage } from '../service/spec-build';
import { stackServices } from '../../../sim/swarm/stack';

function loaderFs(ctx: RunContext<DockerEnv>): LoaderFs {
  const fs = ctx.io.fs;
  return {
    read: (p) => (fs.stat(p)?.type === 'file' ? fs.readFile(p) : null),
    kind: (p) => {
      const st = fs.stat(p);
      return st ? (st.type === 'dir' ? 'dir' : 'file') : null;
    },
  };
}

export const deploy = defineCommand<DockerEnv>()({
  use: 'deploy [OPTIONS] STACK',
  short: 'Deploy a new stack or update an existing stack',
  args: exactArgs(1),
  aliasesLine: 'docker stack deploy, docker stack up',
  at: [{ parent: 'stack', aliases: ['up'] }],
  flags: {
    composeFile: f.list({ short: 'c', usage: 'Path to a Compose file, or "-" to read from stdin', type: 'strings' }),
    detach: f.bool({ short: 'd', usage: 'Exit immediately instead of waiting for the stack services to converge', default: true }),
    prune: f.bool({ usage: 'Prune services that are no longer referenced' }),
    quiet: f.bool({ short: 'q', usage: 'Suppress progress output' }),
    resolveImage: f.string({ usage: 'Query the registry to resolve image digest and supported platforms ("always", "changed", "never")', default: 'always' }),
    withRegistryAuth: f.bool({ usage: 'Send registry authentication details to Swarm agents' }),
  },
  complete: () => [],
  run(ctx, o, args) {
    settle(ctx.env.eng);
    const eng = ctx.env.eng;
    const stack = args[0]!;
    const files = o.composeFile.flatMap((c) => c.split(','));
    if (files.length === 0) throw new CliError('Specify a Compose file (with --compose-file)');
    if (!['always', 'changed', 'never'].includes(o.resolveImage)) throw new CliError(`Invalid option ${o.resolveImage} for flag --resolve-image`);
    const fs = loaderFs(ctx);
    const configs = files.map((name) => {
      if (name === '-') return { filename: resolvePath(ctx.io.cwd, 'stdin'), content: ctx.io.stdin };
      const path = resolvePath(ctx.io.cwd, name);
      if (fs.kind(path) === null) throw new CliError(`open ${path}: no such file or directory`);
      return { filename: path };
    });
    const first = configs[0]!.filename;
    let project;
    try {
      project = loadStackProject(configs, ctx.io.env, { fs, home: '/home/learner', workingDir: first.slice(0, first.lastIndexOf('/')) || '/', projectName: stack });
    } catch (e) {
      if (e instanceof ComposeError) throw new CliError(e.message);
      throw e;
    }
    const warnings: string[] = [];
    const result = deployStack(eng, project, {
      stack,
      prune: o.prune,
      readFile: (p) => fs.read(resolvePath(ctx.io.cwd, p)),
      image: (ref) => {
        const r = resolveImage(eng, ref, o.resolveImage === 'never');
        if (r.warning) warnings.push(r.warning);
        return r.image;
      },
    });
    for (const w of result.warnings) ctx.err(w + '\n');
    for (const w of warnings) ctx.err(w);
    ctx.out(result.lines.map((l) => l + '\n').join(''));
    settle(eng);
    if (!o.detach) for (const s of stackServices(eng, stack)) {
      const p = waitForService(eng, s.id);
      if (!o.quiet) ctx.out(p);
    }
    return 0;
  },
});
