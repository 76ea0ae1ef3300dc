/** Public API of the command layer: what a verb file imports. */
export { defineCommand, CommandNode, CommandTree } from './tree';
export type { Command, CommandSpec, CompleteFn, CompletionContext, MountPoint, RunContext, RunFn, ToolContext } from './types';
export { arbitraryArgs, exactArgs, noArgs, requiresMaxArgs, requiresMinArgs, requiresRangeArgs, type ArgsRule } from './args';
export { ArgsError, CliError, StatusError, joinErrors, type ArgsViolation } from './errors';
export { cobraCountMessage } from './cobra-args';
export { runTool, terminalWidth, type Tool } from './execute';
export { completeWords } from './complete';
export { dockerDialect, type DockerDialectOptions } from './dialect-docker';
export { kubectlDialect, renderKubectlHelp } from './dialect-kubectl';
export { levenshtein, suggestionsFor, type Dialect, type GroupRunContext } from './dialect';
export { renderDockerHelp } from './help-docker';
export { f } from '../flags';
