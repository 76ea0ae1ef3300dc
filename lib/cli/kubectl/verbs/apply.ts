/** kubectl apply -f: create or update every object of the files, three-way merged. */
import { CliError } from '../../command';
import { applyFiles } from '../manifests-run';
import { applyFlags, applyHelp } from '../specs/apply';
import { fromHelp, kubectlCommand } from './define';

export const apply = kubectlCommand({
  ...fromHelp(applyHelp),
  flags: applyFlags,
  run(ctx, opts) {
    if (opts.filename.length === 0 && !opts.kustomize) throw new CliError('error: must specify one of -f and -k', 1);
    return applyFiles(ctx, opts.filename, { mode: 'apply', output: opts.output, dryRun: opts.dryRun, recursive: opts.recursive });
  },
});
