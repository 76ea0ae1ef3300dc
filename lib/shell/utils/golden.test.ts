import { describe, expect, it } from 'vitest';
import golden from './gnu-golden.json';
import { workdir, type Case } from '../test-support';

/** Each case is a command with the output real GNU tools gave for it (see `_about` in the JSON). */
const groups = golden as unknown as Record<'awk' | 'misc' | 'procs' | 'archive', Case[]>;

describe.each(['awk', 'misc', 'procs', 'archive'] as const)('%s matches GNU', group => {
  it.each(groups[group])('%j', (src, stdout, stderr, code) => {
    const r = workdir().run(src);
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout, stderr, exitCode: code });
  });
});
