/**
 * `docker buildx create|use|inspect|stop|rm` over the builder store (buildx-store.ts), with
 * buildx v0.24's wording (commands/create.go, use.go, inspect.go, stop.go, rm.go; builder/builder.go;
 * store/storeutil). Errors print as buildx prints them: `ERROR: …`, exit 1.
 */
import type { Engine } from '../../../sim/core/engine';
import { nextInt } from '../../../sim/core/rng';
import { NAME_ADJECTIVES, NAME_SURNAMES } from '../../../sim/containers/name-words';
import type { FileSystem } from '../../../sim/fs/types';
import { CliError, f, type Command, type RunContext, type defineCommand } from '../../command';
import { DEFAULT_HOST } from '../context/store';
import { buildxInspect } from './buildx-inspect';
import { buildxConfirmThen } from './buildx-prompt';
import {
  BuildxError,
  currentBuilder,
  listBuilders,
  missingInstanceFile,
  readBuilder,
  removeBuilder,
  saveBuilder,
  setCurrent,
  validateBuilderName,
  type StoredBuilder,
} from './buildx-store';

/** RequiresMaxArgs as vendored in buildx v0.24 (docker/cli 28, "SRun" typo included), through `ERROR: `. */
export function maxArgs<E>(ctx: RunContext<E>, max: number): number {
  const word = max === 1 ? 'argument' : 'arguments';
  ctx.err(`ERROR: docker: '${ctx.node.path}' requires at most ${max} ${word}\n\nUsage:  ${ctx.node.useLine}\n\nSRun '${ctx.node.path} --help' for more information\n`);
  return 1;
}

/** Runs `body`, printing a BuildxError as buildx does. */
function guarded(body: () => number): number {
  try {
    return body();
  } catch (e) {
    if (e instanceof BuildxError) throw new CliError(`ERROR: ${e.message}`, 1);
    throw e;
  }
}

/** storeutil.GetNodeGroup: a stored builder, the default one, or `no builder "x" found`. */
export function resolveBuilder(fs: FileSystem, name: string): StoredBuilder | 'default' {
  const wanted = name === '' ? currentBuilder(fs) : name;
  if (wanted === 'default') return 'default';
  const stored = /^[a-zA-Z][a-zA-Z0-9._-]*$/.test(wanted) ? readBuilder(fs, wanted.toLowerCase()) : null;
  if (!stored) throw new BuildxError(`no builder "${wanted}" found`);
  return stored;
}

/** store.GenerateName: namesgenerator.GetRandomName(i) from the engine's seeded rng. */
function generateName(fs: FileSystem, eng: Engine): string {
  let name = '';
  for (let i = 0; i < 6; i++) {
    name = `${NAME_ADJECTIVES[nextInt(eng.world.rng, NAME_ADJECTIVES.length)]!}_${NAME_SURNAMES[nextInt(eng.world.rng, NAME_SURNAMES.length)]!}`;
    if (i > 0) name += String(nextInt(eng.world.rng, 10));
    if (!readBuilder(fs, name)) return name;
  }
  return name;
}

const RM_INACTIVE_WARNING = 'WARNING! This will remove all builders that are not in running state. Are you sure you want to continue?';
const DRIVERS = ['docker-container', 'kubernetes', 'remote'];

export function builderVerbs<E>(cmd: ReturnType<typeof defineCommand<E>>, engineOf: (env: E) => Engine): Command<E>[] {
  const create = cmd({
    use: 'create [OPTIONS] [CONTEXT|ENDPOINT]',
    short: 'Create a new builder instance',
    flags: {
      name: f.string({ usage: 'Builder instance name' }),
      driver: f.string({ usage: 'Driver to use (available: "docker-container", "kubernetes", "remote")' }),
      node: f.string({ usage: 'Create/modify node with given name' }),
      platform: f.stringArray({ usage: 'Fixed platforms for current node' }),
      driverOpt: f.stringArray({ usage: 'Options for the driver' }),
      buildkitdFlags: f.string({ usage: 'BuildKit daemon flags' }),
      buildkitdConfig: f.string({ usage: 'BuildKit daemon config file' }),
      bootstrap: f.bool({ usage: 'Boot builder after creation' }),
      append: f.bool({ usage: 'Append a node to builder instead of changing it' }),
      leave: f.bool({ usage: 'Remove a node from builder instead of changing it' }),
      use: f.bool({ usage: 'Set the current builder instance' }),
    },
    at: [{ parent: 'buildx' }],
    run(ctx, o, args) {
      if (args.length > 1) return maxArgs(ctx, 1);
      return guarded(() => {
        const fs = ctx.io.fs;
        if (o.name === 'default') throw new BuildxError('default is a reserved name and cannot be used to identify builder instance');
        if (o.append && !o.name) throw new BuildxError('append requires a builder name');
        const name = o.name ? validateBuilderName(o.name) : generateName(fs, engineOf(ctx.env));
        const driver = o.driver || 'docker-container';
        const existing = readBuilder(fs, name);
        if (existing && !o.node && !o.append) {
          throw new BuildxError(`existing instance for "${name}" but no append mode, specify the node name to make changes for existing instances`);
        }
        if (existing && existing.Driver !== driver) throw new BuildxError(`existing instance for "${name}" but has mismatched driver "${existing.Driver}"`);
        if (!DRIVERS.includes(driver)) {
          throw new BuildxError(driver === 'docker' ? 'additional instances of driver "docker" cannot be created' : `failed to find driver "${driver}"`);
        }
        const nodes = existing?.Nodes ?? [];
        const nodeName = o.node || `${name}${nodes.length}`;
        const node = { Name: nodeName, Endpoint: args[0] ?? DEFAULT_HOST, Platforms: o.platform.length > 0 ? o.platform : null };
        const kept = nodes.filter((n) => n.Name !== nodeName);
        saveBuilder(fs, { Name: name, Driver: driver, Nodes: [...kept, node], Dynamic: false, LastActivity: engineOf(ctx.env).world.clock });
        if (o.use) setCurrent(fs, name, false);
        ctx.out(`${name}\n`);
        return 0;
      });
    },
  });

  const use = cmd({
    use: 'use [OPTIONS] NAME',
    short: 'Set the current builder instance',
    flags: {
      global: f.bool({ usage: 'Builder persists context changes' }),
      default: f.bool({ usage: 'Set builder as default for current context' }),
    },
    at: [{ parent: 'buildx' }],
    run(ctx, o, args) {
      if (args.length > 1) return maxArgs(ctx, 1);
      return guarded(() => {
        const name = args[0] ?? String(ctx.globals['builder'] ?? '');
        if (name !== 'default' && !readBuilder(ctx.io.fs, name.toLowerCase())) {
          if (!/^[a-zA-Z][a-zA-Z0-9._-]*$/.test(name)) {
            throw new BuildxError(`failed to find instance "${name}": invalid name ${name}, name needs to start with a letter and may not contain symbols, except ._-`);
          }
          throw new BuildxError(missingInstanceFile(name.toLowerCase()));
        }
        setCurrent(ctx.io.fs, name.toLowerCase(), o.global);
        return 0;
      });
    },
  });

  const inspect = cmd({
    use: 'inspect [NAME]',
    short: 'Inspect current builder instance',
    flags: { bootstrap: f.bool({ usage: 'Ensure builder has booted before inspecting' }) },
    at: [{ parent: 'buildx' }],
    run(ctx, _o, args) {
      if (args.length > 1) return maxArgs(ctx, 1);
      return guarded(() => {
        const b = resolveBuilder(ctx.io.fs, args[0] ?? String(ctx.globals['builder'] ?? ''));
        ctx.out(buildxInspect(b));
        return 0;
      });
    },
  });

  const stop = cmd({
    use: 'stop [NAME]',
    short: 'Stop builder instance',
    at: [{ parent: 'buildx' }],
    run(ctx, _o, args) {
      if (args.length > 1) return maxArgs(ctx, 1);
      // The docker driver cannot be stopped and an inactive container builder has nothing to stop.
      return guarded(() => (resolveBuilder(ctx.io.fs, args[0] ?? String(ctx.globals['builder'] ?? '')), 0));
    },
  });

  const rm = cmd({
    use: 'rm [OPTIONS] [NAME...]',
    short: 'Remove one or more builder instances',
    flags: {
      keepState: f.bool({ usage: 'Keep BuildKit state' }),
      keepDaemon: f.bool({ usage: 'Keep the BuildKit daemon running' }),
      allInactive: f.bool({ usage: 'Remove all inactive builders' }),
      force: f.bool({ short: 'f', usage: 'Do not prompt for confirmation' }),
    },
    at: [{ parent: 'buildx' }],
    run(ctx, o, args) {
      const fs = ctx.io.fs;
      if (o.allInactive) {
        if (args.length > 0) throw new CliError('ERROR: cannot specify builder name when --all-inactive is set', 1);
        // Every stored builder is inactive here (none is booted), so all of them go.
        const removeAll = () => listBuilders(fs).map((b) => (removeBuilder(fs, b.Name), `${b.Name} removed\n`)).join('');
        if (o.force) return void ctx.err(removeAll());
        return buildxConfirmThen(ctx.io, RM_INACTIVE_WARNING, () => (ctx.err(removeAll()), ''));
      }
      let failed = false;
      for (const name of args.length > 0 ? args : [String(ctx.globals['builder'] ?? '')]) {
        try {
          const b = resolveBuilder(fs, name);
          if (b === 'default') throw new BuildxError('context builder cannot be removed, run `docker context rm default` to remove this context');
          removeBuilder(fs, b.Name);
          ctx.err(`${name} removed\n`);
        } catch (e) {
          if (!(e instanceof BuildxError)) throw e;
          ctx.err(`failed to remove ${name}: ${e.message}\n`);
          failed = true;
        }
      }
      if (failed) throw new CliError('ERROR: failed to remove one or more builders', 1);
      return 0;
    },
  });

  return [create, inspect, rm, stop, use];
}
