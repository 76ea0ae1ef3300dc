/**
 * minikube ssh [-- COMMAND]: a shell inside the node container, where `docker` talks to the node's
 * own runtime (the pods' `k8s_…` containers).
 */
import { hostOf, machineFor, onHost } from '../../../sim/index';
import { PROFILE } from '../../../sim/k8s/state';
import type { Machine } from '../../../shell/types';
import { dockerCommand } from '../../docker/tool';
import { running } from '../env';
import { minikubeCommand } from './define';

export const ssh = minikubeCommand({
  use: 'ssh',
  short: 'Log into the minikube environment (for debugging)',
  interspersed: false,
  run(ctx, _o, args) {
    const p = running(ctx);
    const eng = ctx.env.eng;
    const c = hostOf(eng).containers[p.nodeContainer]!;
    const base = machineFor(eng, c);
    const machine: Machine = { ...base, commands: { ...base.commands, docker: dockerCommand(onHost(eng, PROFILE)) } };
    const rest = args[0] === '--' ? args.slice(1) : args;
    if (rest.length === 0) {
      ctx.io.shell.enter(machine, undefined, { cwd: '/root' });
      return 0;
    }
    const r = ctx.io.shell.exec(machine, rest.join(' '), { cwd: '/root' });
    ctx.out(r.stdout);
    ctx.err(r.stderr);
    return r.exitCode === 0 ? 0 : 1;
  },
});
