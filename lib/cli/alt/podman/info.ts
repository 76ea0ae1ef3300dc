/** `podman info` (rootless: the learner's store under ~/.local/share/containers) and `podman version`. */
import { hostOf, listContainers } from '../../../sim/index';
import { f, noArgs } from '../../command';
import { PODMAN_VERSION, podmanCommand, store } from './env';

export const version = podmanCommand({
  use: 'version [options]',
  short: 'Display the Podman version information',
  args: noArgs,
  flags: { format: f.string({ short: 'f', usage: 'Change the output format to JSON or a Go template' }) },
  run(ctx) {
    ctx.out(`Client:       Podman Engine\nVersion:      ${PODMAN_VERSION}\nAPI Version:  ${PODMAN_VERSION}\nGo Version:   go1.22.2\nBuilt:        Thu Jan  1 00:00:00 1970\nOS/Arch:      linux/amd64\n`);
  },
});

export const info = podmanCommand({
  use: 'info [options]',
  short: 'Display podman system information',
  long: 'Display information pertaining to the host, current storage stats, and build of podman.\n\n  Useful for the user and when reporting issues.',
  args: noArgs,
  flags: { format: f.string({ short: 'f', usage: 'Change the output format to JSON or a Go template' }) },
  run(ctx, o) {
    const p = store(ctx);
    const all = listContainers(p, { all: true });
    const running = all.filter((c) => c.state.Running && !c.state.Paused).length;
    const paused = all.filter((c) => c.state.Paused).length;
    const home = ctx.io.env['HOME'] ?? '/home/learner';
    if (o.format) {
      const known: Record<string, string> = { '{{.Host.Security.Rootless}}': 'true', '{{.Store.GraphRoot}}': `${home}/.local/share/containers/storage`, '{{.Host.OCIRuntime.Name}}': 'crun', '{{.Version.Version}}': PODMAN_VERSION, '{{.Store.GraphDriverName}}': 'overlay' };
      ctx.out((known[o.format] ?? '') + '\n');
      return;
    }
    ctx.out(`host:
  arch: amd64
  buildahVersion: 1.33.7
  cgroupControllers:
  - cpu
  - memory
  - pids
  cgroupManager: systemd
  cgroupVersion: v2
  conmon:
    package: 'conmon: /usr/bin/conmon'
    path: /usr/bin/conmon
    version: 'conmon version 2.1.10, commit: unknown'
  cpus: 2
  distribution:
    codename: noble
    distribution: ubuntu
    version: "24.04"
  eventLogger: journald
  hostname: dockerlings
  idMappings:
    gidmap:
    - container_id: 0
      host_id: 1000
      size: 1
    - container_id: 1
      host_id: 100000
      size: 65536
    uidmap:
    - container_id: 0
      host_id: 1000
      size: 1
    - container_id: 1
      host_id: 100000
      size: 65536
  kernel: ${hostOf(ctx.env.eng).info.kernelVersion}
  linkmode: dynamic
  logDriver: journald
  networkBackend: netavark
  ociRuntime:
    name: crun
    package: 'crun: /usr/bin/crun'
    path: /usr/bin/crun
    version: |-
      crun version 1.14.1
      commit: de537a7965bfbe9992e2cfae0baeb56a08128171
      rundir: /run/user/1000/crun
      spec: 1.0.0
      +SYSTEMD +SELINUX +APPARMOR +CAP +SECCOMP +EBPF +YAJL
  os: linux
  remoteSocket:
    exists: false
    path: /run/user/1000/podman/podman.sock
  security:
    apparmorEnabled: false
    capabilities: CAP_CHOWN,CAP_DAC_OVERRIDE,CAP_FOWNER,CAP_FSETID,CAP_KILL,CAP_NET_BIND_SERVICE,CAP_SETFCAP,CAP_SETGID,CAP_SETPCAP,CAP_SETUID,CAP_SYS_CHROOT
    rootless: true
    seccompEnabled: true
    seccompProfilePath: /usr/share/containers/seccomp.json
    selinuxEnabled: false
  slirp4netns:
    executable: /usr/bin/slirp4netns
    package: 'slirp4netns: /usr/bin/slirp4netns'
    version: |-
      slirp4netns version 1.2.1
      commit: 09e31e92fa3d2a1d3ca261adaeb012c8d75a8194
      libslirp: 4.7.0
      SLIRP_CONFIG_VERSION_MAX: 4
      libseccomp: 2.5.5
plugins:
  authorization: null
  log:
  - k8s-file
  - none
  - passthrough
  - journald
  network:
  - bridge
  - macvlan
  - ipvlan
  volume:
  - local
registries: {}
store:
  configFile: ${home}/.config/containers/storage.conf
  containerStore:
    number: ${all.length}
    paused: ${paused}
    running: ${running}
    stopped: ${all.length - running - paused}
  graphDriverName: overlay
  graphRoot: ${home}/.local/share/containers/storage
  graphRootAllocated: 63278391296
  graphRootUsed: 9211568128
  imageCopyTmpDir: /var/tmp
  imageStore:
    number: ${Object.keys(hostOf(p).images).length}
  runRoot: /run/user/1000/containers
  transientStore: false
  volumePath: ${home}/.local/share/containers/storage/volumes
version:
  APIVersion: ${PODMAN_VERSION}
  Built: 0
  BuiltTime: Thu Jan  1 00:00:00 1970
  GitCommit: ""
  GoVersion: go1.22.2
  Os: linux
  OsArch: linux/amd64
  Version: ${PODMAN_VERSION}
`);
  },
});
