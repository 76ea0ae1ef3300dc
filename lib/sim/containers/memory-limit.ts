/**
 * Memory and swap limits as dockerd applies them (daemon_unix.go adaptContainerSettings): `-m`
 * without `--memory-swap` gets swap equal to the memory (MemorySwap = 2 × Memory); `--memory-swap`
 * equal to `-m` means no swap; `-1` means unlimited swap, so the cgroup never OOM-kills.
 */
import type { HostConfig } from './types';

/** Fill in MemorySwap the way the daemon does at create time. */
export function adaptMemorySwap(hc: HostConfig): void {
  if (hc.Memory > 0 && hc.MemorySwap === 0) hc.MemorySwap = hc.Memory * 2;
}

/** RAM + swap a container may use before the OOM killer fires; null when unbounded. */
export function memoryCeiling(hc: HostConfig): number | null {
  if (hc.Memory <= 0 || hc.MemorySwap < 0) return null;
  return hc.MemorySwap > 0 ? hc.MemorySwap : hc.Memory * 2;
}

/** How long a process that allocates ~400 MB/s (`tail /dev/zero`) lives under the limits, in ms. */
export function oomDelay(hc: HostConfig): number | null {
  const ceiling = memoryCeiling(hc);
  return ceiling === null ? null : Math.max(100, Math.ceil(ceiling / 400_000));
}
