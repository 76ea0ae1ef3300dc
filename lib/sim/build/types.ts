/**
 * What a build takes and what it reports. The engine reports progress as structured vertices
 * (BuildKit's solve status); the CLI renders them as `--progress=plain`, `tty` or nothing.
 */
import type { FileSystem } from '../fs/types';
import type { LineRange } from './dockerfile/errors';
import type { LintWarning } from './dockerfile/instructions';

export interface SecretSpec {
  id: string;
  /** Host file (absolute) holding the secret, or … */
  src?: string;
  /** … the value of an environment variable of the client. */
  env?: string;
}

export interface BuildRequest {
  /** Absolute directory of the build context on the host filesystem; null: empty context (`-`). */
  contextDir: string | null;
  /** The learner's host filesystem (the client reads the context and Dockerfile from it). */
  hostFs: FileSystem;
  /** Where the Dockerfile comes from: a host path, or its text (from stdin). */
  dockerfile: { path: string } | { text: string };
  tags: string[];
  buildArgs: Record<string, string>;
  labels: Record<string, string>;
  target: string;
  noCache: boolean;
  pull: boolean;
  /** `--network` for RUN: default, none, host. */
  network: string;
  platform: string;
  secrets: SecretSpec[];
  /** The client's environment (secrets given with env=). */
  clientEnv: Readonly<Record<string, string>>;
  /** `--check`: convert the Dockerfile and report its build checks, build nothing. */
  checkOnly?: boolean;
}

export interface VertexStatus {
  /** `transferring dockerfile:`, `resolve docker.io/…`, `sha256:…`, `extracting sha256:…`, `writing image sha256:…`. */
  id: string;
  current?: number;
  total?: number;
  /** Duration shown when above 10ms. */
  ms: number;
}

export interface VertexLog {
  /** ms since the vertex started. */
  ms: number;
  text: string;
}

export type VertexState = 'done' | 'cached' | 'error' | 'canceled';

export interface Vertex {
  name: string;
  statuses: VertexStatus[];
  logs: VertexLog[];
  /** Lint warnings BuildKit attaches to the vertex (the Dockerfile definition). */
  warnings: string[];
  state: VertexState;
  error?: string;
  ms: number;
  /** The vertex is printed again (BuildKit re-prints a completed vertex that gets warnings). */
  reprint?: boolean;
}

/** Where a failure points in the Dockerfile (for the `Dockerfile:3` excerpt). */
export interface SourceExcerpt {
  filename: string;
  text: string;
  ranges: readonly LineRange[];
}

export interface BuildFailure {
  /** The message after `ERROR: failed to build: ` (usually starting `failed to solve: `). */
  message: string;
  source?: SourceExcerpt;
  /** Vertices whose logs BuildKit shows between `------` lines. */
  failedVertex?: Vertex;
}

export interface BuildResult {
  vertices: Vertex[];
  warnings: LintWarning[];
  /** `sha256:…` of the image, when the build succeeded. */
  imageId?: string;
  error?: BuildFailure;
  /** Total simulated duration. */
  ms: number;
}
