/**
 * Full-screen programs the simulated terminal cannot run (editors, man) say so and suggest what
 * works instead. Pagers (less, more) print the text, as `more` does when it fits on one screen.
 */
import type { Cmd } from '../context';
import { readInputs } from './common';

export const editor: Cmd = ctx => {
  const name = ctx.argv[0] as string;
  const file = ctx.argv.slice(1).find(a => !a.startsWith('-')) ?? 'file.txt';
  ctx.stderr(
    `${name}: full-screen editors are not available in this simulated terminal.\n` +
      `Write the file with a heredoc instead, for example:\n\n  cat > ${file} <<'EOF'\n  your text here\n  EOF\n\nthen check it with: cat ${file}\n`,
  );
  return 1;
};

export const man: Cmd = ctx => {
  const topic = ctx.argv[1];
  if (topic === undefined) {
    ctx.stderr('What manual page do you want?\nFor example, try \'man man\'.\n');
    return 1;
  }
  ctx.stderr(`man: manual pages are not installed in this simulated terminal. Try 'help ${topic}' for shell builtins, or the lesson text.\n`);
  return 16;
};

export const pager: Cmd = ctx => {
  const { texts, failed } = readInputs(ctx, ctx.argv.slice(1).filter(a => !a.startsWith('-') && !a.startsWith('+')));
  ctx.stdout(texts.map(t => t.text).join(''));
  return failed ? 1 : 0;
};
