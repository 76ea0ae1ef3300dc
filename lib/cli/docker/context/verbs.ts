/** `docker context ls|use|create|inspect|show|rm` over the context store in ~/.docker. */
import { arbitraryArgs, CliError, defineCommand, exactArgs, f, noArgs, requiresMinArgs, type RunContext } from '../../command';
import { readCsvRecord } from '../../flags/go-csv';
import { formatWrite } from '../../format/formatter';
import { inspectWrite } from '../../format/inspect';
import { FORMAT_HELP, INSPECT_FORMAT_HELP } from '../container/help-texts';
import type { DockerEnv } from '../env';
import { ContextRow, CONTEXT_HEADERS, contextFormat } from './row';
import { configuredContext, currentContextName, DEFAULT_CONTEXT, getContext, listContexts, metaDir, notFoundMessage, removeContext, saveContext, setConfiguredContext, validateName, type ContextMeta } from './store';

const cmd = defineCommand<DockerEnv>();

/** pflag's StringToString (`--docker host=…,ca=…`): CSV `k=v` pairs, later flags add keys; shown as `[k=v,…]`. */
function stringToString(o: { usage: string }) {
  return f.custom<Record<string, string>>({
    ...o,
    type: 'stringToString',
    create() {
      let values: Record<string, string> = {};
      let changed = false;
      return {
        set(raw) {
          const out: Record<string, string> = {};
          for (const pair of readCsvRecord(raw)) {
            const eq = pair.indexOf('=');
            if (eq < 0) throw new Error(`${pair} must be formatted as key=value`);
            out[pair.slice(0, eq)] = pair.slice(eq + 1);
          }
          values = changed ? { ...values, ...out } : out;
          changed = true;
        },
        get: () => values,
        toString: () => '[' + Object.entries(values).map(([k, v]) => `${k}=${v}`).join(',') + ']',
      };
    },
  });
}
const configDir = (ctx: RunContext<DockerEnv>) => String(ctx.globals['config'] ?? '/home/learner/.docker');
const current = (ctx: RunContext<DockerEnv>) => currentContextName(ctx.io.fs, configDir(ctx), String(ctx.globals['context'] ?? ''), ctx.io.env);
const names = (ctx: { io: { fs: RunContext<DockerEnv>['io']['fs'] } }) => listContexts(ctx.io.fs, '/home/learner/.docker').map((c) => c.Name);

export const ls = cmd({
  use: 'ls [OPTIONS]',
  short: 'List contexts',
  args: noArgs,
  aliasesLine: 'docker context ls, docker context list',
  at: [{ parent: 'context', aliases: ['list'] }],
  flags: {
    format: f.string({ usage: FORMAT_HELP }),
    quiet: f.bool({ short: 'q', usage: 'Only show context names' }),
  },
  complete: () => [],
  run(ctx, o) {
    const cur = current(ctx);
    const rows = listContexts(ctx.io.fs, configDir(ctx)).map((m) => new ContextRow(m, m.Name === cur));
    ctx.out(formatWrite(contextFormat(o.format, o.quiet), CONTEXT_HEADERS, rows));
    return 0;
  },
});

export const use = cmd({
  use: 'use CONTEXT',
  short: 'Set the current docker context',
  args: arbitraryArgs,
  at: [{ parent: 'context' }],
  complete: (ctx) => names(ctx),
  run(ctx, _o, args) {
    if (args.length !== 1) throw new CliError(`accepts 1 arg(s), received ${args.length}`);
    const name = args[0]!;
    if (name !== 'default') {
      const bad = validateName(name);
      if (bad) throw new CliError(bad);
      if (!getContext(ctx.io.fs, configDir(ctx), name)) throw new CliError(notFoundMessage(configDir(ctx), name));
    }
    const value = name === 'default' ? '' : name;
    if (configuredContext(ctx.io.fs, configDir(ctx)) !== value) setConfiguredContext(ctx.io.fs, configDir(ctx), value);
    ctx.out(name + '\n');
    ctx.err(`Current context is now "${name}"\n`);
    return 0;
  },
});

export const create = cmd({
  use: 'create [OPTIONS] CONTEXT',
  short: 'Create a context',
  long: 'Create a context\n\nDocker endpoint config:\n\nNAME                DESCRIPTION\nfrom                Copy named context\'s Docker endpoint configuration\nhost                Docker endpoint on which to connect\nca                  Trust certs signed only by this CA\ncert                Path to TLS certificate file\nkey                 Path to TLS key file\nskip-tls-verify     Skip TLS certificate validation\n\nExample:\n\n$ docker context create my-context --description "some description" --docker "host=tcp://myserver:2376,ca=~/ca-file,cert=~/cert-file,key=~/key-file"',
  args: exactArgs(1),
  at: [{ parent: 'context' }],
  flags: {
    description: f.string({ usage: 'Description of the context' }),
    docker: stringToString({ usage: 'set the docker endpoint' }),
    from: f.string({ usage: 'create context from a named context' }),
  },
  complete: () => [],
  run(ctx, o, args) {
    const name = args[0]!;
    const dir = configDir(ctx);
    const bad = validateName(name);
    if (bad) throw new CliError(bad);
    if (getContext(ctx.io.fs, dir, name)) throw new CliError(`context "${name}" already exists`);
    let host = DEFAULT_CONTEXT.Endpoints.docker.Host;
    if (o.from !== '' || !ctx.changed('docker')) {
      const fromName = o.from !== '' ? o.from : current(ctx);
      const from = getContext(ctx.io.fs, dir, fromName);
      if (!from) throw new CliError(notFoundMessage(dir, fromName));
      host = from.Endpoints.docker.Host;
    } else host = o.docker['host'] ?? host;
    const meta: ContextMeta = { Name: name, Metadata: o.description ? { Description: o.description } : {}, Endpoints: { docker: { Host: host, SkipTLSVerify: o.docker['skip-tls-verify'] === 'true' } } };
    saveContext(ctx.io.fs, dir, meta);
    ctx.out(name + '\n');
    ctx.err(`Successfully created context "${name}"\n`);
    return 0;
  },
});

export const inspect = cmd({
  use: 'inspect [OPTIONS] [CONTEXT] [CONTEXT...]',
  short: 'Display detailed information on one or more contexts',
  at: [{ parent: 'context' }],
  flags: { format: f.string({ short: 'f', usage: INSPECT_FORMAT_HELP }) },
  complete: (ctx) => names(ctx),
  run(ctx, o, args) {
    const dir = configDir(ctx);
    const refs = args.length > 0 ? args : [current(ctx)];
    const items = refs.map((ref) => {
      const m = getContext(ctx.io.fs, dir, ref);
      if (!m) return { error: notFoundMessage(dir, ref) };
      const storage = ref === 'default' ? { MetadataPath: '<IN MEMORY>', TLSPath: '<IN MEMORY>' } : { MetadataPath: metaDir(dir, ref), TLSPath: metaDir(dir, ref).replace('/meta/', '/tls/') };
      return { value: { Name: m.Name, Metadata: m.Metadata, Endpoints: m.Endpoints, TLSMaterial: {}, Storage: storage } };
    });
    const r = inspectWrite(items, o.format);
    ctx.out(r.stdout);
    if (r.error) throw r.error;
    return 0;
  },
});

export const show = cmd({
  use: 'show',
  short: 'Print the name of the current context',
  args: noArgs,
  at: [{ parent: 'context' }],
  complete: () => [],
  run(ctx) {
    ctx.out(current(ctx) + '\n');
    return 0;
  },
});

export const rm = cmd({
  use: 'rm CONTEXT [CONTEXT...]',
  short: 'Remove one or more contexts',
  args: requiresMinArgs(1),
  aliasesLine: 'docker context rm, docker context remove',
  at: [{ parent: 'context', aliases: ['remove'] }],
  flags: { force: f.bool({ short: 'f', usage: 'Force the removal of a context in use' }) },
  complete: (ctx) => names(ctx),
  run(ctx, o, args) {
    const dir = configDir(ctx);
    const errors: string[] = [];
    for (const name of args) {
      if (name === 'default') errors.push('failed to remove context default: context "default" cannot be removed');
      else if (!getContext(ctx.io.fs, dir, name)) errors.push(`failed to remove context ${name}: failed to remove metadata: ${notFoundMessage(dir, name)}`);
      else if (name === configuredContext(ctx.io.fs, dir) && !o.force) errors.push(`failed to remove context ${name}: context "${name}" is in use, set -f flag to force remove`);
      else {
        if (name === configuredContext(ctx.io.fs, dir)) setConfiguredContext(ctx.io.fs, dir, '');
        removeContext(ctx.io.fs, dir, name);
        ctx.out(name + '\n');
      }
    }
    if (errors.length > 0) throw new CliError(errors.join('\n'));
    return 0;
  },
});


