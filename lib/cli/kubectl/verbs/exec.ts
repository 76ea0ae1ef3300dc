/**
 * kubectl exec (POD | TYPE/NAME) [-c C] [-i] [-t] -- COMMAND…: runs in the pod's container on the
 * node (a nested shell with -it); non-zero exits end with `command terminated with exit code N`.
 */
import { beginExec, endExec, execRun, EngineError } from '../../../sim/index';
import { CliError, StatusError } from '../../command';
import { cluster, namespace } from '../env';
import { engineContainerOf } from '../pod-wait';
import { pickContainer, pickPod } from '../pod-pick';
import { execFlags, execHelp } from '../specs/exec';
import { fromHelp, kubectlCommand } from './define';

const OLD_FORM = "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples";

export const exec = kubectlCommand({
  ...fromHelp(execHelp),
  flags: execFlags,
  run(ctx, opts, args) {
    const dash = ctx.argsLenAtDash;
    if (args.length === 0) throw new CliError("error: expected 'exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...]'.\nPOD or TYPE/NAME is a required argument for the exec command\nSee 'kubectl exec -h' for help and examples", 1);
    if (dash < 0 && args.length > 1) throw new CliError(OLD_FORM, 1);
    const command = dash >= 0 ? args.slice(dash) : [];
    if (command.length === 0) throw new CliError('error: you must specify at least one command for the container', 1);
    const k = cluster(ctx);
    const { pod } = pickPod(k, namespace(ctx), args[0]!);
    const name = pickContainer(pod, opts.container, (t) => ctx.err(t));
    if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') throw new CliError(`error: cannot exec into a container in a completed pod; current phase is ${pod.status.phase}`, 1);
    const rt = k.cluster.pods[pod.metadata.uid];
    if (rt?.virtual) {
      ctx.out(`OCI runtime exec failed: exec failed: unable to start container process: exec: "${command[0]}": executable file not found in $PATH: unknown\n`);
      ctx.err('command terminated with exit code 126\n');
      throw new StatusError(126);
    }
    const c = engineContainerOf(k, pod, name);
    if (!c?.state.Running) throw new CliError(`error: unable to upgrade connection: container not found ("${name}")`, 1);
    try {
      if (opts.stdin && opts.tty) {
        const s = beginExec(k.node, c.id, command, { tty: true, interactive: true });
        ctx.io.shell.enter(s.machine, (code) => void endExec(k.node, s, code), { cwd: s.cwd, env: s.env });
        return 0;
      }
      const r = execRun(k.node, c.id, command, opts.stdin ? { stdin: ctx.io.stdin } : {});
      ctx.out(r.stdout);
      ctx.err(r.stderr);
      if (r.exitCode !== 0) {
        ctx.err(`command terminated with exit code ${r.exitCode}\n`);
        throw new StatusError(r.exitCode);
      }
      return 0;
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
      const code = e.exitStatus ?? 126;
      ctx.out(`${e.message}\n`);
      ctx.err(`command terminated with exit code ${code}\n`);
      throw new StatusError(code);
    }
  },
});
