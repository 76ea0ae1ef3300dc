/**
 * The flags `docker run` and `docker create` share (docker/cli container/opts.go addFlags), with
 * docker 28.2.2's names, shorthands, types, defaults and usage texts; the run-only and
 * create-only flags are declared next to them.
 */
import { f, validateAttach, validateEnv, validateExtraHost, validateIPAddress, validateLabel, validateLink, validateSysctl } from '../../flags';
import { bracketList, gpusFlag, mountFlag, networkFlag, ulimitFlag } from './flag-values';

const windowsOnly = { ostype: 'windows' };
const dur = (usage: string) => f.duration({ usage });

/** opts.ValidateDNSSearch. */
function validateDnsSearch(val: string): string {
  const ns = val.replace(/\.$/, '');
  if (ns === '') return val;
  if (ns.length > 255) throw new Error(`invalid search domain: ${val}`);
  if (ns.startsWith('.') || !/^[a-zA-Z0-9][a-zA-Z0-9.-]*$/.test(ns)) throw new Error(`${val} is not a valid domain`);
  return val;
}

export const CONTAINER_FLAGS = {
  // General purpose
  attach: f.list({ short: 'a', usage: 'Attach to STDIN, STDOUT or STDERR', validator: validateAttach }),
  deviceCgroupRule: f.list({ usage: 'Add a rule to the cgroup allowed devices list' }),
  device: f.list({ usage: 'Add a host device to the container' }),
  gpus: gpusFlag({ usage: "GPU devices to add to the container ('all' to pass all GPUs)" }),
  env: f.list({ short: 'e', usage: 'Set environment variables', validator: validateEnv }),
  envFile: f.list({ usage: 'Read in a file of environment variables' }),
  entrypoint: f.string({ usage: 'Overwrite the default ENTRYPOINT of the image' }),
  groupAdd: f.list({ usage: 'Add additional groups to join' }),
  hostname: f.string({ short: 'h', usage: 'Container host name' }),
  domainname: f.string({ usage: 'Container NIS domain name' }),
  interactive: f.bool({ short: 'i', usage: 'Keep STDIN open even if not attached' }),
  label: f.list({ short: 'l', usage: 'Set meta data on a container', validator: validateLabel }),
  labelFile: f.list({ usage: 'Read in a line delimited file of labels' }),
  readOnly: f.bool({ usage: "Mount the container's root filesystem as read only" }),
  restart: f.string({ usage: 'Restart policy to apply when a container exits', default: 'no' }),
  stopSignal: f.string({ usage: 'Signal to stop the container' }),
  stopTimeout: f.int({ usage: 'Timeout (in seconds) to stop a container' }),
  sysctl: f.map({ usage: 'Sysctl options', validator: validateSysctl }),
  tty: f.bool({ short: 't', usage: 'Allocate a pseudo-TTY' }),
  ulimit: ulimitFlag({ usage: 'Ulimit options' }),
  user: f.string({ short: 'u', usage: 'Username or UID (format: <name|uid>[:<group|gid>])' }),
  workdir: f.string({ short: 'w', usage: 'Working directory inside the container' }),
  rm: f.bool({ usage: 'Automatically remove the container and its associated anonymous volumes when it exits' }),
  // Security
  capAdd: f.list({ usage: 'Add Linux capabilities' }),
  capDrop: f.list({ usage: 'Drop Linux capabilities' }),
  privileged: f.bool({ usage: 'Give extended privileges to this container' }),
  securityOpt: f.list({ usage: 'Security Options' }),
  userns: f.string({ usage: 'User namespace to use' }),
  cgroupns: f.string({
    usage: `Cgroup namespace to use (host|private)
'host':    Run the container in the Docker host's cgroup namespace
'private': Run the container in its own private cgroup namespace
'':        Use the cgroup namespace as configured by the
           default-cgroupns-mode option on the daemon (default)`,
  }),
  // Network and ports
  addHost: f.list({ usage: 'Add a custom host-to-IP mapping (host:ip)', validator: validateExtraHost }),
  dns: f.list({ usage: 'Set custom DNS servers', validator: validateIPAddress }),
  dnsOpt: f.list({ usage: 'Set DNS options', hidden: true }),
  dnsOption: f.list({ usage: 'Set DNS options' }),
  dnsSearch: f.list({ usage: 'Set custom DNS search domains', validator: validateDnsSearch }),
  expose: f.list({ usage: 'Expose a port or a range of ports' }),
  ip: f.string({ usage: 'IPv4 address (e.g., 172.30.100.104)' }),
  ip6: f.string({ usage: 'IPv6 address (e.g., 2001:db8::33)' }),
  link: f.list({ usage: 'Add link to another container', validator: validateLink }),
  linkLocalIp: f.list({ usage: 'Container IPv4/IPv6 link-local addresses' }),
  macAddress: f.string({ usage: 'Container MAC address (e.g., 92:d0:c6:0a:29:33)' }),
  publish: f.list({ short: 'p', usage: "Publish a container's port(s) to the host" }),
  publishAll: f.bool({ short: 'P', usage: 'Publish all exposed ports to random ports' }),
  net: networkFlag({ usage: 'Connect a container to a network', hidden: true }),
  network: networkFlag({ usage: 'Connect a container to a network' }),
  netAlias: f.list({ usage: 'Add network-scoped alias for the container', hidden: true }),
  networkAlias: f.list({ usage: 'Add network-scoped alias for the container' }),
  // Logging and storage
  logDriver: f.string({ usage: 'Logging driver for the container' }),
  volumeDriver: f.string({ usage: 'Optional volume driver for the container' }),
  logOpt: f.list({ usage: 'Log driver options' }),
  storageOpt: f.list({ usage: 'Storage driver options for the container' }),
  tmpfs: f.list({ usage: 'Mount a tmpfs directory' }),
  volumesFrom: f.list({ usage: 'Mount volumes from the specified container(s)' }),
  volume: f.list({ short: 'v', usage: 'Bind mount a volume' }),
  mount: mountFlag({ usage: 'Attach a filesystem mount to the container' }),
  // Health checks
  healthCmd: f.string({ usage: 'Command to run to check health' }),
  healthInterval: dur('Time between running the check (ms|s|m|h) (default 0s)'),
  healthRetries: f.int({ usage: 'Consecutive failures needed to report unhealthy' }),
  healthTimeout: dur('Maximum time to allow one check to run (ms|s|m|h) (default 0s)'),
  healthStartPeriod: dur('Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)'),
  healthStartInterval: dur('Time between running the check during the start period (ms|s|m|h) (default 0s)'),
  noHealthcheck: f.bool({ usage: 'Disable any container-specified HEALTHCHECK' }),
  // Resources
  blkioWeight: f.uint({ bits: 16, usage: 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)' }),
  blkioWeightDevice: bracketList({ usage: 'Block IO weight (relative device weight)' }),
  cidfile: f.string({ usage: 'Write the container ID to the file' }),
  cpusetCpus: f.string({ usage: 'CPUs in which to allow execution (0-3, 0,1)' }),
  cpusetMems: f.string({ usage: 'MEMs in which to allow execution (0-3, 0,1)' }),
  cpuCount: f.int({ bits: 64, usage: 'CPU count (Windows only)', annotations: windowsOnly }),
  cpuPercent: f.int({ bits: 64, usage: 'CPU percent (Windows only)', annotations: windowsOnly }),
  cpuPeriod: f.int({ bits: 64, usage: 'Limit CPU CFS (Completely Fair Scheduler) period' }),
  cpuQuota: f.int({ bits: 64, usage: 'Limit CPU CFS (Completely Fair Scheduler) quota' }),
  cpuRtPeriod: f.int({ bits: 64, usage: 'Limit CPU real-time period in microseconds' }),
  cpuRtRuntime: f.int({ bits: 64, usage: 'Limit CPU real-time runtime in microseconds' }),
  cpuShares: f.int({ bits: 64, short: 'c', usage: 'CPU shares (relative weight)' }),
  cpus: f.nanoCpus({ usage: 'Number of CPUs' }),
  deviceReadBps: bracketList({ usage: 'Limit read rate (bytes per second) from a device' }),
  deviceReadIops: bracketList({ usage: 'Limit read rate (IO per second) from a device' }),
  deviceWriteBps: bracketList({ usage: 'Limit write rate (bytes per second) to a device' }),
  deviceWriteIops: bracketList({ usage: 'Limit write rate (IO per second) to a device' }),
  ioMaxbandwidth: f.bytes({ usage: 'Maximum IO bandwidth limit for the system drive (Windows only)', annotations: windowsOnly }),
  ioMaxiops: f.uint({ bits: 64, usage: 'Maximum IOps limit for the system drive (Windows only)', annotations: windowsOnly }),
  kernelMemory: f.bytes({ usage: 'Kernel memory limit' }),
  memory: f.bytes({ short: 'm', usage: 'Memory limit' }),
  memoryReservation: f.bytes({ usage: 'Memory soft limit' }),
  memorySwap: f.bytes({ usage: "Swap limit equal to memory plus swap: '-1' to enable unlimited swap", allowMinusOne: true }),
  memorySwappiness: f.int({ bits: 64, usage: 'Tune container memory swappiness (0 to 100)', default: -1 }),
  oomKillDisable: f.bool({ usage: 'Disable OOM Killer' }),
  oomScoreAdj: f.int({ usage: "Tune host's OOM preferences (-1000 to 1000)" }),
  pidsLimit: f.int({ bits: 64, usage: 'Tune container pids limit (set -1 for unlimited)' }),
  // Low-level execution
  cgroupParent: f.string({ usage: 'Optional parent cgroup for the container' }),
  ipc: f.string({ usage: 'IPC mode to use' }),
  isolation: f.string({ usage: 'Container isolation technology' }),
  pid: f.string({ usage: 'PID namespace to use' }),
  shmSize: f.bytes({ usage: 'Size of /dev/shm' }),
  uts: f.string({ usage: 'UTS namespace to use' }),
  runtime: f.string({ usage: 'Runtime to use for this container' }),
  init: f.bool({ usage: 'Run an init inside the container that forwards signals and reaps processes' }),
  annotation: f.map({ usage: 'Add an annotation to the container (passed through to the OCI runtime)' }),
};

/** Flags of `docker create` besides the container options. */
export const CREATE_ONLY_FLAGS = {
  name: f.string({ usage: 'Assign a name to the container' }),
  pull: f.string({ usage: 'Pull image before creating ("always", "|missing", "never")', default: 'missing' }),
  quiet: f.bool({ short: 'q', usage: 'Suppress the pull output' }),
  useApiSocket: f.bool({ usage: 'Bind mount Docker API socket and required auth' }),
  help: f.bool({ usage: 'Print usage' }),
  platform: f.string({ usage: 'Set platform if server is multi-platform capable' }),
  disableContentTrust: f.bool({ usage: 'Skip image verification', default: true }),
};

/** Flags of `docker run` besides the container options. */
export const RUN_ONLY_FLAGS = {
  ...CREATE_ONLY_FLAGS,
  detach: f.bool({ short: 'd', usage: 'Run container in background and print container ID' }),
  sigProxy: f.bool({ usage: 'Proxy received signals to the process', default: true }),
  detachKeys: f.string({ usage: 'Override the key sequence for detaching a container' }),
  pull: f.string({ usage: 'Pull image before running ("always", "missing", "never")', default: 'missing' }),
};

export const CREATE_FLAGS = { ...CREATE_ONLY_FLAGS, ...CONTAINER_FLAGS };
export const RUN_FLAGS = { ...RUN_ONLY_FLAGS, ...CONTAINER_FLAGS };
