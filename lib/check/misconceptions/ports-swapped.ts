/** `-p 80:8080` where `-p 8080:80` was meant: the host port comes first, then the container's. */
import { candidates } from '../goals/container';
import { parsePortSpec } from '../goals/ports';
import type { Detector } from './types';
import { code, learnerHost, listFlag, recentDocker, unmetGoals } from './recent';

function explain(spec: { hostPort: string; containerPort: string }, goal: string) {
  return {
    id: 'ports-swapped' as const,
    goal,
    message: `\`-p\` takes HOST:CONTAINER. You published host port ${code(spec.containerPort)} to the container's port ${code(spec.hostPort)}, but the task wants your host's port ${code(spec.hostPort)} to reach the container's port ${code(spec.containerPort)}: use \`-p ${spec.hostPort}:${spec.containerPort}\`.`,
  };
}

export const portsSwapped: Detector = (input) => {
  const host = learnerHost(input);
  for (const goal of unmetGoals(input, 'container')) {
    for (const raw of goal.ports ?? []) {
      const want = parsePortSpec(raw);
      if (!want?.hostPort || want.hostPort === want.containerPort) continue;
      const spec = { hostPort: want.hostPort, containerPort: want.containerPort };
      const reversedKey = `${want.hostPort}/${want.proto}`;
      const inWorld = host && candidates(host, { name: goal.name, image: goal.image }).some((c) => (c.hostConfig.PortBindings[reversedKey] ?? []).some((b) => b.HostPort === want.containerPort));
      if (inWorld) return explain(spec, goal.id);
      const typed = recentDocker(input).some((c) => listFlag(c, 'publish').some((p) => p.replace(/\/tcp$/, '').endsWith(`${want.containerPort}:${want.hostPort}`)));
      if (typed) return explain(spec, goal.id);
    }
  }
  return null;
};
