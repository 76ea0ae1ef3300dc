/**
 * Prompts: bash's Debian/Ubuntu default `\u@\h:\w\$ ` (learner@dockerlings:~$, root@3f2a…:/# ) and
 * BusyBox ash's `\w \$ ` (/ # ). A PS1 set by the learner is honoured (common escapes only).
 */
import { tildify } from '../sim/fs/path';
import type { Machine } from './types';
import { getVar, type Frame } from './state';

const DEFAULT_PS1 = { bash: '\\u@\\h:\\w\\$ ', sh: '\\w \\$ ' } as const;

export function renderPrompt(machine: Machine, frame: Frame): string {
  const ps1 = getVar(frame, 'PS1') ?? DEFAULT_PS1[machine.shellName];
  const home = getVar(frame, 'HOME') ?? machine.user.home;
  const cwd = frame.cwd;
  return ps1.replace(/\\([uhHwW$n\\])/g, (_, c: string) => {
    switch (c) {
      case 'u':
        return machine.user.name;
      case 'h':
        return machine.hostname.split('.')[0] ?? machine.hostname;
      case 'H':
        return machine.hostname;
      case 'w':
        return tildify(cwd, home);
      case 'W':
        return cwd === home ? '~' : cwd === '/' ? '/' : (cwd.split('/').pop() ?? cwd);
      case '$':
        return machine.user.uid === 0 ? '#' : '$';
      case 'n':
        return '\n';
      default:
        return '\\';
    }
  });
}
