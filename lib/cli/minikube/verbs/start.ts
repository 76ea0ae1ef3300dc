/**
 * minikube start (v1.36.0, docker driver): a new cluster (base image and preload downloads the
 * first time, node container, control plane, addons), a restart of a stopped one, or an update of a
 * running one; writes the kubeconfig. Takes simulated time like the real thing (about a minute).
 */
import { advance } from '../../../sim/index';
import { startMinikube } from '../../../sim/k8s/minikube';
import { KUBERNETES_VERSION, minikubeOf, PROFILE } from '../../../sim/k8s/state';
import { CliError, f } from '../../command';
import { home, rfc1123 } from '../env';
import { writeProfileFiles } from '../files';
import { minikubeCommand } from './define';

const PRELOAD = `preloaded-images-k8s-v18-${KUBERNETES_VERSION}-docker-overlay2-amd64.tar.lz4`;
const HEADER = '😄  minikube v1.36.0 on Ubuntu 24.04\n';

export const start = minikubeCommand({
  use: 'start',
  short: 'Starts a local Kubernetes cluster',
  long: 'Starts a local Kubernetes cluster',
  flags: {
    driver: f.string({ usage: 'Driver is one of: virtualbox, vmwarefusion, kvm2, qemu2, qemu, vfkit, hyperkit, hyperv, ssh, none, docker, podman (defaults to auto-detect)' }),
    cpus: f.string({ default: '2', usage: "Number of CPUs allocated to Kubernetes. Use \"max\" to use the maximum number of CPUs. Use \"no-limit\" to not specify a limit (Docker/Podman only)" }),
    memory: f.string({ usage: "Amount of RAM to allocate to Kubernetes (format: <number>[<unit>], where unit = b, k, m or g). Use \"max\" to use the maximum amount of memory. Use \"no-limit\" to not specify a limit (Docker/Podman only)" }),
    kubernetesVersion: f.string({ usage: 'The Kubernetes version that the minikube VM will use (ex: v1.2.3, \'stable\' for v1.33.1, \'latest\' for v1.33.1). Defaults to \'stable\'.' }),
    nodes: f.int({ short: 'n', default: 1, usage: 'The total number of nodes to spin up. Defaults to 1.' }),
    containerRuntime: f.string({ usage: 'The container runtime to be used. Valid options: docker, cri-o, containerd (default: auto)' }),
    addons: f.stringSlice({ usage: 'Enable one or more addons, in a comma-separated format. See `minikube addons list` for a list of valid addon names.' }),
    force: f.bool({ usage: 'Force minikube to perform possibly dangerous operations' }),
  },
  run(ctx, opts) {
    const driver = opts.driver || 'docker';
    if (driver !== 'docker') {
      throw new CliError(`${HEADER}✨  Using the ${driver} driver based on user configuration\n\n❌  Exiting due to PROVIDER_${driver.toUpperCase()}_NOT_FOUND: The '${driver}' provider was not found: exec: "${driver}": executable file not found in $PATH\n💡  Suggestion: Install ${driver}\n📘  Documentation: https://minikube.sigs.k8s.io/docs/reference/drivers/${driver}/`, 52);
    }
    const eng = ctx.env.eng;
    const existing = minikubeOf(eng);
    const memory = opts.memory ? opts.memory.replace(/mb?$/i, '') : '2200';
    const fs = ctx.io.fs;
    const cache = `${home(ctx)}/.minikube/cache/preloaded-tarball/${PRELOAD}`;
    let out = HEADER;
    if (existing) out += '✨  Using the docker driver based on existing profile\n';
    else out += opts.driver ? '✨  Using the docker driver based on user configuration\n' : '✨  Automatically selected the docker driver. Other choices: none, ssh\n';
    if (!existing) out += '📌  Using Docker driver with root privileges\n';
    out += `👍  Starting "${PROFILE}" primary control-plane node in "${PROFILE}" cluster\n🚜  Pulling base image v0.0.47 ...\n`;
    const needPreload = !existing && !fs.stat(cache);
    advance(eng, existing ? 20_000 : 55_000);
    const outcome = startMinikube(eng);
    if (outcome.kind === 'created') {
      if (needPreload) {
        out += `💾  Downloading Kubernetes ${KUBERNETES_VERSION} preload ...\n    > preloaded-images-k8s-v18-v1...:  347.04 MiB / 347.04 MiB  100.00% 35.02 M\n`;
        fs.mkdir(cache.slice(0, cache.lastIndexOf('/')), { recursive: true });
        fs.writeFile(cache, '');
      }
      if (outcome.downloadedBase) out += '    > gcr.io/k8s-minikube/kicbase...:  502.26 MiB / 502.26 MiB  100.00% 20.61 M\n';
      out += `🔥  Creating docker container (CPUs=${opts.cpus}, Memory=${memory}MB) ...\n`;
      out += `🐳  Preparing Kubernetes ${KUBERNETES_VERSION} on Docker 28.1.1 ...\n    ▪ Generating certificates and keys ...\n    ▪ Booting up control plane ...\n    ▪ Configuring RBAC rules ...\n`;
      out += '🔗  Configuring bridge CNI (Container Networking Interface) ...\n';
    } else if (outcome.kind === 'restarted') {
      out += outcome.recreated ? `🤷  docker "${PROFILE}" container is missing, will recreate.\n🔥  Creating docker container (CPUs=${opts.cpus}, Memory=${memory}MB) ...\n` : `🔄  Restarting existing docker container for "${PROFILE}" ...\n`;
      out += `🐳  Preparing Kubernetes ${KUBERNETES_VERSION} on Docker 28.1.1 ...\n`;
    } else {
      out += `🏃  Updating the running docker "${PROFILE}" container ...\n🐳  Preparing Kubernetes ${KUBERNETES_VERSION} on Docker 28.1.1 ...\n`;
    }
    out += '🔎  Verifying Kubernetes components...\n    ▪ Using image gcr.io/k8s-minikube/storage-provisioner:v5\n';
    out += '🌟  Enabled addons: storage-provisioner, default-storageclass\n';
    writeProfileFiles(fs, ctx.io.env, home(ctx), rfc1123(eng.world.clock));
    out += `🏄  Done! kubectl is now configured to use "${PROFILE}" cluster and "default" namespace by default\n`;
    ctx.out(out);
    return 0;
  },
});
