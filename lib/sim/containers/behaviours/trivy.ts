/**
 * aquasec/trivy as a container's program: `trivy image [--severity S,…] [--exit-code N]
 * [--ignore-unfixed] [-q] IMAGE` downloads its database, reads the image (from the local engine
 * when the Docker socket is mounted, else from the registry), prints the report and exits with
 * `--exit-code` when something at the selected severities was found.
 */
import { hostOf } from '../../core/engine';
import { EngineError } from '../../core/errors';
import { fetchManifest } from '../../images/pull';
import { parseReference } from '../../images/reference';
import { findImage } from '../../images/store';
import type { ImageRecord, LayerRecord } from '../../images/types';
import { scanImage, SEVERITIES, type Severity } from '../../images/vulns';
import { report, summaryTable } from './trivy-report';
import { basename, type BehaviourCtx, type ServiceBehaviour, type StartOutcome } from './types';

const VERSION = '0.72.0';
const USAGE = `Scanner for vulnerabilities in container images, file systems, and Git repositories, as well as for configuration issues and hard-coded secrets

Usage:
  trivy [global flags] command [flags] target
  trivy [command]

Examples:
  # Scan a container image
  $ trivy image python:3.4-alpine

  # Scan a container image from a tar archive
  $ trivy image --input ruby-3.1.tar

  # Scan local filesystem
  $ trivy fs .

Scanning Commands
  config      Scan config files for misconfigurations
  filesystem  Scan local filesystem
  image       Scan a container image
  kubernetes  [EXPERIMENTAL] Scan kubernetes cluster
  repository  Scan a repository
  rootfs      Scan rootfs
  sbom        Scan SBOM for vulnerabilities and licenses
  vm          [EXPERIMENTAL] Scan a virtual machine image

Use "trivy [command] --help" for more information about a command.
`;

interface Options {
  severities: Severity[];
  exitCode: number;
  ignoreUnfixed: boolean;
  quiet: boolean;
  target?: string;
}

function parseArgs(args: readonly string[]): Options | string {
  const o: Options = { severities: [...SEVERITIES], exitCode: 0, ignoreUnfixed: false, quiet: false };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.includes('=') ? (args[i]!.split(/=(.*)/s) as [string, string]) : [args[i]!, undefined];
    const value = () => inline ?? args[++i] ?? '';
    if (flag === '--severity' || flag === '-s') {
      const list = value().split(',').map((s) => s.trim().toUpperCase());
      const bad = list.find((s) => !SEVERITIES.includes(s as Severity));
      if (bad) return `unable to parse severity: unknown severity option: ${bad}`;
      o.severities = SEVERITIES.filter((s) => list.includes(s));
    } else if (flag === '--exit-code') o.exitCode = Number(value()) || 0;
    else if (flag === '--ignore-unfixed') o.ignoreUnfixed = true;
    else if (flag === '-q' || flag === '--quiet') o.quiet = true;
    else if (['--scanners', '--format', '-f', '--timeout', '--cache-dir', '--pkg-types'].includes(flag)) value();
    else if (flag === '--no-progress' || flag === '--skip-db-update') continue;
    else if (flag.startsWith('-')) return `unknown flag: ${flag}`;
    else o.target = args[i];
  }
  return o;
}

function resolve(ctx: BehaviourCtx, name: string): { image: ImageRecord; layers: LayerRecord[] } {
  const socket = ctx.c.mounts.some((m) => m.Destination === '/var/run/docker.sock' || m.Destination === '/run/docker.sock');
  const host = hostOf(ctx.eng);
  const local = socket ? findImage(ctx.eng, name) : undefined;
  if (local) return { image: local, layers: local.layers.map((id) => host.layers[id]).filter((l): l is LayerRecord => !!l) };
  const got = fetchManifest(ctx.eng, parseReference(name));
  return { image: got.image, layers: got.layers };
}

function scan(ctx: BehaviourCtx, o: Options): StartOutcome {
  const t0 = ctx.now;
  const stamp = (ms: number) => new Date(t0 + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const info = (ms: number, msg: string) => !o.quiet && ctx.log('stderr', `${stamp(ms)}\tINFO\t${msg}`, t0 + ms);
  info(0, '[vulndb] Need to update DB');
  info(0, '[vulndb] Downloading vulnerability DB...');
  info(0, '[vulndb] Downloading artifact...\trepo="mirror.gcr.io/aquasec/trivy-db:2"');
  info(2500, '[vulndb] Artifact successfully downloaded\trepo="mirror.gcr.io/aquasec/trivy-db:2"');
  info(2500, '[vuln] Vulnerability scanning is enabled');
  info(2500, '[secret] Secret scanning is enabled');
  info(2500, "[secret] If your scanning is slow, please try '--scanners vuln' to disable secret scanning");
  info(2500, '[secret] Please see https://trivy.dev/v0.72/docs/scanner/secret#recommendation for faster secret detection');
  let found;
  try {
    found = resolve(ctx, o.target!);
  } catch (e) {
    const why = e instanceof EngineError ? e.message : String(e);
    ctx.log('stderr', `${stamp(2600)}\tFATAL\tFatal error\trun error: image scan error: scan error: unable to initialize a scan service: unable to initialize an image scan service: unable to find the specified image "${o.target}" in ["docker" "containerd" "podman" "remote"]: remote error: ${why}`, t0 + 2600);
    return { exit: { code: 1, afterMs: 2600 } };
  }
  const keys = found.layers.flatMap((l) => (l.content.kind === 'catalog' ? [l.content.key] : []));
  const result = scanImage(found.image, keys);
  const shown = o.target!;
  if (!result) {
    if (!o.quiet) ctx.log('stderr', `${stamp(4000)}\tWARN\t[image] OS is not detected.`, t0 + 4000);
    info(4000, 'Number of language-specific files\tnum=0');
    ctx.log('stdout', summaryTable(shown, '-', '-'), t0 + 4000);
    return { exit: { code: 0, afterMs: 4000 } };
  }
  info(4000, `Detected OS\tfamily="${result.family}" version="${result.version}"`);
  info(4000, `[${result.family}] Detecting vulnerabilities...\tos_version="${result.version.split('.').slice(0, 2).join('.')}" repository="${result.version.split('.').slice(0, 2).join('.')}" pkg_num=${result.packages}`);
  info(4000, 'Number of language-specific files\tnum=0');
  const vulns = result.vulns.filter((x) => o.severities.includes(x.severity) && !(o.ignoreUnfixed && x.status !== 'fixed'));
  ctx.log('stdout', report(shown, result, vulns, o.severities), t0 + 4000);
  return { exit: { code: vulns.length > 0 ? o.exitCode : 0, afterMs: 4000 } };
}

export const trivyBehaviour: ServiceBehaviour = {
  name: 'trivy',
  memory: 150_000_000,
  minMemory: 0,
  match: (argv) => basename(argv[0] ?? '') === 'trivy',
  start(ctx) {
    const args = ctx.argv.slice(1);
    if (args.length === 0 || args[0] === '--help' || args[0] === '-h') {
      ctx.log('stdout', USAGE);
      return { exit: { code: 0, afterMs: 0 } };
    }
    if (args[0] === '--version' || args[0] === '-v' || args[0] === 'version') {
      ctx.log('stdout', `Version: ${VERSION}\n`);
      return { exit: { code: 0, afterMs: 0 } };
    }
    // Global flags may come before the command (`trivy -q image alpine`).
    const at = args.findIndex((a) => !a.startsWith('-'));
    const command = at < 0 ? '' : args[at]!;
    if (command !== 'image' && command !== 'i') {
      ctx.log('stderr', `${new Date(ctx.now).toISOString().replace(/\.\d{3}Z$/, 'Z')}\tFATAL\tFatal error\tthe simulator's trivy scans images only ("trivy image IMAGE")`);
      return { exit: { code: 1, afterMs: 0 } };
    }
    const o = parseArgs([...args.slice(0, at), ...args.slice(at + 1)]);
    if (typeof o === 'string' || !o.target) {
      ctx.log('stderr', `Error: ${typeof o === 'string' ? o : 'image name or --input option required'}`);
      return { exit: { code: 1, afterMs: 0 } };
    }
    return scan(ctx, o);
  },
  signal: (_ctx, sig) => (sig === 'SIGTERM' || sig === 'SIGINT' ? 130 : null),
  listeners: () => [],
  processes: (ctx) => [{ user: 'root', cmd: ['trivy', ...ctx.argv.slice(1)].join(' '), parent: -1 }],
};
