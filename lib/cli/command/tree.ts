/**
 * The command tree: declarations are defined once (`defineCommand`) and mounted at one or more
 * places (`docker container ls` = `docker ps`), each mount a node with its own name and aliases.
 */
import { defineFlags, FlagSet } from '../flags/flag-set';
import type { FlagDef, FlagSpecs } from '../flags/types';
import type { Command, CommandSpec, MountPoint } from './types';

/** Resolve a declaration. Curried so `E` is given and the flags' types are inferred: */
/** `const dockerCommand = defineCommand<DockerEnv>(); export const stop = dockerCommand({...})`. */
export function defineCommand<E>() {
  return <F extends FlagSpecs>(spec: CommandSpec<E, F>): Command<E> => ({
    use: spec.use,
    name: spec.use.split(' ')[0]!,
    short: spec.short,
    long: spec.long ?? '',
    example: spec.example ?? '',
    aliases: spec.aliases ?? [],
    args: spec.args,
    flags: defineFlags(spec.flags ?? {}),
    persistentFlags: defineFlags(spec.persistentFlags ?? {}),
    interspersed: spec.interspersed ?? true,
    hidden: spec.hidden ?? false,
    annotations: spec.annotations ?? {},
    aliasesLine: spec.aliasesLine,
    at: spec.at ?? [],
    group: spec.group ?? false,
    disableFlagParsing: spec.disableFlagParsing ?? false,
    forwardsHelp: spec.forwardsHelp ?? false,
    run: spec.run as Command<E>['run'],
    complete: spec.complete,
  });
}

export class CommandNode<E> {
  readonly children: CommandNode<E>[] = [];
  /** Lookups built on first use: the tree is built once and then only read. */
  private byWord: Map<string, CommandNode<E>> | null = null;
  private set: FlagSet | null = null;
  private own: FlagDef[] | null = null;

  constructor(
    readonly tree: CommandTree<E>,
    readonly command: Command<E>,
    readonly name: string,
    readonly aliases: readonly string[],
    readonly parent: CommandNode<E> | undefined,
    readonly annotations: Readonly<Record<string, string>>,
  ) {}

  /** `docker container ls`. */
  get path(): string {
    return this.parent ? `${this.parent.path} ${this.name}` : this.name;
  }

  /** cobra's UseLine: parent path + use (with this mount's name). */
  get useLine(): string {
    const rest = this.command.use.slice(this.command.name.length);
    return this.parent ? `${this.parent.path} ${this.name}${rest}` : this.command.use;
  }

  get root(): CommandNode<E> {
    return this.tree.root;
  }

  get hasSubCommands(): boolean {
    return this.children.length > 0 || this.command.group;
  }

  /** cobra's findNext: the first child whose name or alias is `word`. */
  child(word: string): CommandNode<E> | undefined {
    if (!this.byWord) {
      const m = new Map<string, CommandNode<E>>();
      for (const c of this.children) for (const w of [c.name, ...c.aliases]) if (!m.has(w)) m.set(w, c);
      this.byWord = m;
    }
    return this.byWord.get(word);
  }

  /** Forget the child lookup (a child was mounted). */
  childrenChanged(): void {
    this.byWord = null;
  }

  /** This command's own flags (local and persistent): the keys of its options object. */
  ownFlagDefs(): readonly FlagDef[] {
    return (this.own ??= [...this.command.flags, ...this.command.persistentFlags]);
  }

  /** Local flags plus persistent flags of this node and its ancestors (cobra's merged set). */
  flagDefs(): FlagDef[] {
    const defs: FlagDef[] = [...this.command.flags, ...this.command.persistentFlags];
    for (let p = this.parent; p; p = p.parent) defs.push(...p.command.persistentFlags);
    return defs;
  }

  /** The merged flag set (built once: declarations do not change after mounting). */
  flagSet(): FlagSet {
    return (this.set ??= new FlagSet(this.flagDefs(), this.tree.normalizeFlagName));
  }

  /** The `Aliases:` line, or '' when the command has a single name. */
  aliasesLine(): string {
    if (this.command.aliasesLine !== undefined) return this.command.aliasesLine;
    const mounts = this.tree.mountsOf(this.command);
    if (mounts.length <= 1 && this.aliases.length === 0) return '';
    const names: string[] = [];
    for (const m of mounts) {
      names.push(m.path);
      const parentPath = m.parent ? m.parent.path + ' ' : '';
      for (const a of m.aliases) names.push(parentPath + a);
    }
    return names.join(', ');
  }

  /** Visible children sorted by name (cobra sorts commands). */
  visibleChildren(): CommandNode<E>[] {
    return this.children.filter((c) => !c.command.hidden).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}

export class CommandTree<E> {
  readonly root: CommandNode<E>;
  private readonly mounts = new Map<Command<E>, CommandNode<E>[]>();

  constructor(
    rootCommand: Command<E>,
    /** kubectl normalises `_` to `-` in flag names; docker does not. */
    readonly normalizeFlagName: (name: string) => string = (n) => n,
  ) {
    this.root = new CommandNode(this, rootCommand, rootCommand.name, [], undefined, rootCommand.annotations);
    this.mounts.set(rootCommand, [this.root]);
  }

  /** The node at a space-separated path below the root (`''` is the root). */
  node(path: string): CommandNode<E> | undefined {
    let node: CommandNode<E> | undefined = this.root;
    for (const word of path.split(' ').filter(Boolean)) node = node?.children.find((c) => c.name === word);
    return node;
  }

  /** Mount a command at its declared (or the given) mount points; returns the new nodes. */
  add(command: Command<E>, at: readonly MountPoint[] = command.at): CommandNode<E>[] {
    const points = at.length > 0 ? at : [{ parent: '' }];
    const nodes = points.map((p) => {
      const parent = this.node(p.parent);
      if (!parent) throw new Error(`cannot mount ${command.name}: no parent command "${p.parent}"`);
      const name = p.name ?? command.name;
      if (parent.children.some((c) => c.name === name)) throw new Error(`duplicate command "${parent.path} ${name}"`);
      const node = new CommandNode(this, command, name, p.aliases ?? command.aliases, parent, { ...command.annotations, ...p.annotations });
      parent.children.push(node);
      parent.childrenChanged();
      return node;
    });
    this.mounts.set(command, [...(this.mounts.get(command) ?? []), ...nodes]);
    return nodes;
  }

  mountsOf(command: Command<E>): readonly CommandNode<E>[] {
    return this.mounts.get(command) ?? [];
  }
}
