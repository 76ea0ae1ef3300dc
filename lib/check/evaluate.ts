/**
 * `evaluateGoals(world, goals, ctx)`: every goal of an exercise checked against the simulator's
 * state, in order, each met or not with the reason. Pure: reads the World (and, for files, the
 * filesystems in ctx), never the terminal's text.
 */
import type { HostState, World } from '../sim/index';
import { checkAnswer, checkCommand } from './goals/command-answer';
import { checkContainer } from './goals/container';
import { DEFAULT_HOME, type CheckContext, type GoalResult, type Verdict } from './goals/context';
import { checkContainerFile, checkFile } from './goals/files';
import { checkImage } from './goals/image';
import { checkNetwork, checkVolume } from './goals/network-volume';
import { checkCompose, checkDeployment, checkKubeService, checkService, checkStack, checkSwarm } from './goals/orchestration';
import type { Goal, GoalOf, GoalType } from './spec/types';

type Checker<T extends GoalType> = (goal: GoalOf<T>, host: HostState, world: World, ctx: CheckContext) => Verdict;

const CHECKERS: { [T in GoalType]: Checker<T> } = {
  container: (g, host, world, ctx) => checkContainer(host, g, ctx.home ?? DEFAULT_HOME, world.clock),
  image: (g, host, _w, ctx) => checkImage(host, g, ctx.engine),
  network: (g, host) => checkNetwork(host, g),
  volume: (g, host) => checkVolume(host, g),
  file: (g, _h, _w, ctx) => checkFile(ctx.fs, g, ctx.home ?? DEFAULT_HOME, ctx.engine),
  'container-file': (g, _h, _w, ctx) => checkContainerFile(ctx.engine, g),
  swarm: (g, _h, world) => checkSwarm(world, g),
  service: (g, _h, world) => checkService(world, g),
  stack: (g, _h, world) => checkStack(world, g),
  compose: (g, _h, world) => checkCompose(world, g),
  deployment: (g, _h, world) => checkDeployment(world, g),
  'kube-service': (g, _h, world) => checkKubeService(world, g),
  command: (g, _h, _w, ctx) => checkCommand(ctx.commands, g),
  answer: (g, host, _w, ctx) => checkAnswer(host, ctx.answers, g),
};

export function evaluateGoal(world: World, goal: Goal, ctx: CheckContext = {}): GoalResult {
  const host = world.hosts[0];
  if (!host) return { id: goal.id, met: false, detail: 'the simulator has no host' };
  let verdict: Verdict;
  try {
    verdict = (CHECKERS[goal.type] as Checker<GoalType>)(goal as GoalOf<GoalType>, host, world, ctx);
  } catch (error) {
    verdict = error instanceof Error ? error.message : String(error);
  }
  return verdict === null ? { id: goal.id, met: true } : { id: goal.id, met: false, ...(verdict ? { detail: verdict } : {}) };
}

export function evaluateGoals(world: World, goals: readonly Goal[], ctx: CheckContext = {}): GoalResult[] {
  return goals.map((goal) => evaluateGoal(world, goal, ctx));
}

export const allMet = (results: readonly GoalResult[]) => results.length > 0 && results.every((r) => r.met);
