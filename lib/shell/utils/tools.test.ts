import { describe, expect, it } from 'vitest';
import { Session } from '../session';
import { alpineMachine, hostSession, workdir } from '../test-support';
import { decodeArchive } from '../../sim/fs/archive';

describe('sudo and which', () => {
  it('runs commands as root without a password and keeps builtins out', () => {
    const s = workdir();
    expect(s.run('sudo ls /root; echo $?').stdout).toBe('0\n');
    expect(s.run('sudo touch /etc/motd && ls -l /etc/motd | cut -d" " -f1,3,4').stdout).toBe('-rw-r--r-- root root\n');
    expect(s.run('sudo cd /root')).toMatchObject({ stderr: 'sudo: cd: command not found\n', exitCode: 1 });
    expect(s.run('sudo echo hi').stdout).toBe('hi\n');
    expect(s.run("sudo bash -c 'echo $HOME $USER $SUDO_USER'").stdout).toBe('/root root learner\n');
    expect(s.run('sudo')).toMatchObject({ exitCode: 1, stderr: expect.stringMatching(/^usage: sudo -h \| -K \| -k \| -V/) });
  });

  it('which prints programs, not builtins or functions; exit 1 when one is missing', () => {
    const s = workdir();
    expect(s.run('which ls echo sudo')).toMatchObject({ stdout: '/usr/bin/ls\n/usr/bin/echo\n/usr/bin/sudo\n', exitCode: 0 });
    expect(s.run('which cd nope')).toMatchObject({ stdout: '', exitCode: 1 });
  });

  it('does not offer host-only programs inside alpine', () => {
    const s = new Session({ machine: alpineMachine() });
    for (const cmd of ['sudo ls', 'apt-get update', 'bash']) expect(s.run(cmd)).toMatchObject({ exitCode: 127, stderr: `sh: ${cmd.split(' ')[0]}: not found\n` });
    expect(s.run('which ls sh').stdout).toBe('/bin/ls\n/bin/sh\n');
  });
});

describe('apt', () => {
  it('needs root on the host, like Ubuntu', () => {
    expect(hostSession().run('apt-get install -y curl')).toMatchObject({
      exitCode: 100,
      stderr: 'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n',
    });
  });

  it('needs `update` before `install`, then installs the package’s programs', () => {
    const s = new Session({ machine: { ...alpineMachine(), shellName: 'bash' } });
    s.run('mkdir -p /usr/bin && printf "x" > /usr/bin/apt-get && chmod +x /usr/bin/apt-get');
    expect(s.run('apt-get install -y curl')).toMatchObject({ exitCode: 100, stderr: 'E: Unable to locate package curl\n' });
    expect(s.run('apt-get update')).toMatchObject({ exitCode: 0, stdout: expect.stringMatching(/Reading package lists\.\.\. Done\n$/) });
    const r = s.run('apt-get install -y curl');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/Setting up curl \(8\.5\.0-2ubuntu10\.6\) \.\.\.\n$/);
    expect(s.run('ls /usr/bin/curl').stdout).toBe('/usr/bin/curl\n');
    expect(s.run('apt-get install -y no-such-pkg')).toMatchObject({ exitCode: 100, stderr: 'E: Unable to locate package no-such-pkg\n' });
  });
});

describe('editors, pagers and man', () => {
  it('editors explain what to use instead and fail', () => {
    for (const ed of ['nano', 'vim', 'vi']) {
      const r = hostSession().run(`${ed} notes.txt`);
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toContain(`${ed}: full-screen editors are not available in this simulated terminal.`);
      expect(r.stderr).toContain("cat > notes.txt <<'EOF'");
    }
    expect(hostSession().run('man ls')).toMatchObject({ exitCode: 16, stderr: expect.stringContaining('manual pages are not installed') });
  });

  it('less and more print the text', () => {
    const s = workdir();
    expect(s.run('less f.txt').stdout).toBe('alpha\nbeta\ngamma\n');
    expect(s.run('cat f.txt | more').stdout).toBe('alpha\nbeta\ngamma\n');
  });
});

describe('tar', () => {
  it('archives a tree and extracts it elsewhere, with -C and --strip-components', () => {
    const s = workdir();
    expect(s.run('tar -czvf backup.tar.gz d f.txt').stdout).toBe('d/\nd/e/\nd/x.log\nd/y.log\nf.txt\n');
    s.run('mkdir out && tar -xzf backup.tar.gz -C out');
    expect(s.run('ls -R out | cat').stdout).toBe('out:\nd\nf.txt\n\nout/d:\ne\nx.log\ny.log\n\nout/d/e:\n');
    s.run('mkdir flat && tar -xzf backup.tar.gz -C flat --strip-components=1 d');
    expect(s.run('ls flat | cat').stdout).toBe('e\nx.log\ny.log\n');
    expect(s.run('tar -tvf backup.tar.gz f.txt').stdout).toBe('-rw-r--r-- learner/learner  17 2026-01-15 09:00 f.txt\n');
  });

  it('handles the course notes’ swarm backup: permission denied without sudo, works with it', () => {
    const s = workdir();
    s.run('sudo mkdir -p /var/lib/docker/swarm && sudo touch /var/lib/docker/swarm/state.json');
    expect(s.run('tar -czvf swarm-backup.tar.gz /var/lib/docker/swarm')).toMatchObject({
      exitCode: 2,
      stderr: "tar: Removing leading `/' from member names\ntar: /var/lib/docker/swarm: Cannot stat: Permission denied\ntar: Exiting with failure status due to previous errors\n",
    });
    const r = s.run('sudo tar -czvf swarm-backup.tar.gz /var/lib/docker/swarm');
    expect(r).toMatchObject({ exitCode: 0, stdout: 'var/lib/docker/swarm/\nvar/lib/docker/swarm/state.json\n' });
    const entries = decodeArchive(s.run('cat swarm-backup.tar.gz').stdout);
    expect(entries?.map(e => e.path)).toEqual(['var/lib/docker/swarm/', 'var/lib/docker/swarm/state.json']);
  });

  it('rejects files that are not archives', () => {
    expect(workdir().run('tar -xf f.txt')).toMatchObject({ exitCode: 2, stderr: 'tar: This does not look like a tar archive\ntar: Exiting with failure status due to previous errors\n' });
  });
});
