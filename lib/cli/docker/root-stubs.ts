/**
 * Turning the docker catalog into tree nodes: management groups, and stubs for commands no
 * verb implements yet (they show real help and completion, and say plainly when run).
 */
import { CliError } from '../command/errors';
import { defineCommand, type CommandTree } from '../command/tree';
import type { Command, MountPoint } from '../command/types';
import { DOCKER_CATALOG, type CatalogEntry } from './root-catalog';

/** The text a not-yet-simulated command prints (exit 1). */
export const notAvailableMessage = (path: string) => `docker: '${path}' is not available in the Dockerlings simulator`;

function split(path: string): { parent: string; name: string } {
  const words = path.split(' ');
  return { parent: words.slice(0, -1).join(' '), name: words[words.length - 1]! };
}

/** Mount-local aliases from a real `Aliases:` line (`docker container list` → `list` under container). */
export function aliasesAtMount(path: string, aliasesLine: string): string[] {
  const { parent, name } = split(path);
  const prefix = parent === '' ? 'docker ' : `docker ${parent} `;
  const out: string[] = [];
  for (const full of aliasesLine.split(', ')) {
    if (!full.startsWith(prefix)) continue;
    const rest = full.slice(prefix.length);
    if (rest !== name && !rest.includes(' ')) out.push(rest);
  }
  return out;
}

function annotationsFor(kind: string): Record<string, string> {
  if (kind.startsWith('top:')) return { 'category-top': kind.slice(4) };
  if (kind.startsWith('swarm:')) return { swarm: kind.slice(6) };
  if (kind === 'swarm-group') return { swarm: 'manager' };
  if (kind === 'plugin') return { plugin: 'true' };
  return {};
}

/** The annotations docker gives the command at `path` (Common Commands order, swarm status). */
export function catalogAnnotations(path: string): Record<string, string> {
  const entry = DOCKER_CATALOG.find((e) => e[0] === path);
  return entry ? annotationsFor(entry[4]) : {};
}

const isGroupKind = (kind: string) => kind === 'group' || kind === 'swarm-group' || kind === 'plugin';

function groupCommand<E>(entry: CatalogEntry): Command<E> {
  const [path, use, short, , kind] = entry;
  if (kind === 'plugin') return stubCommand(entry); // a whole plugin (compose) not simulated yet
  const annotations = annotationsFor(kind);
  if (path === 'swarm') annotations.swarm = ''; // `docker swarm` itself is always listed
  return defineCommand<E>()({ use, short, group: true, annotations });
}

function stubCommand<E>(entry: CatalogEntry): Command<E> {
  const [path, use, short, aliasesLine, kind] = entry;
  return defineCommand<E>()({
    use,
    short,
    aliasesLine,
    annotations: annotationsFor(kind),
    group: kind === 'plugin',
    disableFlagParsing: true,
    run: () => {
      throw new CliError(notAvailableMessage(`docker ${path}`), 1);
    },
  });
}

/**
 * Mount the catalog's top-level groups that no verb provides (before the verbs are mounted).
 * `plugins` lists the CLI plugins installed (`buildx`, `compose`); others are left out.
 */
export function mountCatalogGroups<E>(tree: CommandTree<E>, provided: ReadonlySet<string>, plugins: readonly string[]): void {
  for (const entry of DOCKER_CATALOG) {
    const [path, , , , kind] = entry;
    if (!isGroupKind(kind) || provided.has(path)) continue;
    if (kind === 'plugin' && !plugins.includes(path)) continue;
    tree.add(groupCommand<E>(entry), [{ parent: '' }]);
  }
}

/** Mount stubs for every catalog command still missing (after the verbs are mounted). */
export function mountCatalogStubs<E>(tree: CommandTree<E>): void {
  for (const entry of DOCKER_CATALOG) {
    const [path, , , aliasesLine, kind] = entry;
    if (isGroupKind(kind) || tree.node(path)) continue;
    const { parent, name } = split(path);
    if (!tree.node(parent)) continue;
    const at: MountPoint = { parent, name, aliases: aliasesAtMount(path, aliasesLine) };
    tree.add(stubCommand<E>(entry), [at]);
  }
}

/** Differences between mounted verbs and the real client's use line and description. */
export function catalogMismatches<E>(tree: CommandTree<E>): string[] {
  const problems: string[] = [];
  for (const [path, use, short] of DOCKER_CATALOG) {
    const node = tree.node(path);
    if (!node) continue;
    const ownUse = node.useLine.slice(node.parent!.path.length + 1);
    if (ownUse !== use) problems.push(`${path}: use "${ownUse}" but docker has "${use}"`);
    if (node.command.short !== short) problems.push(`${path}: short "${node.command.short}" but docker has "${short}"`);
  }
  return problems;
}
