/** A container, network or volume whose name is one or two letters off the one the task asks for. */
import type { Detector, Feedback } from './types';
import { code, learnerHost, unmetGoals } from './recent';

/** Edit distance counting a swap of two neighbouring letters as one edit (`wbe` → `web`). */
export function typoDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

function closest(want: string, names: readonly string[]): string | undefined {
  if (names.includes(want)) return undefined;
  const limit = want.length <= 3 ? 1 : 2;
  return names.map((n) => ({ n, d: typoDistance(n, want) })).filter((x) => x.d > 0 && x.d <= limit).sort((a, b) => a.d - b.d)[0]?.n;
}

function typo(kind: 'container' | 'network' | 'volume', have: string, want: string, goal: string): Feedback {
  const fix =
    kind === 'container'
      ? `Rename it with \`docker rename ${have} ${want}\`.`
      : `A ${kind} cannot be renamed: create ${code(want)} (and remove ${code(have)} with \`docker ${kind} rm ${have}\`).`;
  return { id: 'name-typo', goal, message: `There is a ${kind} named ${code(have)}, but the task asks for ${code(want)}. ${fix}` };
}

export const nameTypo: Detector = (input) => {
  const host = learnerHost(input);
  if (!host) return null;
  const containers = Object.values(host.containers).map((c) => c.name);
  for (const g of [...unmetGoals(input, 'container'), ...unmetGoals(input, 'container-file')]) {
    const want = g.type === 'container' ? g.name : g.container;
    if (!want || (g.type === 'container' && g.state === 'absent')) continue;
    const have = closest(want, containers);
    if (have) return typo('container', have, want, g.id);
  }
  for (const g of unmetGoals(input, 'network')) {
    const have = g.state === 'present' ? closest(g.name, Object.values(host.networks).map((n) => n.name)) : undefined;
    if (have) return typo('network', have, g.name, g.id);
  }
  for (const g of unmetGoals(input, 'volume')) {
    const have = g.state === 'present' ? closest(g.name, Object.keys(host.volumes)) : undefined;
    if (have) return typo('volume', have, g.name, g.id);
  }
  return null;
};
