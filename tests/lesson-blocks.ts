/**
 * The runnable command blocks of a lesson, read the way the build reads them (remark with MDX and
 * frontmatter) and turned into what the Run button types (lib/content/code-blocks.ts), plus the
 * judgement of one command's result: did it fail in a way the learner would see as an error?
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { codeBlockActions } from '@/lib/content/code-blocks';
import { walk, type UnistNode } from '@/lib/content/server/mdx/ast';

export interface RunnableBlock {
  /** Line of the opening fence in the lesson file. */
  line: number;
  lang: string;
  /** What Run types into the terminal. */
  runText: string;
  /** Marked ```bash error: the lesson shows a failure on purpose. */
  expectError: boolean;
}

interface CodeNode extends UnistNode {
  lang?: string | null;
  meta?: string | null;
  value: string;
}

/** Every block with a Run button, in the order the lesson shows them (norun blocks have none). */
export function runnableBlocks(source: string): RunnableBlock[] {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).parse(source) as UnistNode;
  const blocks: RunnableBlock[] = [];
  walk(tree, (node) => {
    if (node.type !== 'code') return;
    const code = node as CodeNode;
    const { runText, expectError } = codeBlockActions(code.lang ?? 'text', code.value, code.meta);
    if (runText === null) return;
    blocks.push({ line: node.position?.start.line ?? 0, lang: code.lang ?? 'text', runText, expectError });
  });
  return blocks;
}

/**
 * Lines of stderr that are an error as the learner reads it: Docker's `Error response from daemon`,
 * `docker: …` usage errors, kubectl's `error: …`, the shell's `bash: …` (command not found, event
 * not found, no such file). Progress and warnings on stderr (`Unable to find image … locally`,
 * `WARNING: …`, build steps) are not errors.
 */
const ERROR_LINE = /^(?:Error\b|error\b|ERROR\b|(?:docker|bash|sh|kubectl|minikube): )|command not found|event not found/m;

export interface CommandOutcome {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Why a command counts as failed, or null when it succeeded. */
export function failureOf(outcome: CommandOutcome): string | null {
  if (outcome.exitCode !== 0) return `exit status ${outcome.exitCode}`;
  const line = ERROR_LINE.exec(outcome.stderr);
  if (line) return 'printed an error';
  return null;
}
