/**
 * What dockerd checks on request fields the engine does not model (it keeps them only for
 * inspect): isolation, `--storage-opt size`, `--platform` against the local image, `--device`
 * paths on the host, GPU requests. Each throws the daemon's error as an EngineError.
 */
import { EngineError, findImage, type ContainerRecord, type Engine } from '../../../sim/index';

/** Device files a fresh Ubuntu VM has (anything else is missing on the simulated host). */
const HOST_DEVICES = new Set(['/dev/null', '/dev/zero', '/dev/full', '/dev/random', '/dev/urandom', '/dev/tty', '/dev/fuse', '/dev/net/tun', '/dev/kvm', '/dev/sda', '/dev/sda1', '/dev/snd']);

const extra = (c: ContainerRecord) => c.hostConfig as unknown as Record<string, unknown>;

/** runconfig validation and graphdriver options, before the container is created. */
export function checkCreate(eng: Engine, hc: Record<string, unknown>, image: string, platform: string): void {
  const isolation = String(hc['Isolation'] ?? '');
  if (isolation !== '' && isolation !== 'default') throw new EngineError('invalidParameter', `invalid isolation (${isolation}): linux only supports 'default'`);
  const storage = (hc['StorageOpt'] ?? {}) as Record<string, string>;
  if (Object.keys(storage).length > 0) throw new EngineError('system', "--storage-opt is supported only for overlay over xfs with 'pquota' mount option");
  if (platform === '') return;
  let img;
  try {
    img = findImage(eng, image);
  } catch {
    img = undefined;
  }
  if (!img) return;
  const want = platform.toLowerCase().replace(/^linux\/x86_64/, 'linux/amd64').replace(/^linux\/aarch64/, 'linux/arm64');
  const have = `${img.os}/${img.architecture}`;
  if (!want.startsWith(have) && want !== img.architecture) {
    throw new EngineError('notFound', `image with reference ${image} was found but its platform (${have}) does not match the specified platform (${want})`);
  }
}

/** OCI spec generation at start: devices must exist on the host; no GPU driver is installed. */
export function checkStart(c: ContainerRecord): void {
  const gpus = extra(c)['DeviceRequests'];
  if (Array.isArray(gpus) && gpus.length > 0) throw new EngineError('unknown', 'could not select device driver "" with capabilities: [[gpu]]');
  const devices = extra(c)['Devices'];
  for (const d of Array.isArray(devices) ? (devices as string[]) : []) {
    const path = d.split(':')[0]!;
    if (!HOST_DEVICES.has(path)) throw new EngineError('unknown', `error gathering device information while adding custom device "${path}": no such file or directory`);
  }
}
