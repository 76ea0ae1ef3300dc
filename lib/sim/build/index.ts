/**
 * The build subsystem's public API (see README.md): building images, the build cache (for
 * `docker builder prune`, `docker system df` / `system prune` through the SystemContributor), the
 * Dockerfile parser, and the package tools (apk, npm, pip, go) for container machines.
 */
import type { SystemContributor } from '../core/engine';
import { cacheUsage, pruneCache } from './cache';

export { buildImage } from './build';
export { knownBaseImage } from './exec/base';
export type { BuildFailure, BuildRequest, BuildResult, SecretSpec, SourceExcerpt, Vertex, VertexLog, VertexState, VertexStatus } from './types';
export { cacheUsage, listRecords, pruneCache, type CacheRecord, type CacheRecordType, type PruneOptions } from './cache';
export { parseDockerfile, DockerfileError, warningShort, type ParsedDockerfile, type Instruction, type Stage, type LintWarning } from './dockerfile/index';
export { PatternMatcher, readIgnoreFile } from './context/ignore';
export { packageTools, recordingEnv, type ToolEnv } from './tools/index';

/** Plug into createEngine({ contributors: [buildCacheContributor] }): the Build Cache row of df and system prune. */
export const buildCacheContributor: SystemContributor = {
  name: 'build',
  diskUsage: (eng) => {
    const u = cacheUsage(eng);
    return { total: u.count, active: u.active, size: u.size, reclaimable: u.reclaimable };
  },
  prune: (eng, o) => pruneCache(eng, { all: o.all }).reduce((n, r) => n + r.size, 0),
};
