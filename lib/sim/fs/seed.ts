/**
 * Fixtures: the learner's host filesystem (an Ubuntu 24.04-like machine) as plain TreeData.
 * Also the marker used for simulated executables, so that `/usr/bin/ls` exists, is executable and
 * running it by path runs the `ls` command.
 */
import { HOST_MOUNTS, limitsFile } from './machine-facts';
import { TreeFs } from './tree';
import { emptyTree, getEntry, type TreeData } from './node';
import { dirname } from './path';

/** Content of a simulated binary: an ELF magic then the command it stands for. */
export const BINARY_MAGIC = '\u007fELF';

export function binaryStub(command: string): string {
  return `${BINARY_MAGIC} simulated executable: ${command}\n`;
}

/** The command a simulated binary stands for, or null when `data` is not one (e.g. a script). */
export function binaryCommand(data: string): string | null {
  if (!data.startsWith(BINARY_MAGIC)) return null;
  const m = /^\u007fELF simulated executable: (\S+)/.exec(data);
  return m ? (m[1] as string) : null;
}

/** The kernel the host (and so every container) reports (`uname -r`). Ubuntu 24.04 HWE-like. */
export const HOST_KERNEL_RELEASE = '6.8.0-51-generic';
/** The host's distribution as /etc/os-release and `docker info` name it. */
export const HOST_OS_PRETTY_NAME = 'Ubuntu 24.04.3 LTS';
export const HOST_KERNEL_VERSION = '#52-Ubuntu SMP PREEMPT_DYNAMIC Thu Dec  5 13:09:44 UTC 2024';

export interface SeedOptions {
  hostname?: string;
  user?: { name: string; uid: number; gid: number; home: string };
  /** Extra group memberships for the user, by name (docker, sudo…). */
  groups?: readonly string[];
  /** Commands to place in /usr/bin as simulated executables (in addition to the base set). */
  commands?: readonly string[];
  /** Extra files: absolute path (or relative to home) → content, owned by the user. */
  files?: Readonly<Record<string, string>>;
  /** mtime for everything seeded. */
  now?: number;
}

export const DEFAULT_USER = { name: 'learner', uid: 1000, gid: 1000, home: '/home/learner' } as const;

/** The shell utilities that exist as programs in /usr/bin on the host (not shell builtins). */
export const BASE_BINARIES: readonly string[] = [
  'apt', 'apt-get', 'awk', 'base64', 'basename', 'bash', 'cat', 'chmod', 'chown', 'clear', 'cp', 'cut',
  'dash', 'date', 'df', 'dirname', 'env', 'false', 'find', 'free', 'grep', 'gunzip', 'gzip', 'head', 'hostname', 'id', 'less',
  'ln', 'ls', 'man', 'mkdir', 'more', 'mv', 'nano', 'printenv', 'printf', 'pwd', 'readlink', 'realpath', 'rm',
  'rmdir', 'sed', 'seq', 'sleep', 'sort', 'stat', 'sudo', 'tail', 'tar', 'tee', 'test', 'touch', 'tr',
  'true', 'uname', 'uniq', 'uptime', 'vi', 'vim', 'wc', 'which', 'whoami', 'xargs', 'yes', 'zcat', 'echo',
];

const OS_RELEASE = `PRETTY_NAME="${HOST_OS_PRETTY_NAME}"
NAME="Ubuntu"
VERSION_ID="24.04"
VERSION="24.04.3 LTS (Noble Numbat)"
VERSION_CODENAME=noble
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=noble
LOGO=ubuntu-logo
`;

const BASHRC = `# ~/.bashrc: read by interactive bash shells.
# (Dockerlings: this simulated shell does not source it automatically; \`source ~/.bashrc\` works.)

HISTSIZE=1000
alias ll='ls -alF'
alias la='ls -A'
`;

const PROFILE = `# ~/.profile: read by login shells.
if [ -d "$HOME/bin" ] ; then
    PATH="$HOME/bin:$PATH"
fi
`;

/** Build the learner's host filesystem. */
export function seedHome(opts: SeedOptions = {}): TreeData {
  const now = opts.now ?? 0;
  const user = opts.user ?? DEFAULT_USER;
  const hostname = opts.hostname ?? 'dockerlings';
  const groups = opts.groups ?? ['adm', 'sudo', 'docker'];
  const data = emptyTree(now);
  const fs = new TreeFs(data, { now: () => now, umask: 0 });
  const dir = (path: string, mode = 0o755) => fs.mkdir(path, { mode });
  const file = (path: string, content: string, mode = 0o644) => fs.writeFile(path, content, { mode });

  for (const d of ['/usr', '/usr/bin', '/usr/sbin', '/usr/lib', '/usr/local', '/usr/local/bin', '/usr/share']) dir(d);
  fs.symlink('usr/bin', '/bin');
  fs.symlink('usr/sbin', '/sbin');
  fs.symlink('usr/lib', '/lib');
  for (const d of ['/etc', '/home', '/opt', '/srv', '/mnt', '/media', '/run', '/var', '/var/lib', '/var/log', '/var/cache']) dir(d);
  dir('/root', 0o700);
  dir('/tmp', 0o1777);
  dir('/var/tmp', 0o1777);
  dir('/var/lib/docker', 0o710);
  dir('/dev');
  dir('/proc', 0o555);
  dir('/proc/sys', 0o555);
  dir('/proc/sys/kernel', 0o555);

  const binaries = new Set([...BASE_BINARIES, ...(opts.commands ?? [])]);
  for (const name of [...binaries].sort()) file(`/usr/bin/${name}`, binaryStub(name), 0o755);
  fs.rm('/usr/bin/dash');
  file('/usr/bin/dash', binaryStub('sh'), 0o755);
  fs.symlink('dash', '/usr/bin/sh');

  seedDockerDirs(fs);

  file('/etc/hostname', `${hostname}\n`);
  file('/etc/hosts', `127.0.0.1 localhost\n127.0.1.1 ${hostname}\n\n::1     ip6-localhost ip6-loopback\nff02::1 ip6-allnodes\nff02::2 ip6-allrouters\n`);
  file('/etc/os-release', OS_RELEASE);
  file('/etc/lsb-release', 'DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=24.04\nDISTRIB_CODENAME=noble\nDISTRIB_DESCRIPTION="Ubuntu 24.04.3 LTS"\n');
  file('/etc/shells', '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/dash\n/usr/bin/dash\n');
  file('/etc/passwd', passwd(user));
  file('/etc/group', group(user, groups));
  file('/proc/version', `Linux version ${HOST_KERNEL_RELEASE} (buildd@lcy02-amd64-010) (x86_64-linux-gnu-gcc-13 (Ubuntu 13.2.0-23ubuntu4) 13.2.0, GNU ld (GNU Binutils for Ubuntu) 2.42) ${HOST_KERNEL_VERSION}\n`, 0o444);
  file('/proc/sys/kernel/osrelease', `${HOST_KERNEL_RELEASE}\n`, 0o444);
  file('/proc/sys/kernel/hostname', `${hostname}\n`, 0o444);
  file('/proc/mounts', HOST_MOUNTS, 0o444);
  dir('/proc/self', 0o555);
  file('/proc/self/limits', limitsFile(['1024', '1048576'], ['31358', '31358']), 0o444);

  fs.mkdir(user.home, { mode: 0o750 });
  fs.chown(user.home, user.uid, user.gid);
  const asUser = fs.withUser(user.uid, user.gid);
  const userFiles: Record<string, string> = { '.bashrc': BASHRC, '.profile': PROFILE, '.bash_logout': '# ~/.bash_logout: executed by bash(1) when login shell exits.\n' };
  for (const [name, content] of Object.entries(userFiles)) asUser.writeFile(`${user.home}/${name}`, content, { mode: 0o644 });
  for (const [path, content] of Object.entries(opts.files ?? {})) {
    const abs = path.startsWith('/') ? path : `${user.home}/${path}`;
    const mine = abs.startsWith(user.home + '/');
    for (const dir of missingDirs(fs, dirname(abs))) {
      fs.mkdir(dir, { mode: mine ? 0o775 : 0o755 });
      if (mine) fs.chown(dir, user.uid, user.gid);
    }
    fs.writeFile(abs, content, { mode: 0o644 });
    if (mine) fs.chown(abs, user.uid, user.gid);
  }
  return data;
}

/**
 * What a fresh Docker Engine 28 install leaves on disk: /var/lib/docker's skeleton (root only) and
 * the API socket /run/docker.sock (root:docker 0660; /var/run links to /run).
 */
function seedDockerDirs(fs: TreeFs): void {
  const dirs: [string, number][] = [
    ['buildkit', 0o711], ['containers', 0o710], ['image', 0o700], ['image/overlay2', 0o700], ['image/overlay2/imagedb', 0o700],
    ['image/overlay2/layerdb', 0o700], ['network', 0o750], ['network/files', 0o750], ['overlay2', 0o710], ['overlay2/l', 0o700],
    ['plugins', 0o700], ['runtimes', 0o700], ['swarm', 0o700], ['tmp', 0o700], ['volumes', 0o701],
  ];
  for (const [d, mode] of dirs) fs.mkdir(`/var/lib/docker/${d}`, { mode });
  fs.writeFile('/var/lib/docker/engine-id', '9d2b1c84-5e3f-4a61-b0c7-2f8e6d41a935\n', { mode: 0o600 });
  fs.writeFile('/var/lib/docker/image/overlay2/repositories.json', '{"Repositories":{}}', { mode: 0o600 });
  fs.writeFile('/var/lib/docker/volumes/metadata.db', '', { mode: 0o600 });
  fs.symlink('../run', '/var/run');
  fs.writeFile('/run/docker.sock', '', { mode: 0o660 });
  fs.chown('/run/docker.sock', 0, 988);
  const run = getEntry(fs.data.root, 'run');
  const sock = run?.type === 'dir' ? getEntry(run, 'docker.sock') : undefined;
  if (sock?.type === 'file') sock.special = 'socket';
}

/** Ancestors of `dir` (and dir itself) that do not exist yet, outermost first. */
function missingDirs(fs: TreeFs, dir: string): string[] {
  const out: string[] = [];
  for (let d = dir; d !== '/' && fs.stat(d) === null; d = dirname(d)) out.unshift(d);
  return out;
}

function passwd(user: { name: string; uid: number; gid: number; home: string }): string {
  return [
    'root:x:0:0:root:/root:/bin/bash',
    'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
    'bin:x:2:2:bin:/bin:/usr/sbin/nologin',
    'sys:x:3:3:sys:/dev:/usr/sbin/nologin',
    'www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin',
    'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin',
    `${user.name}:x:${user.uid}:${user.gid}:${user.name[0]?.toUpperCase() ?? ''}${user.name.slice(1)}:${user.home}:/bin/bash`,
    '',
  ].join('\n');
}

function group(user: { name: string; gid: number }, memberships: readonly string[]): string {
  const member = (g: string) => (memberships.includes(g) ? user.name : '');
  return [
    'root:x:0:',
    `adm:x:4:syslog${memberships.includes('adm') ? ',' + user.name : ''}`,
    `sudo:x:27:${member('sudo')}`,
    'www-data:x:33:',
    `docker:x:988:${member('docker')}`,
    `${user.name}:x:${user.gid}:`,
    'nogroup:x:65534:',
    '',
  ].join('\n');
}

/** Group ids of the groups `user` belongs to, read from /etc/group-format text. */
export function memberGroupIds(groupFile: string, userName: string): number[] {
  const ids: number[] = [];
  for (const line of groupFile.split('\n')) {
    const [, , gid, members] = line.split(':');
    if (gid !== undefined && members !== undefined && members.split(',').includes(userName)) ids.push(Number(gid));
  }
  return ids;
}
