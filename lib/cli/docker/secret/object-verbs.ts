/**
 * `docker secret` and `docker config` share their verbs' shape (docker/cli cli/command/secret and
 * config): create from a file or `-` (stdin) printing the id, ls (ID NAME [DRIVER] CREATED UPDATED),
 * inspect (API JSON or --pretty), rm with the daemon's in-use error. `objectVerbs(kind)` builds them.
 */
import { checkSwarmFilters, SWARM_LIST_FLAGS } from '../swarm-list-flags';
import { settle } from '../../../sim/index';
import { resolvePath } from '../../../sim/fs/path';
import { isEngineError } from '../../../sim/index';
import { configJson, secretJson } from '../../../sim/swarm/api';
import { createSwarmObject, findSwarmObject, listSwarmObjects, removeSwarmObject, type ConfigRecord, type SecretRecord, type SwarmObjectKind } from '../../../sim/swarm/index';
import { CliError, defineCommand, f, noArgs, requiresMinArgs, requiresRangeArgs, exactArgs, type Command, type RunContext } from '../../command';
import { DEFAULT_QUIET_FORMAT, FormatContext, formatWrite, HeaderMap, TABLE_FORMAT_KEY } from '../../format/formatter';
import { goTimeString } from '../../format/go-time';
import { inspectWrite } from '../../format/inspect';
import { GO_TYPE } from '../../format/template';
import { humanDuration } from '../../format/units';
import { validateLabel } from '../../flags';
import { INSPECT_FORMAT_HELP } from '../container/help-texts';
import { daemonMessage, type DockerEnv } from '../env';
import { objectNames } from '../service/completion';
import { kvToMap } from '../kv-map';

type Rec = SecretRecord | ConfigRecord;
const Title = (k: SwarmObjectKind) => (k === 'secret' ? 'Secret' : 'Config');

class ObjectContext extends FormatContext {
  readonly [GO_TYPE]: string;
  constructor(
    private readonly r: Rec,
    private readonly now: number,
    kind: SwarmObjectKind,
  ) {
    super();
    this[GO_TYPE] = `*${kind}.${kind}Context`;
  }
  ID(): string {
    return this.r.id;
  }
  Name(): string {
    return this.r.spec.Name;
  }
  Driver(): string {
    return 'Driver' in this.r.spec ? (this.r.spec.Driver?.Name ?? '') : '';
  }
  CreatedAt(): string {
    return `${humanDuration(this.now - this.r.createdAt)} ago`;
  }
  UpdatedAt(): string {
    return `${humanDuration(this.now - this.r.updatedAt)} ago`;
  }
  Labels(): string {
    return Object.entries(this.r.spec.Labels).map(([k, v]) => `${k}=${v}`).join(',');
  }
  Label(name: string): string {
    return this.r.spec.Labels[name] ?? '';
  }
}

/** The content as docker/cli reads it: secrets wrap errors (`error reading from x: …`, empty data refused), configs do not. */
function readData(ctx: RunContext<DockerEnv>, kind: SwarmObjectKind, file: string): string {
  const from = file === '-' ? 'STDIN' : file;
  const fail = (why: string) => new CliError(kind === 'secret' ? `error reading from ${from}: ${why}` : why);
  let data: string;
  if (file === '-') data = ctx.io.stdin;
  else {
    const path = resolvePath(ctx.io.cwd, file);
    const st = ctx.io.fs.stat(path);
    if (!st) throw fail(`open ${file}: no such file or directory`);
    if (st.type === 'dir') throw kind === 'secret' ? fail(`read ${file}: is a directory`) : new CliError(`Error reading content from "${file}": read ${file}: is a directory`);
    data = ctx.io.fs.readFile(path);
  }
  if (kind === 'secret' && data === '') throw fail('data is empty');
  return data;
}

function pretty(kind: SwarmObjectKind, r: Rec): string {
  const labels = Object.entries(r.spec.Labels);
  const labelText = labels.length ? '\nLabels:' + labels.map(([k, v]) => `\n - ${k}${v ? `=${v}` : ''}`).join('') : '';
  if (kind === 'secret') {
    const driver = 'Driver' in r.spec ? (r.spec.Driver?.Name ?? '') : '';
    return `ID:              ${r.id}\nName:              ${r.spec.Name}${labelText}\nDriver:            ${driver}\nCreated at:        ${goTimeString(r.createdAt)}\nUpdated at:        ${goTimeString(r.updatedAt)}\n`;
  }
  return `ID:\t\t\t${r.id}\nName:\t\t\t${r.spec.Name}${labelText}\nCreated at:            \t${goTimeString(r.createdAt)}\nUpdated at:            \t${goTimeString(r.updatedAt)}\nData:\n${r.data}\n`;
}

export function objectVerbs(kind: SwarmObjectKind): Command<DockerEnv>[] {
  const T = Title(kind);
  const UPPER = kind.toUpperCase();
  const create = defineCommand<DockerEnv>()({
    use: kind === 'secret' ? 'create [OPTIONS] SECRET [file|-]' : 'create [OPTIONS] CONFIG file|-',
    short: kind === 'secret' ? 'Create a secret from a file or STDIN as content' : 'Create a config from a file or STDIN',
    args: kind === 'secret' ? requiresRangeArgs(1, 2) : exactArgs(2),
    at: [{ parent: kind }],
    flags: {
      ...(kind === 'secret' ? { driver: f.string({ short: 'd', usage: 'Secret driver' }) } : {}),
      label: f.list({ short: 'l', usage: `${T} labels`, validator: validateLabel }),
      templateDriver: f.string({ usage: 'Template driver' }),
    },
    complete: () => [],
    run(ctx, o, args) {
      settle(ctx.env.eng);
      const driver = (o as { driver?: string }).driver ?? '';
      if (driver && args[1] !== undefined) throw new CliError('When using secret driver secret data must be empty');
      if (!driver && args[1] === undefined) throw new CliError('secret file is required');
      const data = args[1] !== undefined ? readData(ctx, kind, args[1]) : '';
      const rec = createSwarmObject(ctx.env.eng, kind, { name: args[0]!, data, labels: kvToMap(o.label), ...(driver ? { driver } : {}), ...(o.templateDriver ? { templateDriver: o.templateDriver } : {}) });
      ctx.out(rec.id + '\n');
      return 0;
    },
  });
  const headers = new HeaderMap([
    ['ID', 'ID'],
    ['Name', 'NAME'],
    ['Driver', 'DRIVER'],
    ['CreatedAt', 'CREATED'],
    ['UpdatedAt', 'UPDATED'],
  ]);
  const table = kind === 'secret' ? 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.CreatedAt}}\t{{.UpdatedAt}}' : 'table {{.ID}}\t{{.Name}}\t{{.CreatedAt}}\t{{.UpdatedAt}}';
  const ls = defineCommand<DockerEnv>()({
    use: 'ls [OPTIONS]',
    short: `List ${kind}s`,
    args: noArgs,
    aliasesLine: `docker ${kind} ls, docker ${kind} list`,
    at: [{ parent: kind, aliases: ['list'] }],
    flags: SWARM_LIST_FLAGS,
    complete: () => [],
    run(ctx, o) {
      settle(ctx.env.eng);
      const eng = ctx.env.eng;
      const filters = o.filter;
      checkSwarmFilters(filters, ['id', 'label', 'name', 'names']);
      const items = listSwarmObjects(eng, kind)
        .filter((r) => !filters.names?.length || filters.names.includes(r.spec.Name))
        .filter((r) => !filters.name?.length || filters.name.some((n) => r.spec.Name.startsWith(n)))
        .filter((r) => !filters.id?.length || filters.id.some((n) => r.id.startsWith(n)))
        .filter((r) => (filters.label ?? []).every((l) => (l.includes('=') ? r.spec.Labels[l.split('=')[0]!] === l.split('=')[1] : l in r.spec.Labels)))
        .sort((a, b) => (a.spec.Name < b.spec.Name ? -1 : 1));
      let format = o.format;
      if (format === '' || format === TABLE_FORMAT_KEY) format = o.quiet ? DEFAULT_QUIET_FORMAT : table;
      else if (o.quiet) format = DEFAULT_QUIET_FORMAT;
      ctx.out(formatWrite(format, headers, items.map((r) => new ObjectContext(r, eng.world.clock, kind))));
      return 0;
    },
  });
  const inspect = defineCommand<DockerEnv>()({
    use: `inspect [OPTIONS] ${UPPER} [${UPPER}...]`,
    short: `Display detailed information on one or more ${kind}s`,
    args: requiresMinArgs(1),
    at: [{ parent: kind }],
    flags: {
      format: f.string({ short: 'f', usage: INSPECT_FORMAT_HELP }),
      pretty: f.bool({ usage: 'Print the information in a human friendly format' }),
    },
    complete: (ctx) => objectNames(ctx.env, kind),
    run(ctx, o, args) {
      settle(ctx.env.eng);
      const eng = ctx.env.eng;
      const items = args.map((a) => {
        try {
          const r = findSwarmObject(eng, kind, a);
          return { r, value: kind === 'secret' ? secretJson(r as SecretRecord) : configJson(r as ConfigRecord) };
        } catch (e) {
          if (!isEngineError(e)) throw e;
          return { error: daemonMessage(e) };
        }
      });
      if (o.pretty) {
        const out = items.map((i) => ('r' in i ? pretty(kind, i.r!) : '')).filter(Boolean);
        ctx.out(out.join('\n\n'));
        const err = items.find((i) => 'error' in i);
        if (err && 'error' in err) throw new CliError(err.error!);
        return 0;
      }
      const r = inspectWrite(items.map((i) => ('error' in i ? { error: i.error! } : { value: i.value })), o.format);
      ctx.out(r.stdout);
      if (r.error) throw r.error;
      return 0;
    },
  });
  const rm = defineCommand<DockerEnv>()({
    use: `rm ${UPPER} [${UPPER}...]`,
    short: `Remove one or more ${kind}s`,
    args: requiresMinArgs(1),
    aliasesLine: `docker ${kind} rm, docker ${kind} remove`,
    at: [{ parent: kind, aliases: ['remove'] }],
    flags: {},
    complete: (ctx) => objectNames(ctx.env, kind),
    run(ctx, _o, args) {
      settle(ctx.env.eng);
      const errors: string[] = [];
      for (const a of args) {
        try {
          removeSwarmObject(ctx.env.eng, kind, a);
          ctx.out(a + '\n');
        } catch (e) {
          if (!isEngineError(e)) throw e;
          errors.push(daemonMessage(e));
        }
      }
      if (errors.length) throw new CliError(errors.join('\n'));
      return 0;
    },
  });
  return [create, inspect, ls, rm];
}

export const SECRET_VERBS = objectVerbs('secret');
