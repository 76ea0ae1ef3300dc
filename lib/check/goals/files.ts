/** `file` goals (the learner's workspace on the host) and `container-file` goals (inside a container). */
import { containerFs, hostOf, type Engine } from '../../sim/index';
import type { FileSystem } from '../../sim/fs/types';
import type { GoalOf } from '../spec/types';
import { answerMatches, expectedAnswer } from './command-answer';
import { DEFAULT_HOME, hostPath, type Verdict } from './context';

const code = (s: string) => `\`${s}\``;

function fileVerdict(fs: FileSystem, path: string, shown: string, state: 'present' | 'absent', contains?: string): Verdict {
  const stat = fs.stat(path);
  if (state === 'absent') return stat ? `${code(shown)} still exists` : null;
  if (!stat) return `there is no ${code(shown)}`;
  if (stat.type !== 'file') return `${code(shown)} is not a file`;
  if (contains === undefined) return null;
  let text: string;
  try {
    text = fs.readFile(path);
  } catch {
    return `${code(shown)} cannot be read`;
  }
  return text.includes(contains) ? null : `${code(shown)} does not contain ${code(contains)}`;
}

export function checkFile(fs: FileSystem | undefined, g: GoalOf<'file'>, home = DEFAULT_HOME, eng?: Engine): Verdict {
  if (!fs) return 'the workspace is not available';
  const path = hostPath(g.path, home);
  const basic = fileVerdict(fs, path, g.path, g.state, g.contains);
  if (basic !== null || !g.holds || g.state === 'absent') return basic;
  const expected = eng ? expectedAnswer(hostOf(eng), g.holds) : null;
  if (!expected) return 'the simulator has nothing to compare the file with';
  return answerMatches(fs.readFile(path), expected) ? null : `${code(g.path)} does not hold the right value`;
}

export function checkContainerFile(eng: Engine | undefined, g: GoalOf<'container-file'>): Verdict {
  if (!eng) return 'the container is not available';
  const c = Object.values(hostOf(eng).containers).find((x) => x.name === g.container);
  if (!c) return `there is no container named ${code(g.container)}`;
  return fileVerdict(containerFs(eng, c), g.path, g.path, g.state, g.contains);
}
