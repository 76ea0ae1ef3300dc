/**
 * `up`'s flag interplay, as compose v2.36.2's validateFlags (cmd/compose/up.go) checks it, in
 * its order: `--exit-code-from` implies `--abort-on-container-exit` (unless
 * `--abort-on-container-failure` is set), `--wait` implies `--detach`, and attached-only options
 * are refused in detached mode.
 */
import { ComposeError } from '../../sim/compose/index';

export interface UpFlags {
  abortOnContainerExit: boolean;
  abortOnContainerFailure: boolean;
  exitCodeFrom: string;
  attach: string[];
  attachDependencies: boolean;
  build: boolean;
  noBuild: boolean;
  detach: boolean;
  wait: boolean;
  watch: boolean;
  noStart: boolean;
  renewAnonVolumes: boolean;
  forceRecreate: boolean;
  noRecreate: boolean;
  alwaysRecreateDeps: boolean;
}

/** Check the flags (mutating them as compose does); returns whether `up` runs detached. */
export function validateUpFlags(o: UpFlags): boolean {
  if (o.exitCodeFrom !== '' && !o.abortOnContainerFailure) o.abortOnContainerExit = true;
  if (o.abortOnContainerExit && o.abortOnContainerFailure) {
    throw new ComposeError('--abort-on-container-failure cannot be combined with --abort-on-container-exit');
  }
  let detach = o.detach;
  if (o.wait) {
    if (o.attachDependencies || o.abortOnContainerExit || o.attach.length > 0) {
      throw new ComposeError('--wait cannot be combined with --abort-on-container-exit, --attach or --attach-dependencies');
    }
    detach = true;
  }
  if (o.build && o.noBuild) throw new ComposeError('--build and --no-build are incompatible');
  if (detach && (o.attachDependencies || o.abortOnContainerExit || o.abortOnContainerFailure || o.attach.length > 0 || o.watch)) {
    const which = o.wait ? '--wait' : '--detach';
    throw new ComposeError(`${which} cannot be combined with --abort-on-container-exit, --abort-on-container-failure, --attach, --attach-dependencies or --watch`);
  }
  if (o.renewAnonVolumes && o.noRecreate) throw new ComposeError('--no-recreate and --renew-anon-volumes are incompatible');
  if (o.forceRecreate && o.noRecreate) throw new ComposeError('--force-recreate and --no-recreate are incompatible');
  if (o.alwaysRecreateDeps && o.noRecreate) throw new ComposeError('--always-recreate-deps and --no-recreate are incompatible');
  if (o.noBuild && o.watch) throw new ComposeError('--no-build and --watch are incompatible');
  return detach;
}
