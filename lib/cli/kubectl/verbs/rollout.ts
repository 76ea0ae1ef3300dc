/**
 * kubectl rollout status / history / undo / restart / pause / resume for deployments. `status`
 * follows the rollout in simulated time, printing kubectl's waiting messages until it is done or
 * exceeds its progress deadline.
 */
import { historyOf, restartRollout, setPaused, undoRollout } from '../../../sim/k8s/api/rollout';
import { revisionOf } from '../../../sim/k8s/controllers/rollout-math';
import { K8sError, notFound } from '../../../sim/k8s/errors';
import { getObject } from '../../../sim/k8s/store';
import { groupResource } from '../../../sim/k8s/resources';
import { rfc3339 } from '../../../sim/k8s/time';
import type { Deployment } from '../../../sim/k8s/types';
import { advance } from '../../../sim/index';
import { CliError } from '../../command';
import { describeRevision } from '../describe/workloads';
import { cluster, namespace, type KubectlRun } from '../env';
import { nameOf } from '../printers/output';
import { tabwrite } from '../../format/tabwriter';
import { rolloutHelp } from '../specs/rollout';
import { rolloutHistoryFlags, rolloutHistoryHelp } from '../specs/rollout-history';
import { rolloutPauseFlags, rolloutPauseHelp } from '../specs/rollout-pause';
import { rolloutRestartFlags, rolloutRestartHelp } from '../specs/rollout-restart';
import { rolloutResumeFlags, rolloutResumeHelp } from '../specs/rollout-resume';
import { rolloutStatusFlags, rolloutStatusHelp } from '../specs/rollout-status';
import { rolloutUndoFlags, rolloutUndoHelp } from '../specs/rollout-undo';
import { singleTarget } from '../targets';
import { fromHelp, kubectlCommand } from './define';

export const rollout = kubectlCommand({ ...fromHelp(rolloutHelp), group: true });

function deploymentOf(ctx: KubectlRun, args: readonly string[]): { d: Deployment; k: ReturnType<typeof cluster> } {
  if (args.length === 0) throw new CliError('error: required resource not specified', 1);
  const k = cluster(ctx);
  const t = singleTarget(args);
  if (!t) throw new CliError('error: required resource not specified', 1);
  if (t.type.kind !== 'Deployment') throw new CliError(`error: no ${ctx.node.name === 'status' ? 'status viewer' : ctx.node.name === 'history' ? 'history viewer' : 'rollbacker'} has been implemented for ${t.type.kind === 'Pod' ? '"Pod"' : t.type.kind}`, 1);
  const d = getObject<Deployment>(k, t.type, namespace(ctx), t.name);
  if (!d) throw notFound(groupResource(t.type), t.name);
  return { d, k };
}

function statusMessage(d: Deployment): { text: string; done: boolean; failed?: boolean } {
  const s = d.status;
  const name = d.metadata.name;
  if ((d.metadata.generation ?? 1) > (s.observedGeneration ?? 0)) return { text: 'Waiting for deployment spec update to be observed...\n', done: false };
  if (s.conditions?.some((c) => c.type === 'Progressing' && c.reason === 'ProgressDeadlineExceeded')) return { text: `deployment "${name}" exceeded its progress deadline`, done: true, failed: true };
  const updated = s.updatedReplicas ?? 0;
  const total = s.replicas ?? 0;
  const available = s.availableReplicas ?? 0;
  if (updated < d.spec.replicas) return { text: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${d.spec.replicas} new replicas have been updated...\n`, done: false };
  if (total > updated) return { text: `Waiting for deployment "${name}" rollout to finish: ${total - updated} old replicas are pending termination...\n`, done: false };
  if (available < updated) return { text: `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...\n`, done: false };
  return { text: `deployment "${name}" successfully rolled out\n`, done: true };
}

const STEP_MS = 250;

export const rolloutStatus = kubectlCommand({
  ...fromHelp(rolloutStatusHelp),
  at: [{ parent: 'rollout' }],
  flags: rolloutStatusFlags,
  run(ctx, opts, args) {
    const { d, k } = deploymentOf(ctx, args);
    const limit = opts.timeout > 0 ? opts.timeout / 1e6 : (d.spec.progressDeadlineSeconds + 60) * 1000;
    let lastRv = '';
    for (let waited = 0; ; waited += STEP_MS) {
      const m = statusMessage(d);
      if (m.failed) throw new CliError(`error: ${m.text}`, 1);
      if (d.metadata.resourceVersion !== lastRv || m.done) {
        ctx.out(m.text);
        lastRv = d.metadata.resourceVersion;
      }
      if (m.done || !opts.watch) return 0;
      if (waited >= limit) throw new CliError('error: timed out waiting for the condition', 1);
      advance(k.eng, STEP_MS);
    }
  },
});

export const rolloutHistory = kubectlCommand({
  ...fromHelp(rolloutHistoryHelp),
  at: [{ parent: 'rollout' }],
  flags: rolloutHistoryFlags,
  run(ctx, opts, args) {
    const { d, k } = deploymentOf(ctx, args);
    const hist = historyOf(k, d);
    if (opts.revision > 0) {
      const rs = hist.find((r) => revisionOf(r) === opts.revision);
      if (!rs) throw new CliError(`error: unable to find the specified revision`, 1);
      ctx.out(`${nameOf(d)} with revision #${opts.revision}\n${describeRevision(rs)}`);
      return 0;
    }
    const rows = hist.map((rs) => [String(revisionOf(rs)), rs.metadata.annotations?.['kubernetes.io/change-cause'] ?? '<none>']);
    ctx.out(`${nameOf(d)} \n${tabwrite(['REVISION\tCHANGE-CAUSE', ...rows.map((r) => r.join('\t'))].join('\n') + '\n', { minwidth: 0, padding: 2 })}\n`);
    return 0;
  },
});

export const rolloutUndo = kubectlCommand({
  ...fromHelp(rolloutUndoHelp),
  at: [{ parent: 'rollout' }],
  flags: rolloutUndoFlags,
  run(ctx, opts, args) {
    const { d, k } = deploymentOf(ctx, args);
    try {
      const r = undoRollout(k, d, opts.toRevision);
      ctx.out(r.kind === 'skipped' ? `${nameOf(d)} skipped rollback (current template already matches revision ${r.revision})\n` : `${nameOf(d)} rolled back\n`);
    } catch (e) {
      if (e instanceof K8sError && e.reason === 'NotFound') throw new CliError(`error: ${e.message}`, 1);
      throw e;
    }
    return 0;
  },
});

export const rolloutRestart = kubectlCommand({
  ...fromHelp(rolloutRestartHelp),
  at: [{ parent: 'rollout' }],
  flags: rolloutRestartFlags,
  run(ctx, _opts, args) {
    const { d, k } = deploymentOf(ctx, args);
    restartRollout(k, d, rfc3339(k.now()));
    ctx.out(`${nameOf(d)} restarted\n`);
  },
});

function pauser(pause: boolean) {
  return kubectlCommand({
    ...fromHelp(pause ? rolloutPauseHelp : rolloutResumeHelp),
    at: [{ parent: 'rollout' }],
    flags: pause ? rolloutPauseFlags : rolloutResumeFlags,
    run(ctx, _opts, args) {
      const { d, k } = deploymentOf(ctx, args);
      if (!setPaused(k, d, pause)) throw new CliError(`error: deployments.apps "${d.metadata.name}" is ${pause ? 'already paused' : 'not paused'}`, 1);
      ctx.out(`${nameOf(d)} ${pause ? 'paused' : 'resumed'}\n`);
    },
  });
}

export const rolloutPause = pauser(true);
export const rolloutResume = pauser(false);
