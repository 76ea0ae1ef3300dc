/**
 * cobra's own argument-count messages (args.go: MinimumNArgs, MaximumNArgs, RangeArgs, ExactArgs),
 * which kubectl, docker compose and the containers tools print unchanged. Each tool words a
 * surplus argument to a no-argument command its own way, so `none` stays with the dialects.
 */
import type { ArgsViolation } from './errors';

export type CountViolation = Exclude<ArgsViolation, { kind: 'none' }>;

export function cobraCountMessage(v: CountViolation): string {
  switch (v.kind) {
    case 'min':
      return `requires at least ${v.min} arg(s), only received ${v.got}`;
    case 'max':
      return `accepts at most ${v.max} arg(s), received ${v.got}`;
    case 'range':
      return `accepts between ${v.min} and ${v.max} arg(s), received ${v.got}`;
    case 'exact':
      return `accepts ${v.n} arg(s), received ${v.got}`;
  }
}
