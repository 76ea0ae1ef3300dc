import { describe, expect, it } from 'vitest';
import { Session } from '../session';
import { alpineMachine, hostSession, workdir, type Case } from '../test-support';

const CASES: Case[] = [
  ['date', 'Thu Jan 15 09:00:00 UTC 2026\n', '', 0],
  ['date +%F_%T', '2026-01-15_09:00:00\n', '', 0],
  ['date -R', 'Thu, 15 Jan 2026 09:00:00 +0000\n', '', 0],
  ['sleep 90; date +%T', '09:01:30\n', '', 0],
  ['sleep 1.5m 30; date +%T', '09:02:00\n', '', 0],
  ['sleep', '', "sleep: missing operand\nTry 'sleep --help' for more information.\n", 1],
  ['sleep x', '', "sleep: invalid time interval ‘x’\nTry 'sleep --help' for more information.\n", 1],
  ['uname -a', 'Linux dockerlings 6.8.0-51-generic #52-Ubuntu SMP PREEMPT_DYNAMIC Thu Dec  5 13:09:44 UTC 2024 x86_64 x86_64 x86_64 GNU/Linux\n', '', 0],
  ['uname -r', '6.8.0-51-generic\n', '', 0],
  ['uname -sm', 'Linux x86_64\n', '', 0],
  ['whoami; sudo whoami', 'learner\nroot\n', '', 0],
  ['id', 'uid=1000(learner) gid=1000(learner) groups=1000(learner),4(adm),27(sudo),988(docker)\n', '', 0],
  ['id -un; id -u; id -Gn', 'learner\n1000\nlearner adm sudo docker\n', '', 0],
  ['hostname', 'dockerlings\n', '', 0],
  ['hostname newname', '', 'hostname: you must be root to change the host name\n', 1],
  ['cat /etc/hostname /etc/os-release | head -2', 'dockerlings\nPRETTY_NAME="Ubuntu 24.04.3 LTS"\n', '', 0],
];

describe('system commands', () => {
  it.each(CASES)('%j', (src, stdout, stderr, code) => {
    const r = workdir().run(src);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
    expect(r.exitCode).toBe(code);
  });

  it('sleep infinity holds the terminal until Ctrl+C', () => {
    const s = hostSession();
    s.run('sleep infinity');
    expect(s.prompt()).toBe('');
    expect(s.interrupt()).toMatchObject({ stdout: '^C\n', exitCode: 130 });
    expect(s.prompt()).toBe('learner@dockerlings:~$ ');
  });

  it('clear asks the terminal to clear the screen', () => {
    expect(hostSession().run('clear')).toMatchObject({ clear: true, stdout: '', exitCode: 0 });
  });

  it('containers report the host kernel and their own hostname', () => {
    const s = new Session({ machine: alpineMachine({ hostname: 'c0ffee123456' }) });
    expect(s.run('uname -r; hostname; whoami; id').stdout).toBe('6.8.0-51-generic\nc0ffee123456\nroot\nuid=0(root) gid=0(root) groups=0(root)\n');
    expect(s.run('uname -a').stdout).toBe('Linux c0ffee123456 6.8.0-51-generic #52-Ubuntu SMP PREEMPT_DYNAMIC Thu Dec  5 13:09:44 UTC 2024 x86_64 Linux\n');
  });
});
