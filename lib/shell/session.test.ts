import { describe, expect, it } from 'vitest';
import { Session } from './session';
import { alpineMachine, hostMachine, hostSession } from './test-support';
import type { CommandFn } from './types';

describe('needsMore', () => {
  const s = hostSession();
  it.each([
    ['echo "open', true],
    ["echo 'open", true],
    ['echo done \\', true],
    ['cat <<EOF\nbody', true],
    ['cat <<EOF\nbody\nEOF', false],
    ['ls |', true],
    ['ls &&', true],
    ['ls ||', true],
    ['if true; then', true],
    ['for x in a b; do', true],
    ['while true', true],
    ['f() {', true],
    ['echo $(ls', true],
    ['echo ok', false],
    ['| bad', false],
    ['', false],
  ])('%j → %s', (src, want) => expect(s.needsMore(src)).toBe(want));
});

describe('history expansion (interactive bash)', () => {
  it('expands !!, !$ and !prefix, echoing the new line first, as bash does', () => {
    const s = hostSession();
    s.run('echo one two three');
    expect(s.run('echo !$').stdout).toBe('echo three\nthree\n');
    expect(s.run('echo !!').stdout).toBe('echo echo three\necho three\n');
    s.run('whoami');
    expect(s.run('sudo !!').stdout).toBe('sudo whoami\nroot\n');
    expect(s.run('!echo').stdout).toBe('echo echo three\necho three\n');
    expect(s.history().slice(-2)).toEqual(['sudo whoami', 'echo echo three']);
  });

  it('leaves quoted and trailing ! alone and reports unknown events', () => {
    const s = hostSession();
    expect(s.run("echo 'a!b' \"hi!\" e!").stdout).toBe('a!b hi! e!\n');
    expect(s.run('x=HOME; echo ${!x} [[ a != b ]]').stdout).toBe('/home/learner [[ a != b ]]\n');
    expect(s.run('echo [!x]zzz').stdout).toBe('[!x]zzz\n');
    expect(s.run('echo !ab]cd')).toMatchObject({ stderr: 'bash: !ab]cd: event not found\n', exitCode: 1 });
    expect(s.run('echo !zzz')).toMatchObject({ stdout: '', stderr: 'bash: !zzz: event not found\n', exitCode: 1 });
    expect(s.history()).toEqual(["echo 'a!b' \"hi!\" e!", 'x=HOME; echo ${!x} [[ a != b ]]', 'echo [!x]zzz']);
    expect(s.run("bash -c 'echo [!x]*'").stdout).toBe('[!x]*\n');
  });
});

describe('prompt', () => {
  it('follows the machine, user and directory', () => {
    const s = hostSession();
    expect(s.prompt()).toBe('learner@dockerlings:~$ ');
    s.run('cd /var/lib');
    expect(s.prompt()).toBe('learner@dockerlings:/var/lib$ ');
    s.run('PS1="[\\u \\W]\\$ "');
    expect(s.prompt()).toBe('[learner lib]$ ');
  });
});

describe('nested shells', () => {
  it('enters a container shell, shows its prompt and messages, and exit returns with onExit', () => {
    const exits: number[] = [];
    const enter: CommandFn = ctx => {
      ctx.shell.enter(alpineMachine(), code => {
        exits.push(code);
        return 'container stopped\n';
      });
      return 0;
    };
    const s = new Session({ machine: hostMachine({ commands: { enter } }) });
    s.run('enter');
    expect(s.prompt()).toBe('/ # ');
    expect(s.run('foo')).toMatchObject({ stderr: 'sh: foo: not found\n', exitCode: 127 });
    expect(s.run('bash')).toMatchObject({ stderr: 'sh: bash: not found\n', exitCode: 127 });
    expect(s.run('ls |;')).toMatchObject({ stderr: 'sh: syntax error: unexpected ";"\n', exitCode: 2 });
    expect(s.run('cd /nope')).toMatchObject({ stderr: "sh: cd: can't cd to /nope: No such file or directory\n", exitCode: 2 });
    s.run('cd /tmp');
    expect(s.prompt()).toBe('/tmp # ');
    expect(s.run('exit 3')).toMatchObject({ stdout: 'container stopped\n', stderr: '', exitCode: 3 });
    expect(exits).toEqual([3]);
    expect(s.prompt()).toBe('learner@dockerlings:~$ ');
    expect(s.run('echo $?').stdout).toBe('3\n');
  });

  it('root bash containers get the Debian prompt', () => {
    const enter: CommandFn = ctx => {
      ctx.shell.enter({ ...alpineMachine({ hostname: 'a1b2c3d4e5f6' }), shellName: 'bash' });
      return 0;
    };
    const s = new Session({ machine: hostMachine({ commands: { enter } }) });
    s.run('enter');
    expect(s.prompt()).toBe('root@a1b2c3d4e5f6:/# ');
  });

  it('`bash` opens a nested shell that exit leaves; sudo -i opens a root shell', () => {
    const s = hostSession();
    s.run('bash');
    s.run('X=inner');
    s.run('exit');
    expect(s.run('echo "[$X]"').stdout).toBe('[]\n');
    s.run('sudo -i');
    expect(s.prompt()).toBe('root@dockerlings:~# ');
    expect(s.run('whoami; pwd').stdout).toBe('root\n/root\n');
    s.run('exit');
    expect(s.prompt()).toBe('learner@dockerlings:~$ ');
  });
});

describe('attach and interrupt', () => {
  it('ignores input while attached and hands Ctrl+C to the process', () => {
    const follow: CommandFn = ctx => {
      ctx.stdout('log line 1\n');
      ctx.shell.attach(() => ({ output: '\nstopped\n', exitCode: 130 }));
      return 0;
    };
    const s = new Session({ machine: hostMachine({ commands: { follow } }) });
    expect(s.run('follow').stdout).toBe('log line 1\n');
    expect(s.prompt()).toBe('');
    expect(s.run('echo ignored')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(s.interrupt()).toMatchObject({ stdout: '^C\nstopped\n', exitCode: 130 });
    expect(s.prompt()).toBe('learner@dockerlings:~$ ');
    expect(s.run('echo $?').stdout).toBe('130\n');
  });

  it('a background job that would attach leaves the terminal to the learner', () => {
    const follow: CommandFn = ctx => {
      ctx.stdout('log line 1\n');
      ctx.shell.attach(() => ({ output: '\nstopped\n', exitCode: 130 }));
      return 0;
    };
    const s = new Session({ machine: hostMachine({ commands: { follow } }) });
    expect(s.run('follow &')).toMatchObject({ stdout: 'log line 1\n', stderr: '[1] 1001\n', exitCode: 0 });
    expect(s.prompt()).toBe('learner@dockerlings:~$ ');
    expect(s.run('echo typed').stdout).toBe('typed\n');
  });

  it('without a process, Ctrl+C prints ^C and sets $? to 130', () => {
    const s = hostSession();
    expect(s.interrupt()).toMatchObject({ stdout: '^C\n', exitCode: 130 });
    expect(s.run('echo $?').stdout).toBe('130\n');
  });
});

describe('exec, spawn and which for tools', () => {
  it('runs scripts and argv on another machine with its own env and cwd', () => {
    const results: unknown[] = [];
    const probe: CommandFn = ctx => {
      const m = alpineMachine();
      results.push(ctx.shell.exec(m, 'cd /tmp; echo "$GREETING from $(pwd)"; nope', { env: { GREETING: 'hi' } }));
      results.push(ctx.shell.spawn(m, ['ls', '/'], { cwd: '/' }));
      results.push(ctx.shell.spawn(m, ['bash'], {}));
      results.push(ctx.shell.exec(m, 'cat', { stdin: 'piped\n' }));
      results.push([ctx.shell.which(m, 'ls'), ctx.shell.which(m, 'bash'), ctx.shell.which(m, 'cd'), ctx.shell.which(ctx.shell && hostMachine(), 'bash')]);
      return 0;
    };
    new Session({ machine: hostMachine({ commands: { probe } }) }).run('probe');
    expect(results).toEqual([
      { stdout: 'hi from /tmp\n', stderr: 'sh: nope: not found\n', exitCode: 127 },
      { stdout: 'bin\netc\nroot\ntmp\nusr\nvar\n', stderr: '', exitCode: 0 },
      { stdout: '', stderr: 'sh: bash: not found\n', exitCode: 127 },
      { stdout: 'piped\n', stderr: '', exitCode: 0 },
      ['/bin/ls', null, null, '/usr/bin/bash'],
    ]);
  });
});

describe('processes started by tools', () => {
  it('cannot take over the terminal', () => {
    let result: unknown;
    const probe: CommandFn = ctx => {
      result = ctx.shell.exec(alpineMachine(), 'sleep infinity; echo after; sh', {});
      return 0;
    };
    const s = new Session({ machine: hostMachine({ commands: { probe } }) });
    s.run('probe');
    expect(result).toEqual({ stdout: 'after\n', stderr: '', exitCode: 0 });
    expect(s.prompt()).toBe('learner@dockerlings:~$ ');
  });
});

describe('guard rails', () => {
  it('never throws: a crashing tool becomes an internal error', () => {
    const boom: CommandFn = () => {
      throw new TypeError('kaboom');
    };
    const s = new Session({ machine: hostMachine({ commands: { boom } }) });
    expect(s.run('boom; echo still-here')).toMatchObject({ stdout: 'still-here\n', stderr: 'bash: boom: internal error: kaboom\n' });
  });

  it('refuses input over 100 KB', () => {
    const r = hostSession().run('echo ' + 'x'.repeat(101 * 1024));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^bash: input too long/);
  });

  it('stops endless loops and deep nesting quickly', () => {
    const s = hostSession();
    const t0 = performance.now();
    expect(s.run('while true; do :; done')).toMatchObject({ exitCode: 1, stderr: 'bash: loop stopped after 10000 iterations (limit of this simulated shell)\n' });
    expect(s.run('for a in $(seq 200); do for b in $(seq 200); do for c in $(seq 200); do :; done; done; done').stderr).toMatch(/too many commands/);
    expect(s.run('echo ' + '$('.repeat(200) + 'echo x' + ')'.repeat(200))).toMatchObject({ exitCode: 1, stderr: 'bash: maximum nesting exceeded\n' });
    expect(performance.now() - t0).toBeLessThan(15000);
  });

  it('truncates more than 1 MB of output with a note', () => {
    const r = hostSession().run("yes $(printf '%0200d' 0) | head -n 4000; yes $(printf '%0200d' 1) | head -n 4000");
    expect(r.stdout.length).toBeLessThan(1024 * 1024 + 200);
    expect(r.stdout).toMatch(/\[output truncated: .*1 MB.*\]\n$/);
  });

  it('keeps at most 1,000 history entries, skipping duplicates and space-prefixed lines', () => {
    const s = hostSession();
    for (let i = 0; i < 1005; i++) s.run(`echo ${i}`);
    s.run('echo 1004');
    s.run(' echo secret');
    expect(s.history()).toHaveLength(1000);
    expect(s.history()[0]).toBe('echo 5');
    expect(s.history()[999]).toBe('echo 1004');
  });
});

describe('snapshot and restore', () => {
  it('round-trips through JSON, including a nested shell when its machine can be found again', () => {
    const container = alpineMachine();
    const enter: CommandFn = ctx => {
      ctx.shell.enter(container);
      return 0;
    };
    const s = new Session({ machine: hostMachine({ commands: { enter } }) });
    s.run('cd /tmp; X=1; f() { echo fn; }');
    s.run('enter');
    s.run('cd /etc; Y=2');
    const snap = JSON.parse(JSON.stringify(s.snapshot()));
    s.run('exit');
    s.run('cd /; X=2; unset -f f');
    s.restore(snap, id => (id === container.hostname ? container : undefined));
    expect(s.prompt()).toBe('/etc # ');
    expect(s.run('echo $Y').stdout).toBe('2\n');
    s.run('exit');
    expect(s.run('pwd; echo $X; f').stdout).toBe('/tmp\n1\nfn\n');
    s.restore(snap);
    expect(s.prompt()).toBe('learner@dockerlings:/tmp$ ');
  });

  it('$RANDOM is reproducible from a snapshot', () => {
    const s = hostSession();
    const snap = s.snapshot();
    const first = s.run('echo $RANDOM $RANDOM').stdout;
    s.restore(snap);
    expect(s.run('echo $RANDOM $RANDOM').stdout).toBe(first);
    expect(first).toMatch(/^\d+ \d+\n$/);
  });
});
