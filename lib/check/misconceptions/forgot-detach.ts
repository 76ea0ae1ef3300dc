/**
 * `docker run` without `-d` for a container that should keep running: the terminal is attached to
 * its output (and Ctrl+C stops it). Seen while still attached, or after Ctrl+C left it exited.
 */
import { candidates } from '../goals/container';
import type { Detector } from './types';
import { code, isRun, learnerHost, recentDocker } from './recent';

export const forgotDetach: Detector = (input) => {
  const last = recentDocker(input, 1)[0];
  if (!last || last.path !== 'container run' || 'detach' in last.flags) return null;
  const wantsRunning = input.goals.filter((g) => g.type === 'container' && g.state === 'running');
  if (wantsRunning.length === 0) return null;
  const name = last.flags['name'] ? (JSON.parse(last.flags['name']) as string) : undefined;
  if (input.attached) {
    return {
      id: 'forgot-detach',
      message:
        'The terminal is attached to the container: you see its output, but no prompt. Press Ctrl+C to get your prompt back (here that also stops the container), then run it again with `-d` (`--detach`) so it keeps running in the background.',
    };
  }
  const host = learnerHost(input);
  const stopped = host && wantsRunning.some((g) => g.type === 'container' && candidates(host, g).some((c) => (name === undefined || c.name === name) && c.state.Status === 'exited'));
  if (!stopped || !isRun(last)) return null;
  return {
    id: 'forgot-detach',
    message: `${name ? code(name) : 'The container'} stopped when you pressed Ctrl+C, because \`docker run\` without \`-d\` keeps the terminal attached to it. Remove it (\`docker rm ${name ?? '<name>'}\`) and run it again with \`-d\`.`,
  };
};
