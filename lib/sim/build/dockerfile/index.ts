/**
 * Parsing a Dockerfile into stages (BuildKit's parser.Parse + instructions.Parse + the stage
 * checks): `parseDockerfile(text)` returns stages, global ARGs, warnings, or throws a
 * DockerfileError with BuildKit's message and the lines to show.
 */
import { parseAst } from './ast';
import { DockerfileError } from './errors';
import type { Instruction, ParsedDockerfile, Stage } from './instructions';
import { Linter, parseCheck } from './lint';
import { isStage, parseInstruction } from './parse-instruction';

export { DockerfileError, type LineRange } from './errors';
export type { Instruction, ParsedDockerfile, Stage, LintWarning, ArgDef, KeyValue } from './instructions';
export { Linter, warningShort } from './lint';

const RESERVED = new Set(['context', 'scratch']);
const selfConsistent = (s: string) => s === s.toLowerCase() || s === s.toUpperCase();

function lintStages(stages: Stage[], lint: Linter): void {
  const names = new Set<string>();
  for (const s of stages) {
    if (s.name === '') continue;
    if (RESERVED.has(s.name)) lint.run('ReservedStageName', s.location[0]!.start, s.name);
    if (names.has(s.name)) lint.run('DuplicateStageName', s.location[0]!.start, s.name);
    names.add(s.name);
  }
  let lower = 0;
  let upper = 0;
  const count = (w: string) => {
    if (!selfConsistent(w)) return;
    if (w === w.toLowerCase()) lower++;
    else upper++;
  };
  for (const s of stages) {
    count(s.fromWord);
    for (const c of s.commands) count(c.name);
  }
  const majorityLower = lower > upper;
  const check = (w: string, line: number) => {
    if (majorityLower && w.toLowerCase() !== w) lint.run('ConsistentInstructionCasing', line, w, 'lowercase');
    else if (!majorityLower && w.toUpperCase() !== w) lint.run('ConsistentInstructionCasing', line, w, 'uppercase');
  };
  for (const s of stages) {
    check(s.fromWord, s.location[0]!.start);
    for (const c of s.commands) check(c.name, c.location[0]!.start);
  }
}

/** Lints that BuildKit runs while turning each node into an instruction. */
function lintInstruction(v: Instruction | Stage, args: string[], lint: Linter): void {
  if (isStage(v)) {
    const line = v.location[0]!.start;
    if (args.length === 3 && args[2] !== args[2]!.toLowerCase()) lint.run('StageNameCasing', line, args[2]!);
    if (args.length >= 3) {
      const from = v.fromWord;
      const lowerFrom = from === from.toLowerCase();
      const upperFrom = from === from.toUpperCase();
      if ((lowerFrom && args[1] !== args[1]!.toLowerCase()) || (!lowerFrom && upperFrom && args[1] !== args[1]!.toUpperCase())) lint.run('FromAsCasing', line, from, args[1]!);
    }
  } else if (v.kind === 'maintainer') lint.run('MaintainerDeprecated', v.location[0]!.start);
}

export function parseDockerfile(text: string): ParsedDockerfile {
  if (text.length === 0) throw new DockerfileError('the Dockerfile cannot be empty');
  const ast = parseAst(text);
  const check = ast.directives.find((d) => d.name === 'check')?.value;
  const syntax = ast.directives.find((d) => d.name === 'syntax')?.value;
  const lint = new Linter(parseCheck(check));
  for (const w of ast.warnings) lint.run('NoEmptyContinuation', w.line);
  const stages: Stage[] = [];
  const metaArgs: ParsedDockerfile['metaArgs'] = [];
  for (const node of ast.nodes) {
    let v: Instruction | Stage;
    try {
      v = parseInstruction(node);
    } catch (e) {
      if (e instanceof DockerfileError) throw e.wrap(`dockerfile parse error on line ${node.startLine}: `);
      throw e;
    }
    lintInstruction(v, node.args, lint);
    if (isStage(v)) {
      stages.push(v);
      continue;
    }
    if (stages.length === 0) {
      if (v.kind === 'arg') {
        metaArgs.push(v);
        continue;
      }
      throw new DockerfileError('no build stage in current context', v.location);
    }
    stages[stages.length - 1]!.commands.push(v);
  }
  if (stages.length === 0) throw new DockerfileError('dockerfile contains no stages to build');
  lintStages(stages, lint);
  return { stages, metaArgs, escape: ast.escape, warnings: lint.warnings, ...(syntax ? { syntax } : {}), ...(check ? { check } : {}) };
}
