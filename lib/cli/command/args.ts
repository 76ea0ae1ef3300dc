/**
 * Positional-argument rules (docker's cli/required.go and cobra's args.go). A rule returns a
 * structured violation; the tool's dialect words it (`'docker run' requires at least 1 argument`,
 * or cobra's `accepts 1 arg(s), received 0` for kubectl).
 */
import type { ArgsViolation } from './errors';

export type ArgsRule = (args: readonly string[]) => ArgsViolation | undefined;

/** No positional arguments allowed (docker: `accepts no arguments`, or unknown command for groups). */
export const noArgs: ArgsRule = (args) => (args.length === 0 ? undefined : { kind: 'none', got: args.length, first: args[0]! });

export const requiresMinArgs =
  (min: number): ArgsRule =>
  (args) =>
    args.length >= min ? undefined : { kind: 'min', min, got: args.length };

export const requiresMaxArgs =
  (max: number): ArgsRule =>
  (args) =>
    args.length <= max ? undefined : { kind: 'max', max, got: args.length };

export const requiresRangeArgs =
  (min: number, max: number): ArgsRule =>
  (args) =>
    args.length >= min && args.length <= max ? undefined : { kind: 'range', min, max, got: args.length };

export const exactArgs =
  (n: number): ArgsRule =>
  (args) =>
    args.length === n ? undefined : { kind: 'exact', n, got: args.length };

/** Any number of arguments. */
export const arbitraryArgs: ArgsRule = () => undefined;
