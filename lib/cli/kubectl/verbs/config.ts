/** kubectl config view / current-context / get-contexts / use-context / set-context. */
import { CliError } from '../../command';
import { configPath, readConfig, writeConfig } from '../kubeconfig';
import { toJson } from '../printers/json';
import { renderTable } from '../printers/table';
import { toYaml } from '../printers/yaml';
import { configHelp } from '../specs/config';
import { configCurrentContextFlags, configCurrentContextHelp } from '../specs/config-current-context';
import { configGetContextsFlags, configGetContextsHelp } from '../specs/config-get-contexts';
import { configSetContextFlags, configSetContextHelp } from '../specs/config-set-context';
import { configUseContextFlags, configUseContextHelp } from '../specs/config-use-context';
import { configViewFlags, configViewHelp } from '../specs/config-view';
import type { KubectlRun } from '../env';
import { fromHelp, kubectlCommand } from './define';

const path = (ctx: KubectlRun) => configPath(ctx.io.env, typeof ctx.globals['kubeconfig'] === 'string' ? (ctx.globals['kubeconfig'] as string) : '');

export const config = kubectlCommand({ ...fromHelp(configHelp), group: true });

export const configView = kubectlCommand({
  ...fromHelp(configViewHelp),
  at: [{ parent: 'config' }],
  flags: configViewFlags,
  run(ctx, opts) {
    let cfg = readConfig(ctx.io.fs, path(ctx));
    if (opts.minify) {
      const name = cfg['current-context'];
      const c = cfg.contexts?.find((x) => x.name === name);
      if (!c) throw new CliError('error: current-context must exist in order to minify', 1);
      cfg = { ...cfg, contexts: [c], clusters: cfg.clusters?.filter((x) => x.name === c.context.cluster) ?? null, users: cfg.users?.filter((x) => x.name === c.context.user) ?? null };
    }
    ctx.out(opts.output === 'json' ? toJson(cfg) : toYaml(cfg));
  },
});

export const configCurrentContext = kubectlCommand({
  ...fromHelp(configCurrentContextHelp),
  at: [{ parent: 'config' }],
  flags: configCurrentContextFlags,
  run(ctx) {
    const cur = readConfig(ctx.io.fs, path(ctx))['current-context'];
    if (!cur) throw new CliError('error: current-context is not set', 1);
    ctx.out(cur + '\n');
  },
});

export const configGetContexts = kubectlCommand({
  ...fromHelp(configGetContextsHelp),
  at: [{ parent: 'config' }],
  flags: configGetContextsFlags,
  run(ctx, opts, args) {
    const cfg = readConfig(ctx.io.fs, path(ctx));
    const all = (cfg.contexts ?? []).filter((c) => args.length === 0 || args.includes(c.name));
    for (const a of args) if (!all.some((c) => c.name === a)) throw new CliError(`error: context ${a} not found`, 1);
    if (opts.output === 'name') {
      ctx.out(all.map((c) => c.name + '\n').join(''));
      return 0;
    }
    const rows = all.map((c) => [c.name === cfg['current-context'] ? '*' : '', c.name, c.context.cluster, c.context.user, c.context.namespace ?? '']);
    ctx.out(opts.noHeaders ? renderTable(null, rows) : renderTable(['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE'], rows));
    return 0;
  },
});

export const configUseContext = kubectlCommand({
  ...fromHelp(configUseContextHelp),
  aliases: ['use'],
  at: [{ parent: 'config' }],
  flags: configUseContextFlags,
  run(ctx, _o, args) {
    if (args.length !== 1) throw new CliError(`error: Unexpected args: [${args.join(' ')}]\nSee 'kubectl config use-context -h' for help and examples`, 1);
    const cfg = readConfig(ctx.io.fs, path(ctx));
    if (!cfg.contexts?.some((c) => c.name === args[0])) throw new CliError(`error: no context exists with the name: "${args[0]}"`, 1);
    writeConfig(ctx.io.fs, path(ctx), { ...cfg, 'current-context': args[0]! });
    ctx.out(`Switched to context "${args[0]}".\n`);
  },
});

export const configSetContext = kubectlCommand({
  ...fromHelp(configSetContextHelp),
  at: [{ parent: 'config' }],
  flags: configSetContextFlags,
  run(ctx, opts, args) {
    const cfg = readConfig(ctx.io.fs, path(ctx));
    const name = opts.current ? cfg['current-context'] : args[0];
    if (!name) throw new CliError(opts.current ? 'error: no current context is set' : "error: you must specify a non-empty context name or --current\nSee 'kubectl config set-context -h' for help and examples", 1);
    const contexts = [...(cfg.contexts ?? [])];
    const i = contexts.findIndex((c) => c.name === name);
    const prev = i >= 0 ? contexts[i]!.context : { cluster: '', user: '' };
    const next = { ...prev, ...(ctx.changed('cluster') ? { cluster: opts.cluster } : {}), ...(ctx.changed('user') ? { user: opts.user } : {}), ...(ctx.changed('namespace') ? { namespace: opts.namespace } : {}) };
    if (i >= 0) contexts[i] = { name, context: next };
    else contexts.push({ name, context: next });
    writeConfig(ctx.io.fs, path(ctx), { ...cfg, contexts });
    ctx.out(`Context "${name}" ${i >= 0 ? 'modified' : 'created'}.\n`);
  },
});
