/**
 * `docker run IMAGE CMD` where `docker exec CONTAINER CMD` was meant: the task is about a container
 * that is already running, and the learner started a new one from its image to run the command.
 */
import { refMatches } from '../goals/refs';
import type { Detector } from './types';
import { code, learnerHost, recentDocker } from './recent';

/** Names of containers the goals are about. */
function targetNames(input: Parameters<Detector>[0]): string[] {
  const names: string[] = [];
  for (const g of input.goals) {
    if (g.type === 'container-file') names.push(g.container);
    if (g.type === 'container' && g.name && g.state === 'running') names.push(g.name);
    if (g.type === 'command' && / exec /.test(` ${g.shape} `)) names.push(...g.shape.split(/\s+/));
  }
  return names;
}

/** A word as you would type it again in bash. */
const shellWord = (w: string) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);

export const runInsteadOfExec: Detector = (input) => {
  const last = recentDocker(input, 1)[0];
  if (!last || last.path !== 'container run' || last.args.length < 2) return null;
  const host = learnerHost(input);
  if (!host) return null;
  const names = new Set(targetNames(input));
  const target = Object.values(host.containers).find((c) => names.has(c.name) && c.state.Status === 'running' && refMatches(last.args[0]!, c.config.Image));
  if (!target) return null;
  const command = last.args.slice(1).map(shellWord).join(' ');
  return {
    id: 'run-instead-of-exec',
    message: `\`docker run\` started a brand-new container from ${code(target.config.Image)} just to run ${code(command)}, and it is gone again. To run a command inside the container that is already running, use \`docker exec ${target.name} ${command}\`.`,
  };
};
