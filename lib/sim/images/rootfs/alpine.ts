/** Alpine Linux and BusyBox root filesystems: one busybox binary, applets as links. */
import { fhs, RootfsBuilder } from './builder';
import type { LayerData } from '../../fs/overlay-data';

const BIN_APPLETS = 'arch ash base64 cat chgrp chmod chown cp date dd df dmesg echo egrep false fgrep getopt grep gunzip gzip hostname ionice kill link ln login ls mkdir mknod mktemp more mount mountpoint mv netstat nice pidof ping ping6 printenv ps pwd rev rm rmdir run-parts sed setpriv sh sleep stat stty su sync tar touch true umount uname usleep watch zcat';
const USR_BIN_APPLETS = '[ [[ awk basename bc bunzip2 bzcat bzip2 cal cksum clear cmp comm cpio crontab cut dc diff dirname dos2unix du env expand expr factor fallocate find flock fold free fuser getconf getent groups hd head hexdump hostid iconv id install ipcrm ipcs killall last ldd less logger lsof lsusb md5sum mesg mkfifo mkpasswd nc nl nohup nproc nsenter nslookup od passwd paste pgrep pkill pmap printf pstree pwdx readlink realpath renice reset seq setsid sha1sum sha256sum sha512sum shred shuf sort split strings sum tac tail tee test time timeout top tr traceroute truncate tty unexpand uniq unix2dos unlink unshare unxz unzip uptime uudecode uuencode vi wc wget which whoami whois xargs xxd xzcat yes';
const SBIN_APPLETS = 'adjtimex arp blkid blockdev depmod fbsplash fdisk findfs fsck fstrim getty halt hwclock ifconfig ifdown ifenslave ifup init inotifyd insmod ip ipaddr iplink ipneigh iproute iprule iptunnel klogd loadkmap logread losetup lsmod mdev mkdosfs mkfs.vfat mkswap modinfo modprobe nameif nologin pivot_root poweroff raidautorun reboot rmmod route setconsole slattach swapoff swapon switch_root sysctl syslogd tunctl udhcpc vconfig watchdog';

export const ALPINE_PASSWD = `root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
ntp:x:123:123:NTP:/var/empty:/sbin/nologin
guest:x:405:100:guest:/dev/null:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
`;

export const ALPINE_GROUP = `root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin
adm:x:4:root,daemon
tty:x:5:
disk:x:6:root
lp:x:7:lp
kmem:x:9:
wheel:x:10:root
mail:x:12:mail
news:x:13:news
uucp:x:14:uucp
cron:x:16:cron
audio:x:18:
video:x:27:root
games:x:35:
users:x:100:games
www-data:x:82:
nogroup:x:65533:
nobody:x:65534:
`;

export function alpineRootfs(): LayerData {
  const b = fhs(new RootfsBuilder());
  b.bin('/bin/busybox', 808_712);
  b.links('/bin', BIN_APPLETS, '/bin/busybox');
  b.links('/usr/bin', USR_BIN_APPLETS, '/bin/busybox');
  b.links('/sbin', SBIN_APPLETS, '/bin/busybox');
  b.bin('/sbin/apk', 142_000);
  b.bin('/sbin/ldconfig', 393);
  b.bin('/lib/ld-musl-x86_64.so.1', 666_600);
  b.link('/lib/libc.musl-x86_64.so.1', 'ld-musl-x86_64.so.1');
  b.bin('/usr/bin/scanelf', 76_000).bin('/usr/bin/ssl_client', 14_000).bin('/usr/bin/iconv', 14_000).bin('/usr/bin/getent', 14_000);
  b.file('/etc/os-release', 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.22.1\nPRETTY_NAME="Alpine Linux v3.22"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n');
  b.file('/etc/alpine-release', '3.22.1\n');
  b.file('/etc/issue', 'Welcome to Alpine Linux 3.22\nKernel \\r on an \\m (\\l)\n\n');
  b.links('/usr/sbin', 'addgroup adduser chroot delgroup deluser', '/bin/busybox');
  b.file('/etc/passwd', ALPINE_PASSWD);
  b.file('/etc/group', ALPINE_GROUP);
  b.file('/etc/shadow', 'root:*::0:::::\n', 0o640, 0, 42);
  b.file('/etc/shells', '# valid login shells\n/bin/sh\n/bin/ash\n');
  b.file('/etc/motd', 'Welcome to Alpine!\n\nThe Alpine Wiki contains a large amount of how-to guides and general\ninformation about administrating Alpine systems.\nSee <https://wiki.alpinelinux.org/>.\n\nYou can setup the system with the command: setup-alpine\n\nYou may change this message by editing /etc/motd.\n\n');
  b.file('/etc/profile', 'export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\nexport PAGER=less\numask 022\n');
  b.file('/etc/apk/repositories', 'https://dl-cdn.alpinelinux.org/alpine/v3.22/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.22/community\n');
  b.file('/etc/apk/world', 'alpine-baselayout\nalpine-keys\nalpine-release\napk-tools\nbusybox\nlibc-utils\n');
  b.dirs('/lib/apk/db', '/usr/lib', '/usr/sbin', '/usr/local/lib', '/usr/local/share', '/var/empty', '/var/spool/cron', '/var/mail', '/var/opt', '/var/run');
  b.file('/lib/apk/db/lock', '', 0o600); // apk's database lock: only root may take it
  return b.build();
}

export function busyboxRootfs(): LayerData {
  const b = new RootfsBuilder();
  b.dirs('/dev', '/etc', '/home', '/proc', '/sys', '/usr/sbin', '/var/spool/mail', '/var/www');
  b.dir('/root', 0o700);
  b.dir('/tmp', 0o1777);
  const applets = `${BIN_APPLETS} ${USR_BIN_APPLETS} ${SBIN_APPLETS}`.split(/\s+/).filter((a) => a !== 'sh' && a !== 'nologin');
  b.bin('/bin/busybox', 1_131_056);
  for (const a of applets) b.bin(`/bin/${a}`, 1_131_056);
  b.bin('/bin/sh', 1_131_056);
  b.file('/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nbin:x:2:2:bin:/bin:/bin/false\nsys:x:3:3:sys:/dev:/bin/false\nsync:x:4:100:sync:/bin:/bin/sync\nmail:x:8:8:mail:/var/spool/mail:/bin/false\nwww-data:x:33:33:www-data:/var/www:/bin/false\noperator:x:37:37:Operator:/var:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n');
  b.file('/etc/group', 'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\nmail:x:8:\nkmem:x:9:\nwheel:x:10:root\ncdrom:x:11:\ndialout:x:18:\nfloppy:x:19:\nvideo:x:28:\naudio:x:29:\ntape:x:32:\nwww-data:x:33:\noperator:x:37:\nutmp:x:43:\nplugdev:x:46:\nstaff:x:50:\nlock:x:54:\nnetdev:x:82:\nusers:x:100:\nnobody:x:65534:\n');
  b.file('/etc/shadow', 'root:*:10933:0:99999:7:::\n', 0o600);
  b.file('/etc/localtime', '');
  return b.build();
}
