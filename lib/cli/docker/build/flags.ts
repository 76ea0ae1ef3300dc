/**
 * The flags of `docker buildx build` as buildx v0.24 (shipped with Docker 28.2) declares them
 * (commands/build.go): names, shorthands, types, defaults and usage text; hidden legacy flags
 * are accepted and ignored.
 */
import { f } from '../../command';
import { ulimitFlag } from '../container/flag-values';

const hidden = { hidden: true } as const;

export const BUILD_FLAGS = {
  addHost: f.stringSlice({ usage: 'Add a custom host-to-IP mapping (format: "host:ip")' }),
  allow: f.stringArray({ usage: 'Allow extra privileged entitlement (e.g., "network.host", "security.insecure")' }),
  annotation: f.stringArray({ usage: 'Add annotation to the image' }),
  attest: f.stringArray({ usage: 'Attestation parameters (format: "type=sbom,generator=image")' }),
  buildArg: f.stringArray({ usage: 'Set build-time variables' }),
  buildContext: f.stringArray({ usage: 'Additional build contexts (e.g., name=path)' }),
  cacheFrom: f.stringArray({ usage: 'External cache sources (e.g., "user/app:cache", "type=local,src=path/to/dir")' }),
  cacheTo: f.stringArray({ usage: 'Cache export destinations (e.g., "user/app:cache", "type=local,dest=path/to/dir")' }),
  call: f.string({ usage: 'Set method for evaluating build ("check", "outline", "targets")', default: 'build' }),
  cgroupParent: f.string({ usage: 'Set the parent cgroup for the "RUN" instructions during build' }),
  check: f.bool({ usage: 'Shorthand for "--call=check"' }),
  file: f.string({ short: 'f', usage: 'Name of the Dockerfile (default: "PATH/Dockerfile")' }),
  iidfile: f.string({ usage: 'Write the image ID to a file' }),
  label: f.stringArray({ usage: 'Set metadata for an image' }),
  load: f.bool({ usage: 'Shorthand for "--output=type=docker"' }),
  metadataFile: f.string({ usage: 'Write build result metadata to a file' }),
  network: f.string({ usage: 'Set the networking mode for the "RUN" instructions during build', default: 'default' }),
  noCache: f.bool({ usage: 'Do not use cache when building the image' }),
  noCacheFilter: f.stringArray({ usage: 'Do not cache specified stages' }),
  output: f.stringArray({ short: 'o', usage: 'Output destination (format: "type=local,dest=path")' }),
  platform: f.stringArray({ usage: 'Set target platform for build' }),
  progress: f.string({ usage: 'Set type of progress output ("auto", "quiet", "plain", "tty", "rawjson"). Use plain to show container output', default: 'auto' }),
  provenance: f.string({ usage: 'Shorthand for "--attest=type=provenance"' }),
  pull: f.bool({ usage: 'Always attempt to pull all referenced images' }),
  push: f.bool({ usage: 'Shorthand for "--output=type=registry"' }),
  quiet: f.bool({ short: 'q', usage: 'Suppress the build output and print image ID on success' }),
  sbom: f.string({ usage: 'Shorthand for "--attest=type=sbom"' }),
  secret: f.stringArray({ usage: 'Secret to expose to the build (format: "id=mysecret[,src=/local/secret]")' }),
  shmSize: f.bytes({ usage: 'Shared memory size for build containers' }),
  ssh: f.stringArray({ usage: 'SSH agent socket or keys to expose to the build (format: "default|<id>[=<socket>|<key>[,<key>]]")' }),
  tag: f.stringArray({ short: 't', usage: 'Name and optionally a tag (format: "name:tag")' }),
  target: f.string({ usage: 'Set the target build stage to build' }),
  ulimit: ulimitFlag({ usage: 'Ulimit options' }),
  // accepted for compatibility, hidden in help
  print: f.string({ usage: 'Print result of information request (e.g., outline, targets)', ...hidden }),
  compress: f.bool({ usage: 'Compress the build context using gzip', ...hidden }),
  isolation: f.string({ usage: 'Container isolation technology', ...hidden }),
  securityOpt: f.stringSlice({ usage: 'Security options', ...hidden }),
  squash: f.bool({ usage: 'Squash newly built layers into a single new layer', ...hidden }),
  memory: f.string({ short: 'm', usage: 'Memory limit', ...hidden }),
  memorySwap: f.string({ usage: 'Swap limit equal to memory plus swap: "-1" to enable unlimited swap', ...hidden }),
  cpuShares: f.int({ short: 'c', usage: 'CPU shares (relative weight)', bits: 64, ...hidden }),
  cpuPeriod: f.int({ usage: 'Limit the CPU CFS (Completely Fair Scheduler) period', bits: 64, ...hidden }),
  cpuQuota: f.int({ usage: 'Limit the CPU CFS (Completely Fair Scheduler) quota', bits: 64, ...hidden }),
  cpusetCpus: f.string({ usage: 'CPUs in which to allow execution ("0-3", "0,1")', ...hidden }),
  cpusetMems: f.string({ usage: 'MEMs in which to allow execution ("0-3", "0,1")', ...hidden }),
  rm: f.bool({ usage: 'Remove intermediate containers after a successful build', default: true, ...hidden }),
  forceRm: f.bool({ usage: 'Always remove intermediate containers', ...hidden }),
} as const;

/** buildx's persistent root flags, inherited by `buildx build` and `buildx prune`. */
export const BUILDX_ROOT_FLAGS = {
  builder: f.string({ usage: 'Override the configured builder instance' }),
  debug: f.bool({ short: 'D', usage: 'Enable debug logging' }),
} as const;
