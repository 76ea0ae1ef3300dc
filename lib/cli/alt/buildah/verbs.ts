/** buildah from / containers / images / rm / rmi / version. */
import { hostOf, listImages, removeContainer, removeImage, EngineError } from '../../../sim/index';
import { refsOf } from '../../../sim/images/store';
import { CliError, defineCommand, f, noArgs, requiresMinArgs, exactArgs } from '../../command';
import { tabwrite } from '../../format/tabwriter';
import { humanDuration, humanSizeWithPrecision } from '../../format/units';
import { podmanEngine, podmanState } from '../engines';
import { captureDockerVerb } from '../podman/delegate';
import { BUILDAH_LABEL } from '../podman/ps';
import { imageForRun } from '../podman/pull';
import type { RunContext } from '../../command';
import type { Engine } from '../../../sim/index';
import { workingContainer, workingName } from './working';

export interface BuildahEnv {
  readonly eng: Engine;
}
export const buildahCommand = defineCommand<BuildahEnv>();
export const BUILDAH_VERSION = '1.33.7';
export const store = (ctx: RunContext<BuildahEnv>) => podmanEngine(ctx.env.eng);

export const from = buildahCommand({
  use: 'from',
  short: 'Create a working container based on an image',
  long: 'Creates a new working container, either from scratch or using a specified\n  image as a starting point.',
  flags: {
    name: f.string({ usage: 'set a name for the working container' }),
    quiet: f.bool({ short: 'q', usage: "don't output progress information when pulling images" }),
  },
  run(ctx, o, args) {
    if (args.length === 0) throw new CliError('Error: an image name (or "scratch") must be specified', 125);
    if (args.length > 1) throw new CliError('Error: too many arguments specified', 125);
    const p = store(ctx);
    const { ref } = imageForRun(p, args[0]!, (t) => ctx.err(t), o.quiet);
    const name = o.name || workingName(p, args[0]!);
    const made = captureDockerVerb(p, ctx.io, ['create', '--name', name, '--network', 'podman', '--label', `${BUILDAH_LABEL}=true`, ref]);
    if (made.code !== 0) throw new CliError(made.stderr.trimEnd(), 125);
    podmanState(p).working[name] = { id: made.stdout.trim(), image: ref, changes: [] };
    ctx.out(name + '\n');
  },
});

export const containers = buildahCommand({
  use: 'containers',
  short: 'List working containers and their base images',
  aliases: ['list', 'ls', 'ps'],
  args: noArgs,
  flags: { quiet: f.bool({ short: 'q', usage: 'display only container IDs' }), notruncate: f.bool({ usage: 'do not truncate output' }) },
  run(ctx, o) {
    const p = store(ctx);
    const cut = (s: string, n: number) => (o.notruncate || s.length <= n ? s : s.slice(0, n - 3) + '...');
    const rows = Object.entries(podmanState(p).working).map(([name, w]) => ({ name, w, c: hostOf(p).containers[w.id] })).filter((r) => r.c);
    if (o.quiet) return void ctx.out(rows.map((r) => (o.notruncate ? r.w.id : r.w.id.slice(0, 12)) + '\n').join(''));
    let out = 'CONTAINER ID  BUILDER  IMAGE ID     IMAGE NAME                       CONTAINER NAME\n';
    for (const r of rows) out += `${r.w.id.slice(0, 12)}     *     ${r.c!.imageId.slice(7, 19)} ${cut(r.w.image, 32).padEnd(32)} ${r.name}\n`;
    ctx.out(out);
  },
});

function sizeText(bytes: number): string {
  const s = humanSizeWithPrecision(bytes, 3);
  const i = s.search(/[^\d.]/);
  return i < 0 ? s : `${s.slice(0, i)} ${s.slice(i)}`;
}

export const images = buildahCommand({
  use: 'images',
  short: 'List images in local storage',
  long: 'Lists locally stored images.',
  flags: { quiet: f.bool({ short: 'q', usage: 'display only image IDs' }), noTrunc: f.bool({ name: 'no-trunc', usage: 'do not truncate output' }) },
  run(ctx, o) {
    const p = store(ctx);
    const lines: string[] = [];
    for (const img of listImages(p).sort((a, b) => b.created - a.created)) {
      const names = refsOf(hostOf(p), img.id).filter((r) => !r.includes('@'));
      for (const n of names.length ? names : ['<none>:<none>']) {
        const at = n.lastIndexOf(':');
        lines.push([n.slice(0, at), n.slice(at + 1), o.noTrunc ? img.id : img.id.slice(7, 19), `${humanDuration(p.world.clock - img.created)} ago`, sizeText(img.size)].join('\t'));
      }
    }
    if (o.quiet) return void ctx.out([...new Set(lines.map((l) => l.split('\t')[2]))].map((x) => x + '\n').join(''));
    ctx.out(tabwrite(['REPOSITORY\tTAG\tIMAGE ID\tCREATED\tSIZE', ...lines].join('\n') + '\n', { minwidth: 0, padding: 3 }));
  },
});

export const rm = buildahCommand({
  use: 'rm',
  short: 'Remove one or more working containers',
  aliases: ['delete'],
  flags: { all: f.bool({ short: 'a', usage: 'remove all containers' }) },
  run(ctx, o, args) {
    const p = store(ctx);
    const names = o.all ? Object.keys(podmanState(p).working) : args;
    if (names.length === 0) throw new CliError('Error: container ID must be specified', 125);
    for (const n of names) {
      const w = workingContainer(p, n, 'removing container');
      removeContainer(p, w.container.id, { force: true });
      delete podmanState(p).working[w.name];
      ctx.out(w.container.id + '\n');
    }
  },
});

export const rmi = buildahCommand({
  use: 'rmi',
  short: 'Remove one or more images from local storage',
  args: requiresMinArgs(1),
  flags: { force: f.bool({ short: 'f', usage: 'force removal of the image and any containers using the image' }) },
  run(ctx, o, args) {
    const p = store(ctx);
    for (const a of args) {
      try {
        const rec = removeImage(p, a, { force: o.force });
        for (const r of rec) if ('untagged' in r && r.untagged) ctx.out(`untagged: ${r.untagged}\n`);
        for (const r of rec) if ('deleted' in r && r.deleted) ctx.out(`${r.deleted.replace(/^sha256:/, '')}\n`);
      } catch (e) {
        if (e instanceof EngineError) throw new CliError(`Error: 1 error occurred:\n\t* ${a}: image not known\n`, 125);
        throw e;
      }
    }
  },
});

export const version = buildahCommand({
  use: 'version',
  short: 'Display the Buildah version information',
  args: exactArgs(0),
  run(ctx) {
    ctx.out(`Version:         ${BUILDAH_VERSION}\nGo Version:      go1.22.2\nImage Spec:      1.1.0-rc.5\nRuntime Spec:    1.1.0\nCNI Spec:        1.0.0\nlibcni Version:  \nimage Version:   5.29.2\nGit Commit:      \nBuilt:           Thu Jan  1 00:00:00 1970\nOS/Arch:         linux/amd64\nBuildPlatform:   linux/amd64\n`);
  },
});
