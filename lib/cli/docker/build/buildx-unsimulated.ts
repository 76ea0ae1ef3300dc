/**
 * The buildx commands the simulator lists but does not run: `bake` (reads bake/compose files and
 * drives BuildKit), `history …` (BuildKit's build records) and `imagetools …` (registry manifests).
 * They appear in `docker buildx --help` with buildx v0.24's use lines and words; `bake` without any
 * definition file fails as buildx does; otherwise each says plainly that it is not simulated
 * (exit 1), rather than pretending to succeed.
 */
import { CliError, f, type Command, type defineCommand, type RunContext } from '../../command';

/** composecli.DefaultFileNames, then the bake files (bake/bake.go defaultFilenames). */
const BAKE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml', 'docker-bake.json', 'docker-bake.hcl', 'docker-bake.override.json', 'docker-bake.override.hcl'];

function notSimulated<E>(ctx: RunContext<E>, what: string): number {
  throw new CliError(`'${ctx.node.path}' is not simulated in Dockerlings (${what}).`, 1);
}

export function unsimulatedVerbs<E>(cmd: ReturnType<typeof defineCommand<E>>): Command<E>[] {
  const bake = cmd({
    use: 'bake [OPTIONS] [TARGET...]',
    short: 'Build from a file',
    aliases: ['f'],
    aliasesLine: 'docker buildx bake, docker buildx f',
    flags: {
      file: f.stringArray({ short: 'f', usage: 'Build definition file' }),
      load: f.bool({ usage: 'Shorthand for "--set=*.output=type=docker"' }),
      noCache: f.bool({ usage: 'Do not use cache when building the image' }),
      print: f.bool({ usage: 'Print the options without building' }),
      progress: f.string({ usage: 'Set type of progress output ("auto", "quiet", "plain", "tty", "rawjson"). Use plain to show container output', default: 'auto' }),
      pull: f.bool({ usage: 'Always attempt to pull all referenced images' }),
      push: f.bool({ usage: 'Shorthand for "--set=*.output=type=registry"' }),
      set: f.stringArray({ usage: 'Override target value (e.g., "targetpattern.key=value")' }),
    },
    at: [{ parent: 'buildx' }],
    run(ctx, o) {
      const cwd = ctx.io.cwd.replace(/\/$/, '');
      const found = o.file.length > 0 || BAKE_FILES.some((n) => ctx.io.fs.stat(`${cwd}/${n}`)?.type === 'file');
      if (!found) throw new CliError("ERROR: couldn't find a bake definition", 1);
      return notSimulated(ctx, 'use docker buildx build, or docker compose build for a compose file');
    },
  });

  const history = cmd({ use: 'history', short: 'Commands to work on build records', group: true, at: [{ parent: 'buildx' }] });
  const records = 'BuildKit build records are not kept';
  const historyLeaves = [
    ['export [OPTIONS] [REF...]', 'Export build records into Docker Desktop bundle'],
    ['import [OPTIONS] -', 'Import build records into Docker Desktop'],
    ['inspect [OPTIONS] [REF]', 'Inspect a build record'],
    ['logs [OPTIONS] [REF]', 'Print the logs of a build record'],
    ['ls [OPTIONS]', 'List build records'],
    ['open [OPTIONS] [REF]', 'Open a build record in Docker Desktop'],
    ['rm [OPTIONS] [REF...]', 'Remove build records'],
    ['trace [OPTIONS] [REF]', 'Show the OpenTelemetry trace of a build record'],
  ].map(([use, short]) => cmd({ use: use!, short: short!, disableFlagParsing: true, at: [{ parent: 'buildx history' }], run: (ctx) => notSimulated(ctx, records) }));

  const imagetools = cmd({ use: 'imagetools', short: 'Commands to work on images in registry', group: true, at: [{ parent: 'buildx' }] });
  const manifests = 'registry manifests are not fetched; try docker manifest inspect or docker image inspect';
  const imagetoolsLeaves = [
    ['create [OPTIONS] [SOURCE...]', 'Create a new image based on source images'],
    ['inspect [OPTIONS] NAME', 'Show details of an image in the registry'],
  ].map(([use, short]) => cmd({ use: use!, short: short!, disableFlagParsing: true, at: [{ parent: 'buildx imagetools' }], run: (ctx) => notSimulated(ctx, manifests) }));

  return [bake, history, ...historyLeaves, imagetools, ...imagetoolsLeaves];
}
