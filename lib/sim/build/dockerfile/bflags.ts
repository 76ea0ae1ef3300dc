/**
 * Instruction flags (`COPY --from=build --chown=1000`, `RUN --mount=…`), as BuildKit's BFlags:
 * each instruction declares the flags it takes; values need `=`; booleans accept `--link`,
 * `--link=true|false`; repeatable string lists (`--mount`).
 */
import { DockerfileError } from './errors';
import { suggest } from './suggest';

type Kind = 'bool' | 'string' | 'strings';

interface Flag {
  kind: Kind;
  value: string;
  values: string[];
}

export class BFlags {
  private readonly defs = new Map<string, Flag>();
  readonly used = new Set<string>();

  constructor(private readonly args: readonly string[]) {}

  private add(name: string, kind: Kind, def: string): Flag {
    const f: Flag = { kind, value: def, values: [] };
    this.defs.set(name, f);
    return f;
  }
  bool(name: string): Flag {
    return this.add(name, 'bool', 'false');
  }
  string(name: string, def = ''): Flag {
    return this.add(name, 'string', def);
  }
  strings(name: string): Flag {
    return this.add(name, 'strings', '');
  }

  /** Names given on the instruction, in order of first use. */
  usedNames(): string[] {
    return [...this.used];
  }

  parse(): void {
    for (const a of this.args) {
      if (a === '--') return;
      if (!a.startsWith('--')) throw new DockerfileError(`arg should start with -- : ${a}`);
      const eq = a.indexOf('=');
      const flagName = eq < 0 ? a : a.slice(0, eq);
      const hasValue = eq >= 0;
      const value = hasValue ? a.slice(eq + 1) : '';
      const name = flagName.slice(2);
      const f = this.defs.get(name);
      if (!f) {
        const hint = suggest(name, [...this.defs.keys()], true);
        throw new DockerfileError(`unknown flag: ${flagName}${hint ? ` (did you mean ${hint}?)` : ''}`);
      }
      if (this.used.has(name) && f.kind !== 'strings') throw new DockerfileError(`duplicate flag specified: ${flagName}`);
      this.used.add(name);
      if (f.kind === 'bool') {
        if (hasValue && value === '') throw new DockerfileError(`missing a value on flag: ${flagName}`);
        const v = value.toLowerCase();
        if (v === 'true' || v === '') f.value = 'true';
        else if (v === 'false') f.value = 'false';
        else throw new DockerfileError(`expecting boolean value for flag ${flagName}, not: ${value}`);
      } else {
        if (!hasValue) throw new DockerfileError(`missing a value on flag: ${flagName}`);
        if (f.kind === 'string') f.value = value;
        else f.values.push(value);
      }
    }
  }
}
