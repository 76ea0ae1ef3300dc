/**
 * What package tools get from whoever runs them: whether the network is reachable, a way to
 * let simulated time pass, and a way to give a written file a realistic declared size (file
 * contents are simulated; sizes show in `docker history` and `docker images`).
 */
import { binaryStub } from '../../fs/seed';
import type { FileSystem } from '../../fs/types';

export interface ToolEnv {
  network: boolean;
  advance(ms: number): void;
  /** The file at `path` stands for `size` bytes. */
  declareSize(path: string, size: number): void;
  /**
   * Whether the filesystem checks the process's permissions (a container process: non-root users
   * cannot take a package manager's lock). RUN steps leave it unset: their layers stay as they were.
   */
  enforcesPermissions?: boolean;
}

/** A ToolEnv that records declared sizes by absolute path (applied to the RUN step's layer afterwards). */
export function recordingEnv(network: boolean, advance: (ms: number) => void, sizes: Map<string, number>): ToolEnv {
  return { network, advance, declareSize: (path, size) => void sizes.set(path, size) };
}

/** Write a file (creating its directory) standing for `size` bytes. */
export function writeSized(env: ToolEnv, fs: FileSystem, path: string, text: string, size: number, mode = 0o644): void {
  fs.mkdir(path.slice(0, path.lastIndexOf('/')) || '/', { recursive: true });
  fs.writeFile(path, text, { mode });
  fs.chmod(path, mode);
  env.declareSize(path, size);
}

/** A program file (`/usr/bin/curl`) that runs the shell's command of that name. */
export function installBinary(env: ToolEnv, fs: FileSystem, path: string, command: string, size: number): void {
  writeSized(env, fs, path, binaryStub(command), size, 0o755);
}
