/**
 * Which network tools exist where. The host (Ubuntu 24.04) has curl, wget, ping (iputils),
 * nslookup/dig, getent, ip, ss and iptables. Inside a container a tool exists only when the image
 * has its program on PATH (alpine/busybox: ping, wget, nslookup, ip, netstat as BusyBox applets,
 * no curl; ubuntu: none of them; nginx images: curl), and its flavour follows that program.
 */
import type { CommandFn } from '../../shell/types';
import type { ContainerRecord, Engine } from '../../sim/index';
import { pingHook } from './ping-process';
import { imageStack, programFlavour } from './programs';
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

/** Every tool a container may have (containerNetTools returns a subset). */
export const CONTAINER_NET_TOOL_NAMES: readonly string[] = Object.keys(TOOLS);

/** Tools on the learner's host (Ubuntu 24.04 ships no netstat: net-tools is not installed). */
export const HOST_TOOL_NAMES: readonly string[] = ['curl', 'wget', 'ping', 'nslookup', 'dig', 'getent', 'ip', 'hostname', 'ss', 'iptables'];

/** `Runtime.toolsFor`: the network tools a container's image (or what was installed in it) provides. */
export function containerNetTools(eng: Engine, c: ContainerRecord): Record<string, CommandFn> {
  const layers = imageStack(eng, c);
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
  return (eng) => {
    // ping containers restored from a snapshot keep printing: the hook joins the session's engine.
    if (name === 'ping' && !eng.rt.hooks.includes(pingHook)) eng.rt.hooks.push(pingHook);
    return make(() => ({ eng, origin: { kind: 'host' } }), 'gnu', 'host');
  };
}
