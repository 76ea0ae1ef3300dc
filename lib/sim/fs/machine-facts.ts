/**
 * Fixed facts about the simulated host's hardware that several places report: memory (`free`,
 * `docker info` MemTotal), the root disk (`df`), the boot time (`uptime`) and the resource
 * limits a login shell and a container start with (/proc/self/limits, `ulimit`).
 */

/** MemTotal in KiB (docker info: 8,323,002,368 bytes). */
export const HOST_MEM_KB = 8_127_932;
export const HOST_MEM_BYTES = HOST_MEM_KB * 1024;

/** The root disk /dev/sda1 in 1K blocks. */
export const HOST_DISK_KB = { size: 64_878_084, used: 18_422_976, avail: 43_123_456 } as const;

/** The host booted 42 minutes before the course's default start (2026-01-15T09:00:00Z). */
export const HOST_BOOT_TIME = Date.UTC(2026, 0, 15, 8, 18, 0);

type Limit = [name: string, soft: string, hard: string, unit: string];

/** /proc/self/limits text (the kernel's layout: 26-, 21-, 21-wide columns). */
export function limitsFile(nofile: [string, string], nproc: [string, string]): string {
  const rows: Limit[] = [
    ['Max cpu time', 'unlimited', 'unlimited', 'seconds'],
    ['Max file size', 'unlimited', 'unlimited', 'bytes'],
    ['Max data size', 'unlimited', 'unlimited', 'bytes'],
    ['Max stack size', '8388608', 'unlimited', 'bytes'],
    ['Max core file size', '0', 'unlimited', 'bytes'],
    ['Max resident set', 'unlimited', 'unlimited', 'bytes'],
    ['Max processes', nproc[0], nproc[1], 'processes'],
    ['Max open files', nofile[0], nofile[1], 'files'],
    ['Max locked memory', '8388608', '8388608', 'bytes'],
    ['Max address space', 'unlimited', 'unlimited', 'bytes'],
  ];
  const head = `${'Limit'.padEnd(26)}${'Soft Limit'.padEnd(21)}${'Hard Limit'.padEnd(21)}Units     \n`;
  return head + rows.map(([n, s, h, u]) => `${n.padEnd(26)}${s.padEnd(21)}${h.padEnd(21)}${u.padEnd(10)}\n`).join('');
}

/** The host's own mounts (/proc/mounts) as Ubuntu 24.04 lists them (dummy filesystems included). */
export const HOST_MOUNTS = [
  'sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0',
  'proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0',
  'tmpfs /run tmpfs rw,nosuid,nodev,noexec,relatime,size=812796k,mode=755,inode64 0 0',
  '/dev/sda1 / ext4 rw,relatime,discard,errors=remount-ro 0 0',
  'tmpfs /dev/shm tmpfs rw,nosuid,nodev,size=4063964k,inode64 0 0',
  'tmpfs /run/lock tmpfs rw,nosuid,nodev,noexec,relatime,size=5120k,inode64 0 0',
  'cgroup2 /sys/fs/cgroup cgroup2 rw,nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot 0 0',
  'tmpfs /run/user/1000 tmpfs rw,nosuid,nodev,relatime,size=812792k,nr_inodes=203198,mode=700,uid=1000,gid=1000,inode64 0 0',
].join('\n') + '\n';
