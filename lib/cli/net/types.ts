/**
 * What a network tool needs besides its CommandContext: the engine and where the tool runs
 * (the learner's host, or inside a container). Tools are CommandFn factories over a NetEnv.
 */
import type { CommandContext, CommandFn } from '../../shell/types';
import type { Engine, Origin } from '../../sim/index';

export interface NetEnv {
  readonly eng: Engine;
  readonly origin: Origin;
}

/** Tools come in the flavour of the program installed: GNU/iputils/curl on Debian-likes, BusyBox applets in alpine. */
export type Flavour = 'gnu' | 'busybox';

/** Builds a tool bound to a NetEnv (given lazily: the host's engine may be created after the tool). */
export type NetTool = (net: () => NetEnv, flavour: Flavour) => CommandFn;

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export function ioOf(ctx: CommandContext): Io {
  return { out: (t) => ctx.stdout(t), err: (t) => ctx.stderr(t) };
}
