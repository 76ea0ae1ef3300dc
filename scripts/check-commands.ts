/**
 * npm run check:commands — every docker / kubectl / docker-compose command line in the course, asked
 * of the real clients through the shared syntax oracle. Prints each invalid line with its file and
 * line and exits 1 if there is any; lines marked as meant to be invalid (docs/content-format.md,
 * "Command lines") must really be invalid. Skips (exit 0, with the reason) when no oracle or docker
 * client is available.
 *
 *   npm run check:commands [-- --json] [-- content/07-under-the-hood]   (path filters are substrings)
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { lessonCommands, quizCommands, type CommandLine } from './check-commands/extract';
import { findJudge, judgeLines, type Verdict } from './check-commands/judge';

const root = process.cwd();
const args = process.argv.slice(2);
const json = args.includes('--json');
const filters = args.filter((a) => !a.startsWith('--'));

function courseCommands(): CommandLine[] {
  const content = path.join(root, 'content');
  const all: CommandLine[] = [];
  for (const dir of readdirSync(content).filter((d) => /^\d\d-/.test(d)).sort()) {
    for (const f of readdirSync(path.join(content, dir)).filter((f) => f.endsWith('.mdx')).sort()) {
      all.push(...lessonCommands(`content/${dir}/${f}`, readFileSync(path.join(content, dir, f), 'utf8')));
    }
  }
  const quizzes = path.join(content, 'quizzes');
  for (const f of readdirSync(quizzes).filter((f) => f.endsWith('.yaml')).sort()) {
    all.push(...quizCommands(`content/quizzes/${f}`, readFileSync(path.join(quizzes, f), 'utf8')));
  }
  return all.filter((c) => filters.length === 0 || filters.some((f) => c.file.includes(f)));
}

type Problem = CommandLine & { why: string };

async function main(): Promise<number> {
  const judge = findJudge(root);
  if ('missing' in judge) {
    console.log(`check:commands skipped: ${judge.missing}.`);
    return 0;
  }
  const commands = courseCommands();
  const unreadable = commands.filter((c) => c.error);
  const lines = commands.filter((c) => !c.error);
  const verdicts = await judgeLines(judge, lines.map((c) => c.text));
  const problems: Problem[] = unreadable.map((c) => ({ ...c, why: c.error! }));
  const skipped = new Map<string, number>();
  let valid = 0;
  let expectedInvalid = 0;
  let failingOnPurpose = 0;
  for (const c of lines) {
    const v: Verdict = verdicts.get(c.text)!;
    if (v.verdict === 'skipped') skipped.set(v.reason, (skipped.get(v.reason) ?? 0) + 1);
    else if (v.verdict === 'valid' && c.expectInvalid) problems.push({ ...c, why: 'marked "check-commands: invalid" but the client accepts it' });
    else if (v.verdict === 'valid') valid++;
    else if (c.expectInvalid) expectedInvalid++;
    else if (c.mayFail) failingOnPurpose++;
    else problems.push({ ...c, why: v.client });
  }
  if (json) {
    console.log(JSON.stringify({ lines: lines.length, distinct: verdicts.size, valid, expectedInvalid, failingOnPurpose, skipped: Object.fromEntries(skipped), problems }, null, 2));
    return problems.length > 0 ? 1 : 0;
  }
  for (const p of problems) console.log(`${p.file}:${p.line}: [${p.source}] ${p.text}\n    ${p.why}`);
  console.log(
    `\ncheck:commands: ${lines.length} command lines (${verdicts.size} distinct): ${valid} valid, ${expectedInvalid} invalid as marked, ` +
      `${failingOnPurpose} rejected in \`error\` blocks, ` +
      `${problems.length} problem${problems.length === 1 ? '' : 's'}, ${[...skipped.values()].reduce((a, b) => a + b, 0)} not judged here`,
  );
  for (const [reason, n] of skipped) console.log(`  not judged (${n}): ${reason}`);
  return problems.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
