/**
 * The shell's utilities: programs every machine has (coreutils/busybox-like), run as Cmds.
 * Tools that need the engine (docker, kubectl, curl, ping…) are not here: they are registered on
 * the Machine (lib/host.ts). Gated utilities exist only where their binary is in the machine's
 * filesystem (e.g. `bash` and `apt-get` on Ubuntu, not on alpine).
 */
import type { Cmd } from '../context';
import { cat } from './cat';
import { ls } from './ls';
import * as sys from './system';

export const UTILITIES: Readonly<Record<string, Cmd>> = {
  cat,
  clear: sys.clear,
  date: sys.date,
  hostname: sys.hostname,
  id: sys.id,
  ls,
  sleep: sys.sleep,
  uname: sys.uname,
  whoami: sys.whoami,
};

/** Utilities that only exist when their program file is on the machine's PATH. */
export const GATED_UTILITIES: ReadonlySet<string> = new Set(['bash', 'apt', 'apt-get', 'sudo']);
