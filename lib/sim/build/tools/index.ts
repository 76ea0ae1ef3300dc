/**
 * Package managers available inside RUN steps (and, through the host wiring, inside
 * containers): apk, pip, npm. They print short plausible output and write marker files.
 */
import type { CommandFn } from '../../../shell/types';

export interface ToolOptions {
  /** RUN --network=none: downloads fail. */
  network: boolean;
}

export function buildTools(_o: ToolOptions): Record<string, CommandFn> {
  return {};
}
