/**
 * Where apt fetches from, by the machine's distribution (/etc/os-release): Ubuntu's archive, or
 * deb.debian.org for Debian images (bookworm, trixie) — the lines `apt-get update` prints, the
 * package list file it leaves, and the pocket an installed package comes from. Debian images
 * ship with empty lists, as Ubuntu's do: `install` before `update` cannot locate anything.
 */
import type { FileSystem } from '../../sim/fs/types';

export interface AptArchive {
  /** `Get:n …` lines of `apt-get update`, then `Fetched …`. */
  update: string;
  /** The file `update` writes under /var/lib/apt/lists (its presence means lists are there). */
  lists: string;
  /** URL and suite an installed package is fetched from (`http://deb.debian.org/debian bookworm/main`). */
  pool: string;
  /** Debian versions of packages, where they differ from the Ubuntu catalogue. */
  versions: Readonly<Record<string, string>>;
}

/** Index files of a Debian suite: [URL suite, size]. */
type Index = readonly [string, string];

function getLines(items: readonly Index[], fetched: string): string {
  return items.map(([what, size], i) => `Get:${i + 1} ${what} [${size}]\n`).join('') + `Fetched ${fetched}\n`;
}

const DEBIAN: Record<string, { indexes: readonly Index[]; fetched: string; versions: Record<string, string> }> = {
  bookworm: {
    indexes: [
      ['http://deb.debian.org/debian bookworm InRelease', '151 kB'],
      ['http://deb.debian.org/debian bookworm-updates InRelease', '55.4 kB'],
      ['http://deb.debian.org/debian-security bookworm-security InRelease', '48.0 kB'],
      ['http://deb.debian.org/debian bookworm/main amd64 Packages', '8792 kB'],
      ['http://deb.debian.org/debian bookworm-updates/main amd64 Packages', '756 B'],
      ['http://deb.debian.org/debian-security bookworm-security/main amd64 Packages', '273 kB'],
    ],
    fetched: '9320 kB in 1s (9320 kB/s)',
    versions: { curl: '7.88.1-10+deb12u12', wget: '1.21.3-1+deb12u1', 'iputils-ping': '3:20221126-1+deb12u1', procps: '2:4.0.2-3', 'ca-certificates': '20230311+deb12u1', jq: '1.6-2.1', less: '590-2.1~deb12u2', nano: '7.2-1+deb12u1', vim: '2:9.0.1378-2+deb12u2', git: '1:2.39.5-0+deb12u2', iproute2: '6.1.0-3', tzdata: '2025b-0+deb12u1', dnsutils: '1:9.18.33-1~deb12u2', 'net-tools': '2.10-0.1', unzip: '6.0-28', zip: '3.0-13', python3: '3.11.2-1+b1', htop: '3.2.2-2', tree: '2.1.0-1' },
  },
  trixie: {
    indexes: [
      ['http://deb.debian.org/debian trixie InRelease', '140 kB'],
      ['http://deb.debian.org/debian trixie-updates InRelease', '47.3 kB'],
      ['http://deb.debian.org/debian-security trixie-security InRelease', '43.4 kB'],
      ['http://deb.debian.org/debian trixie/main amd64 Packages', '9670 kB'],
      ['http://deb.debian.org/debian trixie-updates/main amd64 Packages', '5412 B'],
      ['http://deb.debian.org/debian-security trixie-security/main amd64 Packages', '37.2 kB'],
    ],
    fetched: '9943 kB in 1s (9943 kB/s)',
    versions: { curl: '8.14.1-2', wget: '1.25.0-2', 'iputils-ping': '3:20240905-3', procps: '2:4.0.4-9', 'ca-certificates': '20250419', jq: '1.7.1-6', less: '668-1', nano: '8.4-1', vim: '2:9.1.1230-2', git: '1:2.47.2-0.2', iproute2: '6.15.0-1', tzdata: '2025b-4', dnsutils: '1:9.20.11-4', 'net-tools': '2.10-1.3', unzip: '6.0-29', zip: '3.0-15', python3: '3.13.5-1', htop: '3.4.1-5', tree: '2.2.1-1' },
  },
};

const UBUNTU: AptArchive = {
  update: getLines([
    ['http://archive.ubuntu.com/ubuntu noble InRelease', '256 kB'],
    ['http://archive.ubuntu.com/ubuntu noble-updates InRelease', '126 kB'],
    ['http://security.ubuntu.com/ubuntu noble-security InRelease', '126 kB'],
  ], '508 kB in 1s (508 kB/s)'),
  lists: '/var/lib/apt/lists/archive.ubuntu.com_ubuntu_dists_noble_InRelease',
  pool: 'http://archive.ubuntu.com/ubuntu noble-updates/main',
  versions: {},
};

function osRelease(fs: FileSystem): Record<string, string> {
  let text = '';
  try {
    text = fs.readFile('/etc/os-release');
  } catch {
    /* no os-release: treat as Ubuntu */
  }
  return Object.fromEntries([...text.matchAll(/^([A-Z_]+)="?([^"\n]*)"?$/gm)].map((m) => [m[1]!, m[2]!]));
}

/** The archive apt uses on this machine. */
export function aptArchive(fs: FileSystem): AptArchive {
  const os = osRelease(fs);
  const code = os['VERSION_CODENAME'] ?? '';
  const debian = os['ID'] === 'debian' ? DEBIAN[code] : undefined;
  if (!debian) return UBUNTU;
  return {
    update: getLines(debian.indexes, debian.fetched),
    lists: `/var/lib/apt/lists/deb.debian.org_debian_dists_${code}_InRelease`,
    pool: `http://deb.debian.org/debian ${code}/main`,
    versions: debian.versions,
  };
}
