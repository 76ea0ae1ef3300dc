/** What a goal is checked against besides the World, and what a check returns. */
import type { Engine } from '../../sim/index';
import type { FileSystem } from '../../sim/fs/types';

/** One line the learner ran, with its exit status. */
export interface CommandRecord {
  line: string;
  exitCode: number;
}

export interface CheckContext {
  /** The learner's host files (workspace `file` goals); without it those goals are unmet. */
  fs?: FileSystem;
  /** The session's engine, for reads that compose a container's filesystem (`container-file`). */
  engine?: Engine;
  /** Lines run since the exercise started, oldest first (`command` goals, misconceptions). */
  commands?: readonly CommandRecord[];
  /** The learner's typed answers by goal id (`answer` goals). */
  answers?: Readonly<Record<string, string>>;
  /** The learner's home, where relative workspace paths start. */
  home?: string;
}

export interface GoalResult {
  id: string;
  met: boolean;
  /** Why it is not met, in the learner's terms (`web is exited`), when the checker can tell. */
  detail?: string;
}

/** A goal check: null when met, else the reason (or '' when there is nothing useful to say). */
export type Verdict = string | null;

export const DEFAULT_HOME = '/home/learner';

/** `~/site`, `site`, `/srv/site` → an absolute path on the learner's host. */
export function hostPath(path: string, home = DEFAULT_HOME): string {
  if (path === '~') return home;
  if (path.startsWith('~/')) return `${home}/${path.slice(2)}`;
  return path.startsWith('/') ? path : `${home}/${path.replace(/^\.\//, '')}`;
}
