/**
 * The bash builtins this shell implements (things `type` reports as "a shell builtin"), and `help`.
 */
import type { Cmd } from '../context';
import { UTILITIES } from '../utils/index';
import * as core from './core';
import * as meta from './meta';
import * as vars from './vars';
import { printf } from './printf';
import { jobs, kill } from './jobs';
import { bg, fg, wait } from './wait';
import { ulimit } from '../utils/sysinfo';

const USAGE: Record<string, string> = {
  cd: 'cd [-L|-P] [dir]\n    Change the shell working directory (default $HOME; `cd -` goes back).',
  echo: 'echo [-neE] [arg ...]\n    Write arguments to the standard output.',
  export: 'export [-fn] [name[=value] ...] or export -p\n    Set export attribute for shell variables.',
  exit: 'exit [n]\n    Exit the shell (or the container shell you entered) with status n.',
  history: 'history [-c] [n]\n    Display or clear the history list.',
  pwd: 'pwd [-LP]\n    Print the name of the current working directory.',
  read: 'read [-r] [-p prompt] [-n nchars] [name ...]\n    Read a line from the standard input and split it into fields.',
  set: 'set [-euxf] [-o option-name] [--] [arg ...]\n    Set or unset shell options and positional parameters.',
  source: 'source filename [arguments]\n    Execute commands from a file in the current shell.',
  test: 'test [expr]\n    Evaluate conditional expression (also `[ expr ]`).',
  type: 'type [-tp] name [name ...]\n    Display information about command type.',
  unset: 'unset [-f] [-v] [name ...]\n    Unset values and attributes of shell variables and functions.',
};

const help: Cmd = ctx => {
  const topic = ctx.argv[1];
  if (topic !== undefined) {
    const usage = USAGE[topic] ?? (Object.hasOwn(BUILTINS, topic) ? `${topic}: a shell builtin of this simulated terminal.` : undefined);
    if (usage === undefined) return core.builtinError(ctx, 'help', `no help topics match \`${topic}'.  Try \`help help' or \`man -k ${topic}' or \`info ${topic}'.`);
    ctx.stdout(`${topic}: ${usage}\n`);
    return 0;
  }
  const commands = [...new Set([...Object.keys(UTILITIES), ...Object.keys(ctx.machine.commands)])].sort();
  ctx.stdout(
    [
      'GNU bash, version 5.2.21(1)-release (x86_64-pc-linux-gnu) — simulated by Dockerlings',
      'These shell commands are defined internally.  Type `help name\' to find out more about `name\'.',
      '',
      wrap(Object.keys(BUILTINS).sort()),
      '',
      'Other commands available here:',
      '',
      wrap(commands),
      '',
      'Tab completes commands and file names, Up/Down walk the history, Ctrl+C interrupts, Ctrl+L clears.',
      '',
    ].join('\n'),
  );
  return 0;
};

function wrap(words: string[], width = 78): string {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line !== '' && line.length + 1 + w.length > width) {
      lines.push(line);
      line = '';
    }
    line += (line === '' ? ' ' : ' ') + w;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

export const BUILTINS: Readonly<Record<string, Cmd>> = {
  ':': core.colon,
  '.': meta.source,
  '[': core.bracket,
  alias: meta.alias,
  bg,
  break: core.breakCmd,
  cd: core.cd,
  command: meta.command,
  continue: core.continueCmd,
  declare: vars.declare,
  echo: core.echo,
  eval: meta.evalCmd,
  exec: meta.exec,
  exit: core.exit,
  export: vars.exportCmd,
  false: core.falseCmd,
  fg,
  hash: meta.hash,
  help,
  history: meta.history,
  jobs,
  kill,
  let: vars.let_,
  local: vars.local,
  printf,
  pwd: core.pwd,
  read: vars.read,
  return: core.returnCmd,
  set: vars.set,
  shift: core.shift,
  source: meta.source,
  test: core.test,
  time: meta.time,
  trap: meta.trap,
  true: core.trueCmd,
  type: meta.type,
  typeset: vars.declare,
  ulimit,
  unalias: meta.unalias,
  unset: vars.unset,
  wait,
};
