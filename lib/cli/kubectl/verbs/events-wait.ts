/** kubectl events and kubectl wait. */
import { advance } from '../../../sim/index';
import { listObjects, getObject } from '../../../sim/k8s/store';
import type { KEvent, KObject } from '../../../sim/k8s/types';
import { ageOf, parseTime } from '../../../sim/k8s/time';
import { groupResource } from '../../../sim/k8s/resources';
import { CliError } from '../../command';
import { cluster, namespace } from '../env';
import { nameOf } from '../printers/output';
import { renderTable } from '../printers/table';
import { eventsFlags, eventsHelp } from '../specs/events';
import { waitFlags, waitHelp } from '../specs/wait';
import { parseTargets } from '../targets';
import { fromHelp, kubectlCommand } from './define';

export const events = kubectlCommand({
  ...fromHelp(eventsHelp),
  flags: eventsFlags,
  run(ctx, opts) {
    const k = cluster(ctx);
    const ns = opts.allNamespaces ? undefined : namespace(ctx);
    const [forKind, forName] = opts.for ? [opts.for.slice(0, opts.for.indexOf('/')), opts.for.slice(opts.for.indexOf('/') + 1)] : ['', ''];
    const list = listObjects<KEvent>(k, 'events', ns)
      .filter((e) => opts.types.length === 0 || opts.types.includes(e.type))
      .filter((e) => !opts.for || (e.involvedObject.name === forName && e.involvedObject.kind.toLowerCase().startsWith(forKind.toLowerCase().replace(/s$/, '').slice(0, 3))))
      .sort((a, b) => parseTime(a.lastTimestamp) - parseTime(b.lastTimestamp));
    if (list.length === 0) {
      ctx.err(ns ? `No events found in ${ns} namespace.\n` : 'No events found.\n');
      return 0;
    }
    const rows = list.map((e) => [...(ns ? [] : [e.metadata.namespace ?? '']), ageOf(e.lastTimestamp, k.now()) + (e.count > 1 ? ` (x${e.count} over ${ageOf(e.firstTimestamp, k.now())})` : ''), e.type, e.reason, `${e.involvedObject.kind}/${e.involvedObject.name}`, e.message]);
    ctx.out(renderTable([...(ns ? [] : ['NAMESPACE']), 'LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'], rows));
    return 0;
  },
});

function conditionMet(o: KObject, cond: string): boolean {
  const conds = ((o['status'] as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions ?? []);
  const [type, want = 'true'] = cond.split('=');
  return conds.some((c) => c.type.toLowerCase() === type!.toLowerCase() && c.status.toLowerCase() === want.toLowerCase());
}

export const wait = kubectlCommand({
  ...fromHelp(waitHelp),
  flags: waitFlags,
  run(ctx, opts, args) {
    const k = cluster(ctx);
    const ns = namespace(ctx);
    if (!opts.for) throw new CliError('error: --for must be specified', 1);
    const timeoutMs = opts.timeout / 1e6;
    for (const t of parseTargets(args)) {
      for (const name of t.names) {
        let waited = 0;
        for (;;) {
          const o = getObject(k, t.type, t.type.namespaced ? ns : undefined, name);
          if (opts.for === 'delete') {
            if (!o) {
              ctx.out(`${t.type.singular}${t.type.group ? '.' + t.type.group : ''}/${name} condition met\n`);
              break;
            }
          } else {
            if (!o) throw new CliError(`Error from server (NotFound): ${groupResource(t.type)} "${name}" not found`, 1);
            const cond = opts.for.startsWith('condition=') ? opts.for.slice(10) : null;
            if (!cond) throw new CliError(`error: unrecognized condition: "${opts.for}"`, 1);
            if (conditionMet(o, cond)) {
              ctx.out(`${nameOf(o)} condition met\n`);
              break;
            }
          }
          if (waited >= timeoutMs) throw new CliError(`error: timed out waiting for the condition on ${groupResource(t.type)}/${name}`, 1);
          advance(k.eng, 250);
          waited += 250;
        }
      }
    }
    return 0;
  },
});
