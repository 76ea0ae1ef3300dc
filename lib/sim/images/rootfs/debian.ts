/** Debian, Ubuntu and Oracle Linux root filesystems (merged /usr: /bin → usr/bin). */
import { fhs, RootfsBuilder } from './builder';
import type { LayerData } from '../../fs/overlay-data';

/** Core utilities of a slim Debian/Ubuntu image (no ps, curl, ping, vim, nano, less). */
const CORE = 'bash dash cat cp mv rm mkdir rmdir touch chmod chown chgrp ln ls pwd echo true false grep egrep fgrep sed mawk head tail sort uniq wc cut tr env sleep date uname id whoami hostname find xargs tar gzip gunzip zcat dd df du stat readlink realpath basename dirname mktemp tee printf test [ expr seq yes nohup nice timeout diff cmp perl apt apt-get apt-cache apt-config apt-mark dpkg dpkg-query dpkg-deb getent login su mount umount more base64 md5sum sha256sum od tac nproc install logname users groups chroot sync unlink truncate split tty stty which';
const SBIN = 'useradd userdel usermod groupadd groupdel chpasswd nologin ldconfig adduser addgroup deluser delgroup start-stop-daemon';

export const DEBIAN_PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`;

/** Oracle Linux 9 slim's accounts (the mysql image's base). */
export const ORACLE_PASSWD = 'root:x:0:0:root:/root:/bin/bash\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nnobody:x:65534:65534:Kernel Overflow User:/:/sbin/nologin\n';

/** Ubuntu 24.04's accounts (its image adds the ubuntu user). */
export const NOBLE_PASSWD = DEBIAN_PASSWD + 'ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n';

export const DEBIAN_GROUP = 'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\nmail:x:8:\nnews:x:9:\nuucp:x:10:\nman:x:12:\nproxy:x:13:\nkmem:x:15:\ndialout:x:20:\nfax:x:21:\nvoice:x:22:\ncdrom:x:24:\nfloppy:x:25:\ntape:x:26:\nsudo:x:27:\naudio:x:29:\ndip:x:30:\nwww-data:x:33:\nbackup:x:34:\noperator:x:37:\nlist:x:38:\nirc:x:39:\nsrc:x:40:\nshadow:x:42:\nutmp:x:43:\nvideo:x:44:\nsasl:x:45:\nplugdev:x:46:\nstaff:x:50:\ngames:x:60:\nusers:x:100:\nnogroup:x:65534:\n';

interface DistroInfo {
  osRelease: string;
  version?: { path: string; text: string };
  passwd: string;
  extraBins?: string;
  home?: string;
}

function mergedUsr(info: DistroInfo): LayerData {
  const b = fhs(new RootfsBuilder());
  b.link('/bin', 'usr/bin').link('/sbin', 'usr/sbin').link('/lib', 'usr/lib').link('/lib64', 'usr/lib64');
  b.bins('/usr/bin', `${CORE} ${info.extraBins ?? ''}`, 140_000);
  b.link('/usr/bin/sh', 'dash');
  b.link('/usr/bin/awk', '/etc/alternatives/awk');
  b.link('/etc/alternatives/awk', '/usr/bin/mawk');
  b.bins('/usr/sbin', SBIN, 90_000);
  b.bin('/usr/lib64/ld-linux-x86-64.so.2', 210_000);
  b.file('/usr/lib/os-release', info.osRelease);
  b.link('/etc/os-release', '../usr/lib/os-release');
  if (info.version) b.file(info.version.path, info.version.text);
  b.file('/etc/passwd', info.passwd);
  b.file('/etc/group', DEBIAN_GROUP);
  b.file('/etc/shadow', 'root:*:20300:0:99999:7:::\n', 0o640, 0, 42);
  b.file('/etc/shells', '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/dash\n/usr/bin/dash\n');
  b.file('/etc/bash.bashrc', "# System-wide .bashrc file for interactive bash(1) shells.\n[ -z \"$PS1\" ] && return\nshopt -s checkwinsize\n");
  b.file('/root/.bashrc', "# ~/.bashrc: executed by bash(1) for non-login shells.\n\n# export LS_OPTIONS='--color=auto'\n# eval \"$(dircolors)\"\n# alias ls='ls $LS_OPTIONS'\n");
  b.file('/root/.profile', '# ~/.profile: executed by Bourne-compatible login shells.\n\nif [ "$BASH" ]; then\n  if [ -f ~/.bashrc ]; then\n    . ~/.bashrc\n  fi\nfi\n\nmesg n 2> /dev/null || true\n');
  b.dirs('/var/lib/apt/lists', '/var/lib/dpkg', '/var/cache/apt', '/var/mail', '/var/spool', '/var/backups', '/usr/local/sbin', '/usr/local/lib', '/usr/games', '/usr/include', '/usr/src', '/etc/apt/sources.list.d');
  if (info.home) b.dir(info.home, 0o750, 1000, 1000);
  return b.build();
}

const debianRelease = (n: string, name: string) =>
  `PRETTY_NAME="Debian GNU/Linux ${n} (${name})"\nNAME="Debian GNU/Linux"\nVERSION_ID="${n}"\nVERSION="${n} (${name})"\nVERSION_CODENAME=${name}\nID=debian\nHOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n`;

export const debianRootfs = (): LayerData => mergedUsr({ osRelease: debianRelease('12', 'bookworm'), version: { path: '/etc/debian_version', text: '12.11\n' }, passwd: DEBIAN_PASSWD });
export const debianTrixieRootfs = (): LayerData => mergedUsr({ osRelease: debianRelease('13', 'trixie'), version: { path: '/etc/debian_version', text: '13.0\n' }, passwd: DEBIAN_PASSWD });

const ubuntuRelease = (v: string, full: string, name: string, code: string) =>
  `PRETTY_NAME="Ubuntu ${full}"\nNAME="Ubuntu"\nVERSION_ID="${v}"\nVERSION="${full} (${name})"\nVERSION_CODENAME=${code}\nID=ubuntu\nID_LIKE=debian\nHOME_URL="https://www.ubuntu.com/"\nSUPPORT_URL="https://help.ubuntu.com/"\nBUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"\nPRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\nUBUNTU_CODENAME=${code}\nLOGO=ubuntu-logo\n`;
const UBUNTU_BINS = 'ps top free kill pgrep pkill pmap uptime vmstat w watch sysctl';

export const ubuntuRootfs = (): LayerData =>
  mergedUsr({
    osRelease: ubuntuRelease('24.04', '24.04.3 LTS', 'Noble Numbat', 'noble'),
    version: { path: '/etc/lsb-release', text: 'DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=24.04\nDISTRIB_CODENAME=noble\nDISTRIB_DESCRIPTION="Ubuntu 24.04.3 LTS"\n' },
    passwd: NOBLE_PASSWD,
    extraBins: UBUNTU_BINS,
    home: '/home/ubuntu',
  });

export const ubuntuJammyRootfs = (): LayerData =>
  mergedUsr({
    osRelease: ubuntuRelease('22.04', '22.04.5 LTS', 'Jammy Jellyfish', 'jammy'),
    version: { path: '/etc/lsb-release', text: 'DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=22.04\nDISTRIB_CODENAME=jammy\nDISTRIB_DESCRIPTION="Ubuntu 22.04.5 LTS"\n' },
    passwd: DEBIAN_PASSWD,
    extraBins: UBUNTU_BINS,
  });

export const ubuntuFocalRootfs = (): LayerData =>
  mergedUsr({
    osRelease: ubuntuRelease('20.04', '20.04.6 LTS', 'Focal Fossa', 'focal'),
    version: { path: '/etc/lsb-release', text: 'DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=20.04\nDISTRIB_CODENAME=focal\nDISTRIB_DESCRIPTION="Ubuntu 20.04.6 LTS"\n' },
    passwd: DEBIAN_PASSWD,
    extraBins: UBUNTU_BINS,
  });

export const oracleLinuxRootfs = (): LayerData =>
  mergedUsr({
    osRelease: 'NAME="Oracle Linux Server"\nVERSION="9.6"\nID="ol"\nID_LIKE="fedora"\nVARIANT="Server"\nVARIANT_ID="server"\nVERSION_ID="9.6"\nPLATFORM_ID="platform:el9"\nPRETTY_NAME="Oracle Linux Server 9.6"\nANSI_COLOR="0;31"\nCPE_NAME="cpe:/o:oracle:linux:9:6:server"\nHOME_URL="https://linux.oracle.com/"\n',
    version: { path: '/etc/oracle-release', text: 'Oracle Linux Server release 9.6\n' },
    passwd: ORACLE_PASSWD,
    extraBins: 'microdnf rpm ps',
  });
