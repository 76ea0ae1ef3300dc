/**
 * BuildKit's build checks (frontend/dockerfile/linter, as in BuildKit 0.22 inside Docker 28): the
 * non-experimental rules, their docs URL and wording, and the `# check=skip=…;error=true` directive.
 */
import { DockerfileError } from './errors';
import type { LintWarning } from './instructions';

const URL_BASE = 'https://docs.docker.com/go/dockerfile/rule/';

/** Rule name → message formatter (BuildKit's linter/ruleset.go wording). */
export const RULES = {
  StageNameCasing: (stage: string) => `Stage name '${stage}' should be lowercase`,
  FromAsCasing: (from: string, as: string) => `'${as}' and '${from}' keywords' casing do not match`,
  NoEmptyContinuation: () => 'Empty continuation line',
  ConsistentInstructionCasing: (cmd: string, casing: string) => `Command '${cmd}' should match the case of the command majority (${casing})`,
  DuplicateStageName: (stage: string) => `Duplicate stage name ${JSON.stringify(stage)}, stage names should be unique`,
  ReservedStageName: (stage: string) => `Stage name should not use the same name as reserved stage ${JSON.stringify(stage)}`,
  JSONArgsRecommended: (instr: string) => `JSON arguments recommended for ${instr} to prevent unintended behavior related to OS signals`,
  MaintainerDeprecated: () => 'Maintainer instruction is deprecated in favor of using label',
  UndefinedArgInFrom: (arg: string, hint: string) => `FROM argument '${arg}' is not declared${hint ? ` (did you mean ${hint}?)` : ''}`,
  WorkdirRelativePath: (wd: string) => `Relative workdir ${JSON.stringify(wd)} can have unexpected results if the base image changes`,
  UndefinedVar: (name: string, hint: string) => `Usage of undefined variable '$${name}'${hint ? ` (did you mean $${hint}?)` : ''}`,
  MultipleInstructionsDisallowed: (instr: string) => `Multiple ${instr} instructions should not be used in the same stage because only the last one will be used`,
  LegacyKeyValueFormat: (cmd: string) => `"${cmd} key=value" should be used instead of legacy "${cmd} key value" format`,
  SecretsUsedInArgOrEnv: (instr: string, key: string) => `Do not use ARG or ENV instructions for sensitive data (${instr} ${JSON.stringify(key)})`,
  InvalidDefaultArgInFrom: (base: string) => `Default value for ARG ${base} results in empty or invalid base image name`,
  FromPlatformFlagConstDisallowed: (p: string) => `FROM --platform flag should not use constant value ${JSON.stringify(p)}`,
  RedundantTargetPlatform: (v: string) => `Setting platform to predefined ${v} in FROM is redundant as this is the default behavior`,
} as const;

export type RuleName = keyof typeof RULES;

const kebab = (rule: string) => rule.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();

export interface CheckConfig {
  skipAll: boolean;
  skip: Set<string>;
  error: boolean;
}

/** Parse a `# check=skip=JSONArgsRecommended,StageNameCasing;error=true` value. */
export function parseCheck(value: string | undefined): CheckConfig {
  const cfg: CheckConfig = { skipAll: false, skip: new Set(), error: false };
  const text = (value ?? '').trim();
  if (text === '') return cfg;
  for (const part of text.split(';').slice(0, 3)) {
    const eq = part.indexOf('=');
    if (eq < 0) throw new DockerfileError(`invalid check option ${JSON.stringify(part)}`);
    const k = part.slice(0, eq).trim();
    const v = part.slice(eq + 1).trim();
    if (k === 'skip') {
      if (v === 'all') cfg.skipAll = true;
      else for (const r of v.split(',')) cfg.skip.add(r.trim());
    } else if (k === 'error') {
      if (!/^(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/.test(v)) throw new DockerfileError(`failed to parse check option ${JSON.stringify(part)}: strconv.ParseBool: parsing ${JSON.stringify(v)}: invalid syntax`);
      cfg.error = /^(1|t|T|TRUE|true|True)$/.test(v);
    } else if (k !== 'experimental') {
      throw new DockerfileError(`invalid check option ${JSON.stringify(k)}`);
    }
  }
  return cfg;
}

export class Linter {
  readonly warnings: LintWarning[] = [];
  constructor(private readonly cfg: CheckConfig = parseCheck('')) {}

  run<R extends RuleName>(rule: R, line: number, ...args: Parameters<(typeof RULES)[R]>): void {
    if (this.cfg.skipAll || this.cfg.skip.has(rule)) return;
    const fmt = RULES[rule] as (...a: string[]) => string;
    this.warnings.push({ rule, message: fmt(...(args as string[])), line, url: URL_BASE + kebab(rule) + '/' });
  }

  /** `# check=error=true`: any warning fails the build. */
  error(): DockerfileError | null {
    if (!this.cfg.error || this.warnings.length === 0) return null;
    const rules = [...new Set(this.warnings.map((w) => w.rule))];
    return new DockerfileError(`lint violation found for rules: ${rules.join(', ')}`);
  }
}

/** The summary line BuildKit prints per warning: `Rule: message (line N)`. */
export function warningShort(w: LintWarning): string {
  return `${w.rule}: ${w.message}${w.line > 0 ? ` (line ${w.line})` : ''}`;
}
