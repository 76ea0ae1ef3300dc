/**
 * Demo verbs for tests only (not wired into any tool): they declare the real docker flags of a
 * few commands so parse errors and help can be compared with the real client, and their run
 * functions print the parsed options as JSON so tests can assert what a verb receives.
 * `stop` is written exactly as a verb file should look.
 */
import { f } from '../../flags';
import { validateEnv, validateExtraHost, validateLabel } from '../../flags/docker-validators';
import { exactArgs, noArgs, requiresMaxArgs, requiresMinArgs } from '../args';
import { CliError } from '../errors';
import { defineCommand } from '../tree';
import type { RunContext } from '../types';

/** The environment demo verbs get: a list of container names, for completion. */
export interface DemoEnv {
  containers: string[];
}

const dockerCommand = defineCommand<DemoEnv>();

const echo = (ctx: RunContext<DemoEnv>, opts: object, args: string[]) => {
  ctx.out(JSON.stringify({ path: ctx.node.path, opts, args, dash: ctx.argsLenAtDash }) + '\n');
};

// ---- the pattern: options (from flag specs) → declaration → run ------------------------------
export const stop = dockerCommand({
  use: 'stop [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Stop one or more running containers',
  args: requiresMinArgs(1),
  at: [{ parent: 'container' }, { parent: '' }],
  flags: {
    signal: f.string({ short: 's', usage: 'Signal to send to the container' }),
    timeout: f.int({ short: 't', usage: 'Seconds to wait before killing the container' }),
    time: f.int({ usage: 'Seconds to wait before killing the container (deprecated: use --timeout)', deprecated: 'use --timeout instead' }),
  },
  complete: (ctx) => ctx.env.containers,
  run(ctx, opts, args) {
    if (ctx.changed('time') && ctx.changed('timeout')) throw new CliError('conflicting options: cannot specify both --timeout and --time');
    for (const name of args) {
      if (!ctx.env.containers.includes(name)) throw new CliError(`Error response from daemon: No such container: ${name}`);
      ctx.out(name + '\n');
    }
    if (opts.timeout < 0) return 2;
  },
});
// ----------------------------------------------------------------------------------------------

const FORMAT_USAGE = `Format output using a custom template:
'table':            Print output in table format with column headers (default)
'table TEMPLATE':   Print output in table format using the given Go template
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates`;

export const ls = dockerCommand({
  use: 'ls [OPTIONS]',
  short: 'List containers',
  args: noArgs,
  at: [{ parent: 'container', aliases: ['list', 'ps'] }, { parent: '', name: 'ps'}],
  flags: {
    all: f.bool({ short: 'a', usage: 'Show all containers (default shows just running)' }),
    filter: f.filter({ short: 'f', usage: 'Filter output based on conditions provided' }),
    format: f.string({ usage: FORMAT_USAGE }),
    last: f.int({ short: 'n', usage: 'Show n last created containers (includes all states)', default: -1 }),
    latest: f.bool({ short: 'l', usage: 'Show the latest created container (includes all states)' }),
    noTrunc: f.bool({ usage: "Don't truncate output" }),
    quiet: f.bool({ short: 'q', usage: 'Only display container IDs' }),
    size: f.bool({ short: 's', usage: 'Display total file sizes' }),
  },
  run: echo,
});

export const imageLs = dockerCommand({
  use: 'ls [OPTIONS] [REPOSITORY[:TAG]]',
  short: 'List images',
  args: requiresMaxArgs(1),
  at: [{ parent: 'image', aliases: ['list'] }, { parent: '', name: 'images' }],
  flags: { quiet: f.bool({ short: 'q', usage: 'Only show image IDs' }) },
  run: echo,
});

export const logs = dockerCommand({
  use: 'logs [OPTIONS] CONTAINER',
  short: 'Fetch the logs of a container',
  args: exactArgs(1),
  at: [{ parent: 'container' }, { parent: '' }],
  flags: {
    follow: f.bool({ short: 'f', usage: 'Follow log output' }),
    tail: f.string({ short: 'n', usage: 'Number of lines to show from the end of the logs', default: 'all' }),
  },
  run: echo,
});

export const exec = dockerCommand({
  use: 'exec [OPTIONS] CONTAINER COMMAND [ARG...]',
  short: 'Execute a command in a running container',
  args: requiresMinArgs(2),
  interspersed: false,
  at: [{ parent: 'container' }, { parent: ''}],
  flags: {
    detach: f.bool({ short: 'd', usage: 'Detached mode: run command in the background' }),
    detachKeys: f.string({ usage: 'Override the key sequence for detaching a container' }),
    env: f.list({ short: 'e', usage: 'Set environment variables', validator: validateEnv }),
    envFile: f.list({ usage: 'Read in a file of environment variables' }),
    interactive: f.bool({ short: 'i', usage: 'Keep STDIN open even if not attached' }),
    privileged: f.bool({ usage: 'Give extended privileges to the command' }),
    tty: f.bool({ short: 't', usage: 'Allocate a pseudo-TTY' }),
    user: f.string({ short: 'u', usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")' }),
    workdir: f.string({ short: 'w', usage: 'Working directory inside the container' }),
  },
  run: echo,
});

export const run = dockerCommand({
  use: 'run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create and run a new container from an image',
  args: requiresMinArgs(1),
  interspersed: false,
  at: [{ parent: 'container' }, { parent: ''}],
  flags: {
    detach: f.bool({ short: 'd', usage: 'Run container in background and print container ID' }),
    interactive: f.bool({ short: 'i', usage: 'Keep STDIN open even if not attached' }),
    tty: f.bool({ short: 't', usage: 'Allocate a pseudo-TTY' }),
    rm: f.bool({ usage: 'Automatically remove the container and its associated anonymous volumes when it exits' }),
    name: f.string({ usage: 'Assign a name to the container' }),
    hostname: f.string({ short: 'h', usage: 'Container host name' }),
    help: f.bool({ usage: 'Print usage' }),
    env: f.list({ short: 'e', usage: 'Set environment variables', validator: validateEnv }),
    publish: f.list({ short: 'p', usage: "Publish a container's port(s) to the host" }),
    volume: f.list({ short: 'v', usage: 'Bind mount a volume' }),
    label: f.list({ short: 'l', usage: 'Set meta data on a container', validator: validateLabel }),
    addHost: f.list({ usage: 'Add a custom host-to-IP mapping (host:ip)', validator: validateExtraHost }),
    memory: f.bytes({ short: 'm', usage: 'Memory limit' }),
    cpus: f.nanoCpus({ usage: 'Number of CPUs' }),
    cpuShares: f.int({ short: 'c', usage: 'CPU shares (relative weight)', bits: 64 }),
    healthInterval: f.duration({ usage: 'Time between running the check (ms|s|m|h) (default 0s)' }),
    stopTimeout: f.int({ usage: 'Timeout (in seconds) to stop a container' }),
  },
  run: echo,
});

export const networkCreate = dockerCommand({
  use: 'create [OPTIONS] NETWORK',
  short: 'Create a network',
  args: exactArgs(1),
  at: [{ parent: 'network' }],
  flags: {
    attachable: f.bool({ usage: 'Enable manual container attachment' }),
    auxAddress: f.map({ usage: 'Auxiliary IPv4 or IPv6 addresses used by Network driver' }),
    configFrom: f.string({ usage: 'The network from which to copy the configuration' }),
    configOnly: f.bool({ usage: 'Create a configuration only network' }),
    driver: f.string({ short: 'd', usage: 'Driver to manage the Network', default: 'bridge' }),
    gateway: f.stringSlice({ usage: 'IPv4 or IPv6 Gateway for the master subnet' }),
    ingress: f.bool({ usage: 'Create swarm routing-mesh network' }),
    internal: f.bool({ usage: 'Restrict external access to the network' }),
    ipRange: f.stringSlice({ usage: 'Allocate container ip from a sub-range' }),
    ipamDriver: f.string({ usage: 'IP Address Management Driver', default: 'default' }),
    ipamOpt: f.map({ usage: 'Set IPAM driver specific options' }),
    ipv4: f.bool({ usage: 'Enable or disable IPv4 address assignment', default: true }),
    ipv6: f.bool({ usage: 'Enable or disable IPv6 address assignment' }),
    label: f.list({ usage: 'Set metadata on a network' }),
    opt: f.map({ short: 'o', usage: 'Set driver specific options' }),
    scope: f.string({ usage: "Control the network's scope" }),
    subnet: f.stringSlice({ usage: 'Subnet in CIDR format that represents a network segment' }),
  },
  run: echo,
});

export const DEMO_VERBS = [stop, ls, imageLs, logs, exec, run, networkCreate];
