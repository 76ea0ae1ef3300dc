/**
 * Every runnable command block of every lesson, run through the simulator as a learner pressing Run
 * would: one fresh simulated host per module (lessons build on each other), lessons in order, each
 * block's commands in order (bash blocks whole, console blocks their `$ ` commands; norun blocks
 * skipped, exercise setups not included). A command that exits non-zero or prints an error fails
 * the lesson, unless its block is marked ```bash error — and such a block must really fail.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHostSession, type HostSession } from '@/lib/host';
import { loadCourse } from '@/lib/content/server/load-course';
import { splitCommands } from '@/lib/shell/runner';
import { failureOf, runnableBlocks, type RunnableBlock } from './lesson-blocks';

const root = process.cwd();
const course = await loadCourse({ root });
const MAX_OUTPUT_LINES = 15;

function excerpt(text: string): string {
  const lines = text.replace(/\n+$/, '').split('\n');
  const shown = lines.slice(0, MAX_OUTPUT_LINES).map((l) => `    ${l}`);
  if (lines.length > MAX_OUTPUT_LINES) shown.push(`    … (${lines.length - MAX_OUTPUT_LINES} more lines)`);
  return shown.join('\n');
}

/**
 * A block that opens a shell in a container (`docker run -it alpine sh`) leaves the learner at its
 * prompt; the lesson's next block is typed on the host again, after the `exit` the prose asks for.
 */
function leaveContainerShells(session: HostSession): void {
  const host = `${session.machine.user.name}@${session.machine.hostname}:`;
  for (let depth = 0; depth < 5 && !session.prompt().startsWith(host); depth++) {
    session.run('exit');
    if (session.prompt() === '') session.interrupt();
  }
}

/** Runs one block in the module's session; returns the problems a learner would meet. */
function runBlock(session: HostSession, file: string, block: RunnableBlock): string[] {
  const problems: string[] = [];
  const lines = block.runText.split('\n');
  let failed = false;
  for (const command of splitCommands(lines, session)) {
    if (command.trim() === '') continue;
    const result = session.run(command);
    // A command that leaves the terminal attached (logs -f, run without -d) gets Ctrl+C, as a learner would.
    if (session.prompt() === '') session.interrupt();
    const failure = failureOf(result);
    if (failure === null) continue;
    failed = true;
    if (block.expectError) continue;
    const output = [result.stdout, result.stderr].filter((t) => t.trim() !== '').join('\n');
    problems.push(`${file}:${block.line} (${block.lang} block): ${failure}\n  $ ${command.replace(/\n/g, '\n  > ')}\n${excerpt(output)}`);
  }
  leaveContainerShells(session);
  if (block.expectError && !failed) {
    problems.push(`${file}:${block.line} (${block.lang} error block): marked as an expected error, but every command succeeded\n  $ ${block.runText.replace(/\n/g, '\n  $ ')}`);
  }
  return problems;
}

for (const module of course.modules) {
  describe(`module ${String(module.order).padStart(2, '0')}-${module.slug}`, () => {
    let session: HostSession | null = null;
    for (const lesson of module.lessons) {
      it(`${lesson.file}: every runnable block behaves as the lesson says`, async () => {
        session ??= createHostSession();
        const blocks = runnableBlocks(await readFile(path.join(root, lesson.file), 'utf8'));
        const problems = blocks.flatMap((block) => runBlock(session!, lesson.file, block));
        expect(problems, `\n${problems.join('\n\n')}\n`).toEqual([]);
      }, 30_000);
    }
  });
}
