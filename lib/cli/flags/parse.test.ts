/**
 * pflag parsing rules beyond the oracle replay (root.test.ts): value kinds, combos, `--`,
 * interspersing, deprecation notices and the help block layout.
 */
import { describe, expect, it } from 'vitest';
import { validateEnv } from './docker-validators';
import { defineFlags, FlagSet, FlagState } from './flag-set';
import { parseFlags } from './parse';
import { FlagError, HelpRequested, type FlagSpecs } from './types';
import { flagUsagesWrapped } from './usage';
import * as f from './values';

function parse(specs: FlagSpecs, argv: string[], opts: { interspersed?: boolean; env?: Record<string, string> } = {}) {
  const defs = defineFlags(specs);
  const state = new FlagState({ env: opts.env ?? {} });
  const result = parseFlags(argv, new FlagSet(defs), state, opts.interspersed ?? true);
  return { ...result, opts: state.options(defs), warnings: state.warnings, changed: (k: string) => state.changed(defs.find((d) => d.key === k)!) };
}

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
};

describe('value kinds', () => {
  it('bool takes no separate value: `--rm=false` sets it, `--rm false` leaves false as a positional', () => {
    const specs = { rm: f.bool({ usage: '' }) };
    expect(parse(specs, ['--rm=false']).opts.rm).toBe(false);
    expect(parse(specs, ['--rm', 'false'])).toMatchObject({ opts: { rm: true }, args: ['false'] });
  });

  it('stringArray keeps commas; stringSlice splits them (CSV) and appends across uses', () => {
    const specs = { arr: f.stringArray({ usage: '' }), sl: f.stringSlice({ usage: '', default: ['d'] }) };
    const { opts } = parse(specs, ['--arr', 'a,b', '--arr=c', '--sl', 'x,"y,z"', '--sl', 'w']);
    expect(opts).toEqual({ arr: ['a,b', 'c'], sl: ['x', 'y,z', 'w'] });
    expect(parse(specs, []).opts.sl).toEqual(['d']); // the default until first set, then replaced
  });

  it('count flags count repeats and combos, or take a number', () => {
    const specs = { verbose: f.count({ short: 'v', usage: '' }) };
    expect(parse(specs, ['-vvv', '-v']).opts.verbose).toBe(4);
    expect(parse(specs, ['--verbose=7']).opts.verbose).toBe(7);
  });

  it('takes negative numbers as values after a flag that needs one', () => {
    const specs = { shares: f.int({ short: 'c', usage: '' }), time: f.int({ short: 't', usage: '' }) };
    expect(parse(specs, ['--shares', '-5', '-t', '-3']).opts).toEqual({ shares: -5, time: -3 });
  });

  it('lists run docker validators, which may read the caller environment', () => {
    const specs = { env: f.list({ short: 'e', usage: '', validator: validateEnv }) };
    const { opts } = parse(specs, ['-e', 'A=1', '-e', 'HOME', '-e', 'UNSET'], { env: { HOME: '/home/learner' } });
    expect(opts.env).toEqual(['A=1', 'HOME=/home/learner', 'UNSET']);
  });

  it('maps keep the last value per key; filters lower-case keys and group values', () => {
    const specs = { opt: f.map({ short: 'o', usage: '' }), filter: f.filter({ short: 'f', usage: '' }) };
    const { opts } = parse(specs, ['-o', 'a=1', '-o', 'a=2', '-o', 'b', '-f', ' Status = exited', '-f', 'status=created']);
    expect(opts).toEqual({ opt: { a: '2', b: '' }, filter: { status: ['exited', 'created'] } });
  });

  it('parses byte sizes and CPUs like docker', () => {
    const specs = { memory: f.bytes({ short: 'm', usage: '' }), swap: f.bytes({ usage: '', allowMinusOne: true }), cpus: f.nanoCpus({ usage: '' }) };
    expect(parse(specs, ['-m', '1g', '--swap', '-1', '--cpus', '.5']).opts).toEqual({ memory: 2 ** 30, swap: -1, cpus: 5e8 });
    expect(parse(specs, ['-m', '300M', '--cpus', '3/2']).opts).toMatchObject({ memory: 300 * 2 ** 20, cpus: 1.5e9 });
    expect(parse(specs, ['-m', '100b', '--cpus', '2e-1']).opts).toMatchObject({ memory: 100, cpus: 2e8 });
  });

  it('string flags with NoOptDefVal take the default when given bare', () => {
    const specs = { dryRun: f.string({ usage: '', noOptDefVal: 'unchanged', default: 'none' }) };
    expect(parse(specs, ['--dry-run']).opts.dryRun).toBe('unchanged');
    expect(parse(specs, ['--dry-run=server']).opts.dryRun).toBe('server');
  });
});

describe('argument layout', () => {
  const specs = { detach: f.bool({ short: 'd', usage: '' }), tty: f.bool({ short: 't', usage: '' }), name: f.string({ usage: '' }), publish: f.list({ short: 'p', usage: '' }), env: f.list({ short: 'e', usage: '' }) };

  it('handles -dt combos, attached values, `-e=X`, `--name=x` and `--name x`', () => {
    const { opts, args } = parse(specs, ['-dt', '-p8080:80', '-p', '9090:90', '-e=X=1', '--name=web', 'img', '--name', 'other']);
    expect(opts).toEqual({ detach: true, tty: true, name: 'other', publish: ['8080:80', '9090:90'], env: ['X=1'] });
    expect(args).toEqual(['img']);
  });

  it('stops at the first positional when not interspersed, and records `--`', () => {
    expect(parse(specs, ['-d', 'alpine', 'ls', '-la'], { interspersed: false })).toMatchObject({ args: ['alpine', 'ls', '-la'], argsLenAtDash: -1 });
    expect(parse(specs, ['a', '--', '-d', 'b'])).toMatchObject({ args: ['a', '-d', 'b'], argsLenAtDash: 1, opts: { detach: false } });
    expect(parse(specs, ['-', '-d']).args).toEqual(['-']);
  });

  it('reports changed flags, including ones set to their default', () => {
    const r = parse(specs, ['--detach=false']);
    expect(r.changed('detach')).toBe(true);
    expect(r.changed('tty')).toBe(false);
  });

  it('asks for help on an undefined --help or -h', () => {
    expect(errorOf(() => parse(specs, ['--help']))).toBeInstanceOf(HelpRequested);
    expect(errorOf(() => parse(specs, ['-dh']))).toBeInstanceOf(HelpRequested);
  });

  it('quotes odd characters in errors like Go', () => {
    const e = errorOf(() => parse(specs, ['-dé'])) as FlagError;
    expect(e.message).toBe("unknown shorthand flag: 'Ã' in -é");
  });

  it('collects deprecation notices for deprecated flags and shorthands', () => {
    const dep = { time: f.int({ usage: '', deprecated: 'use --timeout instead' }), help: f.bool({ short: 'h', usage: '', shorthandDeprecated: 'use --help' }) };
    expect(parse(dep, ['--time', '3', '-h']).warnings).toEqual(['Flag --time has been deprecated, use --timeout instead\n', 'Flag shorthand -h has been deprecated, use --help\n']);
  });
});

describe('help block', () => {
  // Expected text printed by spf13/pflag 1.0.6 itself for the same flag set.
  it('aligns, types, shows non-zero defaults, NoOptDefVal and back-quoted names', () => {
    const defs = defineFlags({
      all: f.bool({ short: 'a', usage: 'Show all' }),
      format: f.string({ usage: 'Pretty-print using a `TEMPLATE`' }),
      tail: f.string({ short: 'n', usage: 'Lines', default: 'all' }),
      level: f.count({ usage: 'Verbosity' }),
      wait: f.duration({ usage: 'Wait', default: 90e9 }),
      ratio: f.float({ usage: 'Ratio', default: 0.5 }),
      tags: f.stringSlice({ usage: 'Tags', default: ['a', 'b'] }),
      dry: f.string({ usage: 'Dry run', noOptDefVal: 'client' }),
      secret: f.bool({ usage: 'hidden', hidden: true }),
    });
    expect(flagUsagesWrapped(new FlagSet(defs).visible(), 79)).toBe(
      [
        '  -a, --all                     Show all',
        '      --dry string[="client"]   Dry run',
        '      --format TEMPLATE         Pretty-print using a TEMPLATE',
        '      --level count             Verbosity',
        '      --ratio float             Ratio (default 0.5)',
        '      --tags strings            Tags (default [a,b])',
        '  -n, --tail string             Lines (default "all")',
        '      --wait duration           Wait (default 1m30s)',
        '',
      ].join('\n'),
    );
  });
});
