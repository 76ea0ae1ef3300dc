/** `docker stack ls`, `services`, `ps`, `rm`: views of the services labelled with the stack's namespace. */
import { settle } from '../../../sim/index';
import { listStacks, removeStack, stackServices } from '../../../sim/swarm/stack';
import { requireManager, serviceTasks } from '../../../sim/swarm/index';
import { CliError, defineCommand, exactArgs, f, noArgs, requiresMinArgs } from '../../command';
import { FormatContext, formatWrite, HeaderMap, TABLE_FORMAT_KEY } from '../../format/formatter';
import { GO_TYPE } from '../../format/template';
import { FORMAT_HELP } from '../container/help-texts';
import type { DockerEnv } from '../env';
import { stackNames } from '../service/completion';
import { renderServices, serviceFilter } from '../service/ls';
import { filterTasks, renderTasks } from '../service/task-format';

class StackContext extends FormatContext {
  readonly [GO_TYPE] = '*stack.stackContext';
  constructor(private readonly s: { name: string; services: number }) {
    super();
  }
  Name(): string {
    return this.s.name;
  }
  Services(): string {
    return String(this.s.services);
  }
}

export const ls = defineCommand<DockerEnv>()({
  use: 'ls [OPTIONS]',
  short: 'List stacks',
  args: noArgs,
  aliasesLine: 'docker stack ls, docker stack list',
  at: [{ parent: 'stack', aliases: ['list'] }],
  flags: { format: f.string({ usage: FORMAT_HELP }) },
  complete: () => [],
  run(ctx, o) {
    settle(ctx.env.eng);
    const format = o.format === '' || o.format === TABLE_FORMAT_KEY ? 'table {{.Name}}\t{{.Services}}' : o.format;
    const headers = new HeaderMap([['Name', 'NAME'], ['Services', 'SERVICES']]);
    ctx.out(formatWrite(format, headers, listStacks(ctx.env.eng).map((s) => new StackContext(s))));
    return 0;
  },
});

export const services = defineCommand<DockerEnv>()({
  use: 'services [OPTIONS] STACK',
  short: 'List the services in the stack',
  args: exactArgs(1),
  at: [{ parent: 'stack' }],
  flags: {
    filter: f.filter({ short: 'f', usage: 'Filter output based on conditions provided' }),
    format: f.string({ usage: FORMAT_HELP }),
    quiet: f.bool({ short: 'q', usage: 'Only display IDs' }),
  },
  complete: (ctx) => stackNames(ctx.env),
  run(ctx, o, args) {
    settle(ctx.env.eng);
    const list = stackServices(ctx.env.eng, args[0]!);
    if (list.length === 0) {
      ctx.err(`Nothing found in stack: ${args[0]}\n`);
      return 0;
    }
    ctx.out(renderServices(ctx.env.eng, list.filter((s) => serviceFilter(s, o.filter)), o.format, o.quiet));
    return 0;
  },
});

export const ps = defineCommand<DockerEnv>()({
  use: 'ps [OPTIONS] STACK',
  short: 'List the tasks in the stack',
  args: exactArgs(1),
  at: [{ parent: 'stack' }],
  flags: {
    filter: f.filter({ short: 'f', usage: 'Filter output based on conditions provided' }),
    format: f.string({ usage: FORMAT_HELP }),
    noResolve: f.bool({ usage: 'Do not map IDs to Names' }),
    noTrunc: f.bool({ usage: 'Do not truncate output' }),
    quiet: f.bool({ short: 'q', usage: 'Only display task IDs' }),
  },
  complete: (ctx) => stackNames(ctx.env),
  run(ctx, o, args) {
    settle(ctx.env.eng);
    const eng = ctx.env.eng;
    const cluster = requireManager(eng);
    const tasks = stackServices(eng, args[0]!).flatMap((s) => serviceTasks(cluster, s.id));
    if (tasks.length === 0) throw new CliError(`nothing found in stack: ${args[0]}`);
    ctx.out(renderTasks(eng, filterTasks(eng, cluster, tasks, o.filter), { trunc: !o.noTrunc, resolve: !o.noResolve, format: o.format, quiet: o.quiet }));
    return 0;
  },
});

export const rm = defineCommand<DockerEnv>()({
  use: 'rm [OPTIONS] STACK [STACK...]',
  short: 'Remove one or more stacks',
  args: requiresMinArgs(1),
  aliasesLine: 'docker stack rm, docker stack remove, docker stack down',
  at: [{ parent: 'stack', aliases: ['remove', 'down'] }],
  flags: { detach: f.bool({ short: 'd', usage: 'Do not wait for stack removal', default: true }) },
  complete: (ctx) => stackNames(ctx.env),
  run(ctx, _o, args) {
    settle(ctx.env.eng);
    requireManager(ctx.env.eng);
    for (const stack of args) {
      const lines = removeStack(ctx.env.eng, stack);
      if (lines[0]?.startsWith('Nothing found')) ctx.err(lines[0] + '\n');
      else ctx.out(lines.map((l) => l + '\n').join(''));
    }
    settle(ctx.env.eng);
    return 0;
  },
});
