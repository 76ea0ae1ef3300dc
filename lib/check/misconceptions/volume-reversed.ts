/** `-v /data:appdata` where `-v appdata:/data` was meant: the source comes first, then the path inside. */
import { hostPath } from '../goals/context';
import type { Detector } from './types';
import { code, learnerHost, listFlag, recentDocker, unmetGoals } from './recent';

export const volumeReversed: Detector = (input) => {
  const host = learnerHost(input);
  const containers = host ? Object.values(host.containers) : [];
  for (const goal of unmetGoals(input, 'container')) {
    for (const m of goal.mounts ?? []) {
      if (!m.source) continue;
      const sources = new Set([m.source, hostPath(m.source)]);
      const typed = recentDocker(input).some((c) => listFlag(c, 'volume').some((v) => {
        const [a = '', b = ''] = v.split(':');
        return a === m.target && sources.has(b);
      }));
      const inWorld = containers.some((c) => (goal.name === undefined || c.name === goal.name) && c.mounts.some((x) => x.Destination === m.source && (x.Name === m.target || x.Source === m.target)));
      if (!typed && !inWorld) continue;
      return {
        id: 'volume-reversed',
        goal: goal.id,
        message: `\`-v\` takes SOURCE:TARGET: first the volume name or host path, then the path inside the container. You wrote them the other way round; use \`-v ${m.source}:${m.target}\` (the files live in ${code(m.source)} and the container sees them at ${code(m.target)}).`,
      };
    }
  }
  return null;
};
