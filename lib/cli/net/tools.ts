/**
 * Which network tools exist where. The host (Ubuntu 24.04) has curl, wget, ping (iputils),
 * nslookup/dig, getent, ip, ss and iptables. Inside a container a tool exists only when the image
 * has its program on PATH (alpine/busybox: ping, wget, nslookup, ip, netstat as BusyBox applets,
 * no curl; ubuntu: none of them; nginx images: curl), and its flavour follows that program.
 */
import type { CommandFn } from '../../shell/types';
import type { ContainerRecord, Engine } from '../../sim/index';
import type { FileSystem } from '../../sim/fs/types';
import { containerFs } from '../../sim/index';
import { curlCommand } from './curl/curl';
import { digCommand, getentCommand, nslookupCommand } from './dns';
import { hostnameCommand } from './hostname';
import { ipCommand } from './ip';
import { iptablesCommand } from './iptables';
import { pingCommand } from './ping';
import { netstatCommand, ssCommand } from './sockets';
import type { Flavour, NetEnv } from './types';
import { busyboxWget } from './wget-busybox';
import { gnuWget } from './wget-gnu';

type Maker = (net: () => NetEnv, flavour: Flavour, where: 'host' | 'container') => CommandFn;

/** Tool name → how to build it. Names map to one program each. */
const TOOLS: Record<string, Maker> = {
  curl: (net, _f, where) => curlCommand(net, where === 'container'),
  wget: (net, f) => (f === 'busybox' ? busyboxWget(net) : gnuWget(net)),
  ping: (net, f) => pingCommand(net, f),
  nslookup: (net, f) => nslookupCommand(net, f),
  dig: (net) => digCommand(net),
  getent: (net) => getentCommand(net),
  ip: (net, f) => ipCommand(net, f),
  hostname: (net, f) => hostnameCommand(net, f),
  ss: (net) => ssCommand(net),
  netstat: (net) => netstatCommand(net),
  iptables: (net) => iptablesCommand(net),
};

/** Tools on the learner's host (Ubuntu 24.04 ships no netstat: net-tools is not installed). */
export const HOST_TOOL_NAMES: readonly string[] = ['curl', 'wget', 'ping', 'nslookup', 'dig', 'getent', 'ip', 'hostname', 'ss', 'iptables'];

export function hostNetCommands(engine: () => Engine): Record<string, CommandFn> {
  const net = () => ({ eng: engine(), origin: { kind: 'host' as const } });
  return Object.fromEntries(HOST_TOOL_NAMES.map((n) => [n, TOOLS[n]!(net, 'gnu', 'host')]));
}

const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** The flavour of the program `name` in the image, or null when it has none. */
export function programFlavour(fs: FileSystem, name: string): Flavour | null {
  for (const dir of PATH_DIRS) {
    const path = `${dir}/${name}`;
    let st;
    try {
      st = fs.lstat(path);
    } catch {
      continue;
    }
    if (!st) continue;
    if (st.type === 'symlink') {
      let target = '';
      try {
        target = fs.readlink(path);
      } catch {
        /* unreadable link: treat as a program */
      }
      if (target.endsWith('busybox')) return 'busybox';
      if (!fs.stat(path)) continue;
      return 'gnu';
    }
    if (st.type === 'file' && (st.mode & 0o111) !== 0) return 'gnu';
  }
  return null;
}

/** `Runtime.toolsFor`: the network tools a container's image provides. */
export function containerNetTools(eng: Engine, c: ContainerRecord, fs: FileSystem = containerFs(eng, c)): Record<string, CommandFn> {
  const out: Record<string, CommandFn> = {};
  const net = () => ({ eng, origin: { kind: 'container' as const, id: c.id } });
  for (const [name, make] of Object.entries(TOOLS)) {
    const flavour = programFlavour(fs, name);
    if (flavour) out[name] = make(net, flavour, 'container');
  }
  return out;
}
