/**
 * The flags `docker service create` and `docker service update` declare alike (docker/cli's
 * addServiceFlags): health checks, limits and reservations, restart, update and rollback policies…
 */
import { f } from '../../command';

export const SHARED_SERVICE_FLAGS = {
  capAdd: f.list({ usage: 'Add Linux capabilities' }),
  capDrop: f.list({ usage: 'Drop Linux capabilities' }),
  credentialSpec: f.list({ usage: 'Credential spec for managed service account (Windows only)', type: 'credential-spec' }),
  detach: f.bool({ usage: 'Exit immediately instead of waiting for the service to converge', short: 'd' }),
  entrypoint: f.list({ usage: 'Overwrite the default ENTRYPOINT of the image', type: 'command' }),
  healthCmd: f.string({ usage: 'Command to run to check health' }),
  healthInterval: f.duration({ usage: 'Time between running the check (ms|s|m|h)' }),
  healthRetries: f.int({ usage: 'Consecutive failures needed to report unhealthy' }),
  healthStartInterval: f.duration({ usage: 'Time between running the check during the start period (ms|s|m|h)' }),
  healthStartPeriod: f.duration({ usage: 'Start period for the container to initialize before counting retries towards unstable (ms|s|m|h)' }),
  healthTimeout: f.duration({ usage: 'Maximum time to allow one check to run (ms|s|m|h)' }),
  hostname: f.string({ usage: 'Container hostname' }),
  init: f.bool({ usage: 'Use an init inside each service container to forward signals and reap processes' }),
  isolation: f.string({ usage: 'Service container isolation mode' }),
  limitCpu: f.nanoCpus({ usage: 'Limit CPUs' }),
  limitMemory: f.bytes({ usage: 'Limit Memory' }),
  limitPids: f.int({ usage: 'Limit maximum number of processes (default 0 = unlimited)' }),
  logDriver: f.string({ usage: 'Logging driver for service' }),
  logOpt: f.list({ usage: 'Logging driver options' }),
  maxConcurrent: f.uint({ usage: 'Number of job tasks to run concurrently (default equal to --replicas)' }),
  noHealthcheck: f.bool({ usage: 'Disable any container-specified HEALTHCHECK' }),
  noResolveImage: f.bool({ usage: 'Do not query the registry to resolve image digest and supported platforms' }),
  // the client's usage string ends in a space (cli/command/service/opts.go), kept in its help
  oomScoreAdj: f.int({ usage: "Tune host's OOM preferences (-1000 to 1000) " }),
  quiet: f.bool({ usage: 'Suppress progress output', short: 'q' }),
  readOnly: f.bool({ usage: "Mount the container's root filesystem as read only" }),
  replicas: f.uint({ usage: 'Number of tasks' }),
  replicasMaxPerNode: f.uint({ usage: 'Maximum number of tasks per node (default 0 = unlimited)' }),
  reserveCpu: f.nanoCpus({ usage: 'Reserve CPUs' }),
  reserveMemory: f.bytes({ usage: 'Reserve Memory' }),
  restartMaxAttempts: f.uint({ usage: 'Maximum number of restarts before giving up' }),
  restartWindow: f.duration({ usage: 'Window used to evaluate the restart policy (ns|us|ms|s|m|h)' }),
  stopSignal: f.string({ usage: 'Signal to stop the container' }),
  tty: f.bool({ usage: 'Allocate a pseudo-TTY', short: 't' }),
  user: f.string({ usage: 'Username or UID (format: <name|uid>[:<group|gid>])', short: 'u' }),
  withRegistryAuth: f.bool({ usage: 'Send registry authentication details to swarm agents' }),
  workdir: f.string({ usage: 'Working directory inside the container', short: 'w' }),
};
