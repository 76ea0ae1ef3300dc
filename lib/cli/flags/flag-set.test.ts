/** The options object a command's run receives, built from one FlagState for a list of definitions. */
import { describe, expect, it } from 'vitest';
import { defineFlags, FlagSet, FlagState } from './flag-set';
import { parseFlags } from './parse';
import * as f from './values';

const local = defineFlags({
  detach: f.bool({ usage: '' }),
  name: f.string({ usage: '', default: 'none' }),
  env: f.list({ usage: '' }),
  tags: f.stringSlice({ usage: '', default: ['a'] }),
  opt: f.map({ usage: '' }),
});
const globals = defineFlags({ debug: f.bool({ usage: '' }), host: f.list({ usage: '' }) });

function optionsAfter(argv: string[]) {
  const state = new FlagState({ env: {} });
  parseFlags(argv, new FlagSet([...local, ...globals]), state);
  return { state, opts: state.options(local), globals: state.options(globals) };
}

describe('FlagState.options', () => {
  it('gives every key of its definitions: defaults for flags not given, parsed values for the rest', () => {
    expect(optionsAfter([]).opts).toEqual({ detach: false, name: 'none', env: [], tags: ['a'], opt: {} });
    expect(optionsAfter(['--detach', '--name', 'web', '--env', 'A=1', '--tags', 'x,y', '--opt', 'k=v']).opts).toEqual({
      detach: true,
      name: 'web',
      env: ['A=1'],
      tags: ['x', 'y'],
      opt: { k: 'v' },
    });
  });

  it('keeps each list of definitions to its own keys (a global flag given does not appear among the local ones)', () => {
    const { opts, globals: g } = optionsAfter(['--debug', '--host', 'tcp://h', '--name', 'x']);
    expect(Object.keys(opts).sort()).toEqual(['detach', 'env', 'name', 'opt', 'tags']);
    expect(g).toEqual({ debug: true, host: ['tcp://h'] });
  });

  it('hands out fresh default arrays and maps: a verb changing them does not change the next call', () => {
    const first = optionsAfter([]).opts as { env: string[]; tags: string[]; opt: Record<string, string> };
    first.env.push('leak');
    first.tags.push('leak');
    first.opt.leak = '1';
    expect(optionsAfter([]).opts).toEqual({ detach: false, name: 'none', env: [], tags: ['a'], opt: {} });
  });

  it('when two definitions fill one key, the later one in the list wins', () => {
    const twice = [...defineFlags({ level: f.string({ usage: '', default: 'info' }) }), ...defineFlags({ level: f.string({ name: 'log-level', usage: '', default: 'warn' }) })];
    const state = new FlagState({ env: {} });
    parseFlags(['--level', 'debug'], new FlagSet(twice), state);
    expect(state.options(twice)).toEqual({ level: 'warn' });
    parseFlags(['--log-level', 'error'], new FlagSet(twice), state);
    expect(state.options(twice)).toEqual({ level: 'error' });
  });
});

describe('a flag definition’s fresh default', () => {
  it('equals what a new value holder gives, for every flag of every docker and kubectl command', async () => {
    const { dockerTool } = await import('../docker/tool');
    const { kubectlTool } = await import('../kubectl/tool');
    let checked = 0;
    for (const tool of [dockerTool(), kubectlTool()]) {
      const nodes = [tool.tree.root];
      for (let node = nodes.pop(); node; node = nodes.pop()) {
        nodes.push(...node.children);
        for (const def of node.ownFlagDefs()) {
          if (!def.fresh) continue;
          expect({ flag: `${node.path} --${def.name}`, value: def.fresh() }).toEqual({ flag: `${node.path} --${def.name}`, value: def.create().get() });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  }, 60_000); // loads both command trees
});
