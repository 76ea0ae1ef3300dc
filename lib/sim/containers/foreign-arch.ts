/**
 * Images of another architecture on the simulated amd64 host, which has no binfmt_misc/QEMU
 * emulation registered (a stock Linux engine; Docker Desktop installs it, a plain apt install does
 * not): the kernel refuses to exec the container's program. runc reports that on the container's
 * stderr (`exec /bin/uname: exec format error`) and the container exits with 255. dockerd warns at
 * create when the image's platform differs from the host's and none was requested.
 */
import { HOST_PLATFORM, platformString } from '../images/platform';
import type { ImageRecord } from '../images/types';

/** Exit status of a container whose program could not be exec'd by runc's init. */
export const EXEC_FORMAT_STATUS = 255;

/** The image's binaries run on this host (same OS and architecture). */
export function runsNatively(image: Pick<ImageRecord, 'os' | 'architecture'>): boolean {
  return image.os === HOST_PLATFORM.os && image.architecture === HOST_PLATFORM.architecture;
}

/** What runc's init prints when the program at `path` is for another architecture. */
export function execFormatError(path: string): string {
  return `exec ${path}: exec format error\n`;
}

/** The image's platform as dockerd formats it: arm64 images carry the `v8` variant. */
function imagePlatformText(image: Pick<ImageRecord, 'os' | 'architecture'>): string {
  const variant = image.architecture === 'arm64' ? '/v8' : image.architecture === 'arm' ? '/v7' : '';
  return `${image.os}/${image.architecture}${variant}`;
}

/** dockerd's create warning for an image of another platform when `--platform` was not given. */
export function platformWarning(image: Pick<ImageRecord, 'os' | 'architecture'>): string | null {
  if (runsNatively(image)) return null;
  return `The requested image's platform (${imagePlatformText(image)}) does not match the detected host platform (${platformString(HOST_PLATFORM)}) and no specific platform was requested`;
}
