/**
 * apt / apt-get, simulated: `update` fills the package lists, `install` needs them (as on a fresh
 * Ubuntu/Debian image: without `update`, `E: Unable to locate package`), needs root, and records
 * the package by placing its programs in /usr/bin. Whether an installed program actually runs
 * depends on the simulator (curl/ping are provided by the engine when present in the image).
 */
import { binaryStub } from '../../sim/fs/seed';
import { installZoneinfo, removeZoneinfo } from '../../sim/fs/zoneinfo-files';
import type { Cmd, ShellCommandContext } from '../context';
import { aptArchive } from './apt-archive';

const CATALOG: Record<string, { version: string; bins: string[]; size: string }> = {
  curl: { version: '8.5.0-2ubuntu10.6', bins: ['curl'], size: '227 kB' },
  wget: { version: '1.21.4-1ubuntu4.1', bins: ['wget'], size: '334 kB' },
  'iputils-ping': { version: '3:20240117-1build1', bins: ['ping'], size: '44.5 kB' },
  'dnsutils': { version: '1:9.18.30-0ubuntu0.24.04.2', bins: ['dig', 'nslookup'], size: '3,000 B' },
  'net-tools': { version: '2.10-0.1ubuntu4', bins: ['ifconfig', 'netstat', 'route'], size: '204 kB' },
  iproute2: { version: '6.1.0-1ubuntu6', bins: ['ip', 'ss'], size: '1,120 kB' },
  procps: { version: '2:4.0.4-4ubuntu3.2', bins: ['ps', 'top', 'free', 'kill'], size: '708 kB' },
  vim: { version: '2:9.1.0016-1ubuntu7.8', bins: ['vim', 'vi'], size: '1,881 kB' },
  nano: { version: '7.2-2ubuntu0.1', bins: ['nano'], size: '280 kB' },
  less: { version: '590-2ubuntu2.1', bins: ['less'], size: '142 kB' },
  git: { version: '1:2.43.0-1ubuntu7.2', bins: ['git'], size: '3,680 kB' },
  jq: { version: '1.7.1-3build1', bins: ['jq'], size: '65.7 kB' },
  tree: { version: '2.1.1-2ubuntu3', bins: ['tree'], size: '47.6 kB' },
  unzip: { version: '6.0-28ubuntu4.1', bins: ['unzip'], size: '174 kB' },
  zip: { version: '3.0-13ubuntu0.2', bins: ['zip'], size: '176 kB' },
  python3: { version: '3.12.3-0ubuntu2', bins: ['python3'], size: '23.0 kB' },
  htop: { version: '3.3.0-4build1', bins: ['htop'], size: '171 kB' },
  'ca-certificates': { version: '20240203', bins: [], size: '159 kB' },
  tzdata: { version: '2025b-0ubuntu0.24.04.1', bins: [], size: '276 kB' },
};

function lockError(ctx: ShellCommandContext): number {
  ctx.stderr('E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n');
  return 100;
}

export const apt: Cmd = ctx => {
  const name = ctx.argv[0] as string;
  const args = ctx.argv.slice(1).filter(a => !a.startsWith('-'));
  const yes = ctx.argv.some(a => a === '-y' || a === '--yes' || a === '-qq' || a === '-q');
  const action = args[0];
  const root = ctx.machine.user.uid === 0;
  const archive = aptArchive(ctx.fs);
  const version = (p: string) => archive.versions[p] ?? CATALOG[p]?.version;
  if (action === undefined) {
    ctx.stdout(`${name} 2.7.14 (amd64) — simulated by Dockerlings\nUsage: ${name} [options] command\n\nMost used commands:\n  update - Retrieve new lists of packages\n  install - Install new packages\n  remove - Remove packages\n`);
    return 0;
  }
  if (action === 'update') {
    if (!root) {
      ctx.stderr('Reading package lists... Done\nE: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)\nE: Unable to lock directory /var/lib/apt/lists/\n');
      return 100;
    }
    ctx.fs.mkdir('/var/lib/apt/lists', { recursive: true });
    ctx.fs.writeFile(archive.lists, 'simulated package index\n');
    ctx.stdout(`${archive.update}Reading package lists... Done\n`);
    return 0;
  }
  if (action === 'install' || action === 'remove' || action === 'purge') {
    if (!root) return lockError(ctx);
    const pkgs = args.slice(1);
    if (pkgs.length === 0) {
      ctx.stdout('Reading package lists... Done\nBuilding dependency tree... Done\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n');
      return 0;
    }
    ctx.stdout('Reading package lists... Done\nBuilding dependency tree... Done\nReading state information... Done\n');
    const haveLists = ctx.fs.stat(archive.lists) !== null;
    for (const p of pkgs) {
      if (!haveLists || !(p in CATALOG)) {
        ctx.stderr(`E: Unable to locate package ${p}\n`);
        return 100;
      }
    }
    if (action !== 'install') {
      for (const p of pkgs) for (const b of CATALOG[p]?.bins ?? []) ctx.fs.rm(`/usr/bin/${b}`, { force: true });
      if (pkgs.includes('tzdata')) removeZoneinfo(ctx.fs);
      ctx.stdout(`The following packages will be REMOVED:\n  ${pkgs.join(' ')}\n0 upgraded, 0 newly installed, ${pkgs.length} to remove and 0 not upgraded.\n`);
      return 0;
    }
    ctx.stdout(`The following NEW packages will be installed:\n  ${pkgs.join(' ')}\n0 upgraded, ${pkgs.length} newly installed, 0 to remove and 0 not upgraded.\n`);
    if (!yes) ctx.stdout('Do you want to continue? [Y/n] Y\n');
    pkgs.forEach((p, i) => ctx.stdout(`Get:${i + 1} ${archive.pool} amd64 ${p} amd64 ${version(p)} [${CATALOG[p]?.size}]\n`));
    for (const p of pkgs) {
      const info = CATALOG[p] as { version: string; bins: string[] };
      ctx.stdout(`Setting up ${p} (${version(p)}) ...\n`);
      for (const b of info.bins) ctx.fs.writeFile(`/usr/bin/${b}`, binaryStub(b), { mode: 0o755 });
      if (p === 'tzdata') installZoneinfo(ctx.fs);
    }
    return 0;
  }
  if (action === 'list' || action === 'search' || action === 'show' || action === 'upgrade') {
    ctx.stdout('Reading package lists... Done\n');
    return 0;
  }
  ctx.stderr(`E: Invalid operation ${action}\n`);
  return 100;
};
