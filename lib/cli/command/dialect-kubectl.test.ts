/**
 * The same parser with kubectl's wording; expected texts recorded from the real kubectl client
 * (v1.32) through the fidelity oracle.
 */
import { describe, expect, it } from 'vitest';
import { f } from '../flags';
import { kubectlDialect } from './dialect-kubectl';
import { runTool, type Tool } from './execute';
import { exactArgs } from './args';
import { fakeIo } from './testing/fake-io';
import { shellWords } from './testing/shell-words';
import { CommandTree, defineCommand } from './tree';

const kubectlCommand = defineCommand<null>();
const echo = defineCommand<null>();

function kubectl(): Tool<null> {
  const root = kubectlCommand({
    use: 'kubectl',
    short: 'kubectl controls the Kubernetes cluster manager',
    persistentFlags: { namespace: f.string({ short: 'n', usage: 'If present, the namespace scope for this CLI request' }) },
  });
  const tree = new CommandTree(root, (name) => name.replaceAll('_', '-'));
  const run = (name: string, flags = {}, args = undefined as ReturnType<typeof exactArgs> | undefined) =>
    echo({ use: name, short: name, flags, args, run: (ctx, opts, a) => void ctx.out(JSON.stringify({ path: ctx.node.path, opts, args: a })) });
  tree.add(run('set'));
  tree.add(
    run('get', {
      allNamespaces: f.bool({ short: 'A', usage: 'List across all namespaces' }),
      output: f.string({ short: 'o', usage: 'Output format' }),
      selector: f.string({ short: 'l', usage: 'Selector (label query) to filter on' }),
    }),
  );
  tree.add(run('scale', { replicas: f.int({ usage: 'The new desired number of replicas. Required.' }) }));
  tree.add(run('top'));
  tree.add(kubectlCommand({ use: 'config', short: 'Modify kubeconfig files', group: true }));
  tree.add(run('view', {}, exactArgs(0)), [{ parent: 'config' }]);
  return { tree, dialect: kubectlDialect<null>() };
}

const tool = kubectl();
function run(line: string) {
  const io = fakeIo(shellWords(line));
  const exitCode = runTool(tool, shellWords(line).slice(1), io, null);
  return { exitCode, ...io.captured };
}

describe('kubectl wording', () => {
  it.each([
    ['kubectl get --bogus', "Error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n"],
    ['kubectl get pods -z', "Error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage.\n"],
    ['kubectl get pods -n', "Error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage.\n"],
    ['kubectl get pods -o', "Error: flag needs an argument: 'o' in -o\nSee 'kubectl get --help' for usage.\n"],
    [
      'kubectl scale deployment x --replicas=abc',
      'Error: invalid argument "abc" for "--replicas" flag: strconv.ParseInt: parsing "abc": invalid syntax\nSee \'kubectl scale --help\' for usage.\n',
    ],
    [
      'kubectl get pods --all_namespaces=maybe',
      'Error: invalid argument "maybe" for "-A, --all-namespaces" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
    ],
    ['kubectl foo', 'Error: unknown command "foo" for "kubectl"\n\nDid you mean this?\n\ttop\n\n'],
    ['kubectl getx', 'Error: unknown command "getx" for "kubectl"\n\nDid you mean this?\n\tset\n\tget\n\n'],
    ['kubectl config foo', "error: unknown command \"foo\"\nSee 'kubectl config -h' for help and examples\n"],
    ['kubectl -n', "Error: flag needs an argument: 'n' in -n\nSee 'kubectl --help' for usage.\n"],
  ])('%s', (line, stderr) => {
    expect(run(line)).toEqual({ exitCode: 1, stdout: '', stderr });
  });

  it('finds the command when flags come first, and inherits persistent flags', () => {
    const got = JSON.parse(run('kubectl -n prod get pods -l app=site -o wide').stdout);
    expect(got).toEqual({ path: 'kubectl get', opts: { allNamespaces: false, output: 'wide', selector: 'app=site' }, args: ['pods'] });
  });

  it("uses cobra's argument-count wording", () => {
    expect(run('kubectl config view extra').stderr).toBe('Error: accepts 0 arg(s), received 1\n');
  });

  it('renders kubectl-style help', () => {
    const help = run('kubectl scale --help').stdout;
    expect(help).toBe(
      'scale\n\nOptions:\n    --replicas=0:\n\tThe new desired number of replicas. Required.\n\nUsage:\n  kubectl scale [flags] [options]\n\n' +
        'Use "kubectl options" for a list of global command-line options (applies to all commands).\n',
    );
  });
});
