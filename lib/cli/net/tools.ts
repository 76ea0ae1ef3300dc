/**
 * Which network tools exist where. The host (Ubuntu 24.04) has curl, wget, ping (iputils),
 * nslookup/dig, getent, ip, ss and iptables. Inside a container a tool exists only when the image
 * has its program on PATH (alpine/busybox: ping, wget, nslookup, ip, netstat as BusyBox applets,
 * no curl; ubuntu: none of them; nginx images: curl), and its flavour follows that program.
 */
import type { CommandFn } from '../../shell/types';
import { hostOf, imageLayers, type ContainerRecord, type Engine } from '../../sim/index';
import type { LayerData, LayerEntry } from '../../sim/fs/overlay-data';
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

const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/**
 * The flavour of the program `name` in a stack of layers (topmost first: the container's writable
 * layer, then the image's), or null when there is none. Reads layer entries directly: building
 * the container's filesystem view for every tool would cost milliseconds per exec. BusyBox
 * applets are links to /bin/busybox (alpine) or hard links of its size (the busybox image).
 */
export function programFlavour(layers: readonly LayerData[], name: string): Flavour | null {
  const busyboxSize = entryOf(layers, '/bin/busybox')?.size;
  for (const dir of PATH_DIRS) {
    const e = entryOf(layers, `${dir}/${name}`);
    if (!e || e.t === 'w') continue;
    if (e.t === 'l') return (e.target ?? '').endsWith('busybox') ? 'busybox' : 'gnu';
    if (e.t === 'f' && (e.mode & 0o111) !== 0) return busyboxSize !== undefined && e.size === busyboxSize ? 'busybox' : 'gnu';
  }
  return null;
}

/** The topmost entry for a path (whiteouts included). */
function entryOf(layers: readonly LayerData[], path: string): LayerEntry | undefined {
  for (const layer of layers) {
    const e = layer.entries[path];
    if (e) return e;
  }
  return undefined;
}

/** `Runtime.toolsFor`: the network tools a container's image (or what was installed in it) provides. */
export function containerNetTools(eng: Engine, c: ContainerRecord): Record<string, CommandFn> {
  const host = hostOf(eng);
  const image = host.images[c.imageId];
  const layers = [c.upper, ...(image ? imageLayers(host, image) : [])];
  const out: Record<string, CommandFn> = {};
  const net = () => ({ eng, origin: { kind: 'container' as const, id: c.id } });
  for (const [name, make] of Object.entries(TOOLS)) {
    const flavour = programFlavour(layers, name);
    if (flavour) out[name] = make(net, flavour, 'container');
  }
  return out;
}

/** One host tool by name, as lib/host.ts registers tools: `(eng) => CommandFn`. */
export function hostNetTool(name: string): (eng: Engine) => CommandFn {
  const make = TOOLS[name];
  if (!make) throw new Error(`unknown network tool ${name}`);
  return (eng) => make(() => ({ eng, origin: { kind: 'host' } }), 'gnu', 'host');
}
