/**
 * The shell's utilities: programs every machine has (coreutils/busybox-like), run as Cmds.
 * Tools that need the engine (docker, kubectl, curl, ping…) are not here: they are registered on
 * the Machine (lib/host.ts). Gated utilities exist only where their program file is on the
 * machine's PATH (e.g. `bash` and `apt-get` on Ubuntu images, not on alpine).
 */
import type { Cmd } from '../context';
import { awk } from './awk';
import { cat } from './cat';
import { chmod, chown } from './perms';
import { cp, ln, mv } from './copy';
import { editor, man, pager } from './editors';
import { find } from './find';
import { grep } from './grep';
import { ls } from './ls';
import { mkdir, rm, rmdir, touch } from './fileops';
import * as misc from './misc';
import { apt } from './packages';
import { env, shellCommand, sudo, which, xargs } from './procs';
import { sed } from './sed';
import * as sys from './system';
import { tar } from './tar';
import { df, free, printenv, uptime } from './sysinfo';
import { du } from './du';
import { stat } from './stat';
import { gunzip, gzip, zcat } from './gzip';
import { node, python } from './runtimes';
import { addgroup, adduser, groupadd, useradd } from './accounts';
import { head, tail, tee, wc } from './text-basic';
import { cut, sort, tr, uniq } from './text-fields';
import { timeout } from './timeout';

export const UTILITIES: Readonly<Record<string, Cmd>> = {
  addgroup,
  adduser,
  apt,
  'apt-get': apt,
  awk,
  base64: misc.base64,
  basename: misc.basename,
  bash: shellCommand('bash'),
  cat,
  chmod,
  chown,
  clear: sys.clear,
  cp,
  cut,
  date: sys.date,
  df,
  dirname: misc.dirname,
  du,
  egrep: grep,
  env,
  find,
  free,
  grep,
  groupadd,
  gunzip,
  gzip,
  head,
  hostname: sys.hostname,
  id: sys.id,
  less: pager,
  ln,
  ls,
  man,
  mkdir,
  more: pager,
  mv,
  node,
  nano: editor,
  printenv,
  python,
  python3: python,
  readlink: misc.readlink,
  realpath: misc.realpath,
  rm,
  rmdir,
  sed,
  seq: misc.seq,
  sh: shellCommand('sh'),
  sleep: sys.sleep,
  sort,
  stat,
  sudo,
  tail,
  tar,
  tee,
  timeout,
  touch,
  tr,
  uname: sys.uname,
  uniq,
  uptime,
  useradd,
  vi: editor,
  vim: editor,
  wc,
  which,
  whoami: sys.whoami,
  xargs,
  yes: misc.yes,
  zcat,
};

/** Utilities that only exist when their program file is on the machine's PATH. */
export const GATED_UTILITIES: ReadonlySet<string> = new Set(['bash', 'apt', 'apt-get', 'sudo', 'python', 'python3', 'node', 'addgroup', 'adduser', 'groupadd', 'useradd']);
