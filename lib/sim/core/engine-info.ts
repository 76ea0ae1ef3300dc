/**
 * What `docker version` / `docker info` report about the simulated daemon. Data only; the CLI
 * formats it. Versions are those of Docker Engine 28.2.2 (API 1.50).
 */
import { HOST_KERNEL_RELEASE, HOST_OS_PRETTY_NAME } from '../fs/seed';

export interface EngineInfo {
  version: string;
  apiVersion: string;
  minApiVersion: string;
  gitCommit: string;
  goVersion: string;
  buildTime: string;
  os: string;
  arch: string;
  kernelVersion: string;
  operatingSystem: string;
  osVersion: string;
  osType: string;
  ncpu: number;
  memTotal: number;
  storageDriver: string;
  backingFilesystem: string;
  cgroupDriver: string;
  cgroupVersion: string;
  loggingDriver: string;
  dockerRootDir: string;
  defaultRuntime: string;
  runtimes: string[];
  containerd: { version: string; gitCommit: string };
  runc: { version: string; gitCommit: string };
  init: { version: string; gitCommit: string };
  securityOptions: string[];
  indexServerAddress: string;
  /** Daemon ID, fixed per host. */
  id: string;
  name: string;
  liveRestoreEnabled: boolean;
  experimental: boolean;
}

export function defaultEngineInfo(hostname: string, id: string): EngineInfo {
  return {
    version: '28.2.2',
    apiVersion: '1.50',
    minApiVersion: '1.24',
    gitCommit: '45873be',
    goVersion: 'go1.24.3',
    buildTime: '2025-05-30T12:07:26.000000000+00:00',
    os: 'linux',
    arch: 'amd64',
    kernelVersion: HOST_KERNEL_RELEASE,
    operatingSystem: HOST_OS_PRETTY_NAME,
    osVersion: '24.04',
    osType: 'linux',
    ncpu: 4,
    memTotal: 8_323_002_368,
    storageDriver: 'overlay2',
    backingFilesystem: 'extfs',
    cgroupDriver: 'systemd',
    cgroupVersion: '2',
    loggingDriver: 'json-file',
    dockerRootDir: '/var/lib/docker',
    defaultRuntime: 'runc',
    runtimes: ['io.containerd.runc.v2', 'runc'],
    containerd: { version: '1.7.27', gitCommit: '05044ec0a9a75232cad458027ca83437aae3f4da' },
    runc: { version: '1.2.5', gitCommit: 'v1.2.5-0-g59923ef' },
    init: { version: '0.19.0', gitCommit: 'de40ad0' },
    securityOptions: ['name=apparmor', 'name=seccomp,profile=builtin', 'name=cgroupns'],
    indexServerAddress: 'https://index.docker.io/v1/',
    id,
    name: hostname,
    liveRestoreEnabled: false,
    experimental: false,
  };
}
