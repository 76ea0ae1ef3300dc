/** `nginx` (that is, `nginx:latest`) where the task named a tag such as `nginx:1.27-alpine`. */
import { refMatches, tryParse } from '../goals/refs';
import { repoTags } from '../../sim/images/store';
import type { Detector, Feedback } from './types';
import { code, learnerHost, unmetGoals } from './recent';

const taggedNotLatest = (ref: string) => {
  const r = tryParse(ref);
  return r && r.tag && r.tag !== 'latest' ? r : null;
};

function message(used: string, want: string, goal: string): Feedback {
  return {
    id: 'latest-tag',
    goal,
    message: `You used ${code(used)}, and a name without a tag means ${code(`${used.split(':')[0]}:latest`)}. The task asks for ${code(want)}: write the tag after a colon.`,
  };
}

export const latestTag: Detector = (input) => {
  const host = learnerHost(input);
  if (!host) return null;
  for (const goal of unmetGoals(input, 'container')) {
    if (!goal.image || !taggedNotLatest(goal.image)) continue;
    const repoOnly = goal.image.slice(0, goal.image.lastIndexOf(':'));
    const used = Object.values(host.containers).find((c) => (goal.name === undefined || c.name === goal.name) && refMatches(`${repoOnly}:latest`, c.config.Image));
    if (used) return message(used.config.Image, goal.image, goal.id);
  }
  for (const goal of unmetGoals(input, 'image')) {
    if (goal.state === 'absent' || !taggedNotLatest(goal.ref)) continue;
    const repoOnly = goal.ref.slice(0, goal.ref.lastIndexOf(':'));
    const latest = Object.values(host.images).find((img) => repoTags(host, img.id).some((t) => refMatches(`${repoOnly}:latest`, t)));
    if (latest) return message(repoOnly, goal.ref, goal.id);
  }
  return null;
};
