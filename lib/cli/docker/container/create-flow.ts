/**
 * The create half of `docker run` / `docker create` (docker/cli container/create.go
 * createContainer): `--pull` policy, the implicit pull when the image is missing (`Unable to find
 * image 'nginx:latest' locally` + pull progress on stderr), `--cidfile`, the daemon's warnings,
 * extra networks; and docker run's toStatusError (exit 125/126/127 with the `--help` hint).
 */
import {
  connectNetwork,
  createContainer,
  EngineError,
  familiarString,
  findImage,
  parseReference,
  platformWarning,
  pullImage,
  tagNameOnly,
  type ContainerRecord,
  type Engine,
  type PullLine,
} from '../../../sim/index';
import { resolvePath } from '../../../sim/fs/path';
import { StatusError, type RunContext } from '../../command';
import { daemonMessage, type DockerEnv } from '../env';
import { checkCreate } from './daemon-checks';
import { ParseError, parseContainerOptions, type ContainerOptions, type ParsedContainer } from './parse-options';

export interface CreateFlowOptions {
  name: string;
  pull: string;
  quiet: boolean;
  platform: string;
  cidfile: string;
}

/** docker's non-TTY rendering of pull progress (lines with a progress bar are skipped). */
export function renderPullPlain(lines: readonly PullLine[]): string {
  let out = '';
  for (const l of lines) if (!l.progress) out += (l.id ? `${l.id}: ` : '') + l.status + '\n';
  return out;
}

/** withHelp: `docker: <err>\n\nRun 'docker <verb> --help' for more information`. */
export function withHelp(message: string, verb: string): string {
  return `docker: ${message}\n\nRun 'docker ${verb} --help' for more information`;
}

export function errorText(e: unknown): string {
  if (e instanceof EngineError) return daemonMessage(e);
  return e instanceof Error ? e.message : String(e);
}

/** run.go toStatusError: 127 for missing executables/files, 126 for permission problems, else 125. */
export function toStatusError(e: unknown, verb = 'run'): StatusError {
  const msg = errorText(e);
  let code = 125;
  if (/executable file not found|no such file or directory|system cannot find the file specified/.test(msg)) code = 127;
  else if (/permission denied|is a directory/.test(msg)) code = 126;
  return new StatusError(code, withHelp(msg, verb));
}

export function validatePullOpt(val: string, verb: string): void {
  if (['always', 'missing', 'never', ''].includes(val)) return;
  throw new StatusError(125, withHelp(`invalid pull option: '${val}': must be one of "always", "missing" or "never"`, verb));
}

/**
 * The shared front of run and create: `--pull` checked, then the options parsed against the shell's
 * files, working directory and environment; client errors exit 125 with the `--help` hint.
 */
export function parseForCreate(ctx: RunContext<DockerEnv>, o: ContainerOptions & { pull: string }, args: readonly string[], verb: 'run' | 'create'): ParsedContainer {
  validatePullOpt(o.pull, verb);
  try {
    return parseContainerOptions(o, args[0]!, args.slice(1), {
      fs: ctx.io.fs,
      cwd: ctx.io.cwd,
      lookup: (k) => ctx.io.env[k],
      entrypointChanged: ctx.changed('entrypoint'),
    });
  } catch (e) {
    if (e instanceof ParseError) throw new StatusError(125, withHelp(e.message, verb));
    throw e;
  }
}

function pullInto(ctx: RunContext<DockerEnv>, eng: Engine, image: string, quiet: boolean, platform: string): void {
  const r = pullImage(eng, image, undefined, platform ? { platform } : {});
  if (!quiet) ctx.err(renderPullPlain(r.lines));
}

/** Create the container as docker/cli does; throws engine errors for the caller to word. */
export function createWithPull(ctx: RunContext<DockerEnv>, parsed: ParsedContainer, o: CreateFlowOptions): ContainerRecord {
  const eng = ctx.env.eng;
  const cid = o.cidfile === '' ? '' : resolvePath(ctx.io.cwd, o.cidfile);
  if (cid !== '' && ctx.io.fs.stat(cid)) throw new Error(`container ID file found, make sure the other container isn't running or delete ${o.cidfile}`);
  const image = parsed.spec.config.Image;
  const isId = /^(sha256:)?[0-9a-f]{64}$/.test(image);
  const named = isId ? null : tagNameOnly(parseReference(image));
  // --platform defaults to $DOCKER_DEFAULT_PLATFORM; the image of that platform is pulled when missing.
  const platform = o.platform || (ctx.io.env['DOCKER_DEFAULT_PLATFORM'] ?? '');
  if (o.pull === 'always' && named) pullInto(ctx, eng, image, o.quiet, platform);
  const spec = { ...parsed.spec, ...(o.name !== '' ? { name: o.name } : {}) };
  const create = () => {
    checkCreate(eng, (spec.hostConfig ?? {}) as Record<string, unknown>, image, platform);
    return createContainer(eng, spec);
  };
  let result;
  try {
    result = create();
  } catch (e) {
    // Both are NotFound errors to the client: no such image, or the local one is of another platform.
    const missing = e instanceof EngineError && e.kind === 'notFound' && /^(No such image|image with reference )/.test(e.message);
    if (!missing || !named || o.pull !== 'missing') throw e;
    if (!o.quiet) ctx.err(`Unable to find image '${familiarString(named)}' locally\n`);
    pullInto(ctx, eng, image, o.quiet, platform);
    result = create();
  }
  const c = result.container;
  for (const n of parsed.extraNetworks) connectNetwork(eng, n.name, c.id, { ...(n.ipv4Address ? { ip: n.ipv4Address } : {}), ...(n.aliases ? { aliases: n.aliases } : {}) });
  if (parsed.gpus.length > 0) (c.hostConfig as unknown as Record<string, unknown>)['DeviceRequests'] = parsed.gpus;
  const warnings = [...result.warnings];
  const img = platform === '' ? findImage(eng, c.imageId) : undefined;
  const foreign = img && platformWarning(img);
  if (foreign) warnings.push(foreign);
  for (const dns of c.hostConfig.Dns) if (/^127\.|^::1$/.test(dns)) warnings.push(`Localhost DNS (${dns}) may fail in containers.`);
  for (const w of warnings) ctx.err(`WARNING: ${w}\n`);
  if (cid !== '') ctx.io.fs.writeFile(cid, c.id);
  return c;
}
