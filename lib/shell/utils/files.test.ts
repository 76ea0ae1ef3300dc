import { describe, expect, it } from 'vitest';
import { Session } from '../session';
import { alpineMachine, workdir, type Case } from '../test-support';

/** Checked against GNU coreutils 9 (C.UTF-8) where the learner's permissions do not matter. */
const CASES: Case[] = [
  ['ls nope; echo $?', '2\n', "ls: cannot access 'nope': No such file or directory\n", 0],
  ['ls d | cat', 'e\nx.log\ny.log\n', '', 0],
  ['ls -a d | cat', '.\n..\ne\nx.log\ny.log\n', '', 0],
  ['ls -1 -r d', 'y.log\nx.log\ne\n', '', 0],
  ['ls -R d | cat', 'd:\ne\nx.log\ny.log\n\nd/e:\n', '', 0],
  ['ls d/e nope d | cat', 'd:\ne\nx.log\ny.log\n\nd/e:\n', "ls: cannot access 'nope': No such file or directory\n", 0],
  ['ls -F d | cat', 'e/\nx.log\ny.log\n', '', 0],
  ['ls -d d f.txt | cat', 'd\nf.txt\n', '', 0],
  ['ls --bogus', '', "ls: unrecognized option '--bogus'\nTry 'ls --help' for more information.\n", 2],
  ['ls -z', '', "ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n", 2],
  ['ls /root', '', "ls: cannot open directory '/root': Permission denied\n", 2],
  ['mkdir d', '', 'mkdir: cannot create directory ‘d’: File exists\n', 1],
  ['mkdir a/b/c', '', 'mkdir: cannot create directory ‘a/b/c’: No such file or directory\n', 1],
  ['mkdir', '', "mkdir: missing operand\nTry 'mkdir --help' for more information.\n", 1],
  ['mkdir -v n1 n2', "mkdir: created directory 'n1'\nmkdir: created directory 'n2'\n", '', 0],
  ['mkdir -pv a/b', "mkdir: created directory 'a'\nmkdir: created directory 'a/b'\n", '', 0],
  ['mkdir -p d/e/f && ls d/e', 'f\n', '', 0],
  ['mkdir -p d/x.log/z', '', 'mkdir: cannot create directory ‘d/x.log’: Not a directory\n', 1],
  ['mkdir /etc/x', '', 'mkdir: cannot create directory ‘/etc/x’: Permission denied\n', 1],
  ['rmdir nope', '', "rmdir: failed to remove 'nope': No such file or directory\n", 1],
  ['rmdir f.txt', '', "rmdir: failed to remove 'f.txt': Not a directory\n", 1],
  ['rmdir d', '', "rmdir: failed to remove 'd': Directory not empty\n", 1],
  ['rmdir d/e && ls d | cat', 'x.log\ny.log\n', '', 0],
  ['touch new && ls new', 'new\n', '', 0],
  ['touch', '', "touch: missing file operand\nTry 'touch --help' for more information.\n", 1],
  ['touch -c nope; ls nope', '', "ls: cannot access 'nope': No such file or directory\n", 2],
  ['touch /etc/x', '', "touch: cannot touch '/etc/x': Permission denied\n", 1],
  ['rm nope', '', "rm: cannot remove 'nope': No such file or directory\n", 1],
  ['rm -f nope; echo $?', '0\n', '', 0],
  ['rm d', '', "rm: cannot remove 'd': Is a directory\n", 1],
  ['rm', '', "rm: missing operand\nTry 'rm --help' for more information.\n", 1],
  ['rm -r d && ls | cat', 'f.txt\n', '', 0],
  ['rm -rv d', "removed directory 'd/e'\nremoved 'd/x.log'\nremoved 'd/y.log'\nremoved directory 'd'\n", '', 0],
  ['rm -rf /', '', "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n", 1],
  ['rm /etc/hostname', '', "rm: cannot remove '/etc/hostname': Permission denied\n", 1],
  ['cp nope x', '', "cp: cannot stat 'nope': No such file or directory\n", 1],
  ['cp d x', '', "cp: -r not specified; omitting directory 'd'\n", 1],
  ['cp', '', "cp: missing file operand\nTry 'cp --help' for more information.\n", 1],
  ['cp f.txt', '', "cp: missing destination file operand after 'f.txt'\nTry 'cp --help' for more information.\n", 1],
  ['cp f.txt f.txt', '', "cp: 'f.txt' and 'f.txt' are the same file\n", 1],
  ['cp -v f.txt f2.txt', "'f.txt' -> 'f2.txt'\n", '', 0],
  ['cp -r d d2 && ls d2 | cat', 'e\nx.log\ny.log\n', '', 0],
  ['cp f.txt d && ls d | cat', 'e\nf.txt\nx.log\ny.log\n', '', 0],
  ['cp f.txt d/x.log nope', '', "cp: target 'nope' is not a directory\n", 1],
  ['mv nope x', '', "mv: cannot stat 'nope': No such file or directory\n", 1],
  ['mv', '', "mv: missing file operand\nTry 'mv --help' for more information.\n", 1],
  ['mv f.txt h.txt && ls | cat', 'd\nh.txt\n', '', 0],
  ['mv -v f.txt d/', "renamed 'f.txt' -> 'd/f.txt'\n", '', 0],
  ['mv d d/sub', '', "mv: cannot move 'd' to a subdirectory of itself, 'd/sub'\n", 1],
  ['ln -s f.txt l && readlink l && cat l | head -1', 'f.txt\nalpha\n', '', 0],
  ['ln -s f.txt x; ln -s f.txt x', '', "ln: failed to create symbolic link 'x': File exists\n", 1],
  ['ln -s f.txt', '', "ln: failed to create symbolic link './f.txt': File exists\n", 1],
  ['ln f.txt hard && cat hard | head -1', 'alpha\n', '', 0],
  ['chmod', '', "chmod: missing operand\nTry 'chmod --help' for more information.\n", 1],
  ['chmod abc f.txt', '', "chmod: invalid mode: ‘abc’\nTry 'chmod --help' for more information.\n", 1],
  ['chmod 777 nope', '', "chmod: cannot access 'nope': No such file or directory\n", 1],
  ['chmod 600 f.txt && ls -l f.txt | cut -c1-10', '-rw-------\n', '', 0],
  ['chmod 755 f.txt; chmod go-x f.txt; ls -l f.txt | cut -c1-10', '-rwxr--r--\n', '', 0],
  ['chmod u+x,g-r f.txt && ls -l f.txt | cut -c1-10', '-rwx---r--\n', '', 0],
  ['touch n && chmod u+x,g-r n && ls -l n | cut -c1-10', '-rwx-w-r--\n', '', 0],
  ['chmod -R 700 d; ls -ld d | cut -c1-10', 'drwx------\n', '', 0],
  ['chmod 777 /etc/hostname', '', "chmod: changing permissions of '/etc/hostname': Operation not permitted\n", 1],
  ['chown root f.txt', '', "chown: changing ownership of 'f.txt': Operation not permitted\n", 1],
  ['sudo chown root:root f.txt && ls -l f.txt | cut -d" " -f3,4', 'root root\n', '', 0],
  ['chown nobodyx f.txt', '', 'chown: invalid user: ‘nobodyx’\n', 1],
  ['cat nope', '', 'cat: nope: No such file or directory\n', 1],
  ['cat d', '', 'cat: d: Is a directory\n', 1],
  ['cat -n f.txt', '     1\talpha\n     2\tbeta\n     3\tgamma\n', '', 0],
  ["cat -b <<< $'a\\n\\nb'", '     1\ta\n\n     2\tb\n', '', 0],
  ["echo $'x\\ty' | cat -A", 'x^Iy$\n', '', 0],
  ['cat f.txt - <<< "stdin" | tail -1', 'stdin\n', '', 0],
];

describe('file utilities', () => {
  it.each(CASES)('%j', (src, stdout, stderr, code) => {
    const r = workdir().run(src);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
    expect(r.exitCode).toBe(code);
  });

  it('ls prints columns on the terminal and long listings with owners, sizes and dates', () => {
    const s = workdir({ files: { 'w/big.bin': 'x'.repeat(5000) } });
    expect(s.run('ls').stdout).toBe('big.bin  d  f.txt\n');
    expect(s.run('ls -l').stdout).toBe(
      ['total 16', '-rw-r--r-- 1 learner learner 5000 Jan 15 09:00 big.bin', 'drwxrwxr-x 3 learner learner 4096 Jan 15 09:00 d', '-rw-r--r-- 1 learner learner   17 Jan 15 09:00 f.txt', ''].join('\n'),
    );
    expect(s.run('ls -lh big.bin').stdout).toBe('-rw-r--r-- 1 learner learner 4.9K Jan 15 09:00 big.bin\n');
    expect(s.run('ls -ld /tmp /root').stdout).toBe('drwx------ 2 root root 4096 Jan 15 09:00 /root\ndrwxrwxrwt 2 root root 4096 Jan 15 09:00 /tmp\n');
    expect(s.run('ls -l /bin').stdout).toMatch(/^lrwxrwxrwx 1 root root 7 Jan 15 09:00 \/bin -> usr\/bin\n$/);
    const many = Array.from({ length: 30 }, (_, i) => `file-number-${String(i).padStart(2, '0')}`).join(' ');
    s.run(`mkdir many && cd many && touch ${many}`);
    const lines = s.run('ls').stdout.split('\n').filter(Boolean);
    // GNU ls -C at 80 columns: 5 columns of 6 rows, filled top to bottom (GNU pads with tabs; spaces render the same).
    expect(lines.length).toBe(6);
    expect(lines[0]).toBe('file-number-00  file-number-06  file-number-12  file-number-18  file-number-24');
  });

  it('shows the Docker socket as the lesson does', () => {
    const s = workdir();
    expect(s.run('ls -l /var/run/docker.sock').stdout).toBe('srw-rw---- 1 root docker 0 Jan 15 09:00 /var/run/docker.sock\n');
    expect(s.run('[ -S /run/docker.sock ] && echo socket').stdout).toBe('socket\n');
    expect(s.run('sudo ls /var/lib/docker | cat').stdout).toBe('buildkit\ncontainers\nengine-id\nimage\nnetwork\noverlay2\nplugins\nruntimes\nswarm\ntmp\nvolumes\n');
  });

  it('ls -t sorts by modification time, newest first', () => {
    const s = workdir();
    s.run('touch old; sleep 60; touch new');
    expect(s.run('ls -t old new f.txt | cat').stdout).toBe('new\nf.txt\nold\n');
    expect(s.run('ls -tr old new | cat').stdout).toBe('old\nnew\n');
  });

  it('uses BusyBox wording inside sh (alpine) containers', () => {
    const s = new Session({ machine: alpineMachine() });
    expect(s.run('cat nope').stderr).toBe("cat: can't open 'nope': No such file or directory\n");
    expect(s.run('ls /nope').stderr).toBe('ls: /nope: No such file or directory\n');
    expect(s.run('mkdir /a/b').stderr).toBe("mkdir: can't create directory '/a/b': No such file or directory\n");
    expect(s.run('rm /nope').stderr).toBe("rm: can't remove '/nope': No such file or directory\n");
    expect(s.run('cp /nope /x').stderr).toBe("cp: can't stat '/nope': No such file or directory\n");
  });
});
