/**
 * Goals: typed predicates over the simulator's state (a discriminated union on `type`), written in
 * YAML inside an exercise. Each one names what must be true, never what must be typed — except
 * `command` (the learner ran a command of this shape) and `answer` (the learner's typed answer).
 */
import { z } from 'zod';

export const GOAL_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const id = z.string().regex(GOAL_ID, 'expected lowercase letters, digits and "-" (at most 40)');
const text = z.string().trim().min(1);
const stringMap = z.record(z.string().min(1), z.string());
/** As `-p` writes them: `8080:80`, `127.0.0.1:8080:80`, `80` (a host port Docker picks), `5353:53/udp`. */
const portSpec = z.string().regex(/^(?:(?:\d{1,3}(?:\.\d{1,3}){3}:)?\d{1,5}:)?\d{1,5}(?:\/(?:tcp|udp|sctp))?$/, 'expected a port as -p writes it, like "8080:80", "80" or "127.0.0.1:8080:80/tcp"');
/** `512m`, `1g`, `1048576` (bytes, docker's units). */
const byteSize = z.union([z.number().int().positive(), z.string().regex(/^\d+(?:\.\d+)?\s*[bkmgt]?i?b?$/i, 'expected a size like "512m" or "1g"')]);
const base = { id, label: text.optional() };

const mount = z.strictObject({
  target: z.string().startsWith('/'),
  source: text.optional(),
  type: z.enum(['volume', 'bind', 'tmpfs']).optional(),
  readOnly: z.boolean().optional(),
});

export const containerGoal = z.strictObject({
  ...base,
  type: z.literal('container'),
  name: text.optional(),
  image: text.optional(),
  state: z.enum(['exists', 'running', 'stopped', 'paused', 'absent']).default('exists'),
  ports: z.array(portSpec).min(1).optional(),
  env: stringMap.optional(),
  user: text.optional(),
  mounts: z.array(mount).min(1).optional(),
  networks: z.array(text).min(1).optional(),
  memory: byteSize.optional(),
  cpus: z.number().positive().optional(),
  restart: z.enum(['no', 'always', 'on-failure', 'unless-stopped']).optional(),
  health: z.enum(['starting', 'healthy', 'unhealthy']).optional(),
  labels: stringMap.optional(),
  readOnlyRootfs: z.boolean().optional(),
  /** The main process's exit status (a stopped container). */
  exitCode: z.number().int().min(0).max(255).optional(),
  /** Text the container printed (its log). */
  logs: z.string().min(1).optional(),
  /** Security settings: capabilities dropped, PID limit. */
  capDrop: z.array(text).min(1).optional(),
  pidsLimit: z.number().int().optional(),
});

export const imageGoal = z.strictObject({
  ...base,
  type: z.literal('image'),
  ref: text,
  state: z.enum(['present', 'absent']).default('present'),
  built: z.boolean().optional(),
  base: text.optional(),
  user: z.string().optional(),
  workdir: z.string().optional(),
  exposes: z.array(portSpec).min(1).optional(),
  cmd: z.array(z.string()).optional(),
  entrypoint: z.array(z.string()).optional(),
  env: stringMap.optional(),
  labels: stringMap.optional(),
  healthcheck: z.boolean().optional(),
  maxSize: byteSize.optional(),
  /** A file in the image's filesystem. */
  file: z.strictObject({ path: z.string().startsWith('/'), contains: z.string().min(1).optional() }).optional(),
});

export const networkGoal = z.strictObject({
  ...base,
  type: z.literal('network'),
  name: text,
  state: z.enum(['present', 'absent']).default('present'),
  driver: z.enum(['bridge', 'host', 'null', 'overlay', 'macvlan', 'ipvlan']).optional(),
  internal: z.boolean().optional(),
  subnet: text.optional(),
  members: z.array(text).min(1).optional(),
});

const expectation = z.union([
  z.strictObject({ value: text }),
  z.strictObject({ containerIp: text, network: text.optional() }),
  z.strictObject({ containerId: text }),
  z.strictObject({ imageId: text }),
  z.strictObject({ hostPort: text, port: portSpec }),
  z.strictObject({ exitCode: text }),
]);

const fileCheck = { path: text, contains: z.string().min(1).optional() };

export const volumeGoal = z.strictObject({
  ...base,
  type: z.literal('volume'),
  name: text,
  state: z.enum(['present', 'absent']).default('present'),
  file: z.strictObject({ path: z.string().startsWith('/'), contains: z.string().min(1).optional() }).optional(),
});

export const fileGoal = z.strictObject({
  ...base,
  type: z.literal('file'),
  ...fileCheck,
  state: z.enum(['present', 'absent']).default('present'),
  /** The file's whole content (trimmed) is this value from the simulator, e.g. a container's IP. */
  holds: expectation.optional(),
});

export const containerFileGoal = z.strictObject({
  ...base,
  type: z.literal('container-file'),
  container: text,
  path: z.string().startsWith('/'),
  contains: z.string().min(1).optional(),
  state: z.enum(['present', 'absent']).default('present'),
});

export const swarmGoal = z.strictObject({ ...base, type: z.literal('swarm'), active: z.boolean().default(true) });

export const serviceGoal = z.strictObject({
  ...base,
  type: z.literal('service'),
  name: text,
  state: z.enum(['present', 'absent']).default('present'),
  image: text.optional(),
  replicas: z.number().int().min(0).optional(),
  mode: z.enum(['replicated', 'global']).optional(),
  ports: z.array(portSpec).min(1).optional(),
});

export const stackGoal = z.strictObject({
  ...base,
  type: z.literal('stack'),
  name: text,
  state: z.enum(['present', 'absent']).default('present'),
  services: z.array(text).min(1).optional(),
});

export const composeGoal = z.strictObject({
  ...base,
  type: z.literal('compose'),
  project: text,
  state: z.enum(['up', 'down']).default('up'),
  services: z.array(text).min(1).optional(),
});

export const deploymentGoal = z.strictObject({
  ...base,
  type: z.literal('deployment'),
  name: text,
  namespace: text.default('default'),
  state: z.enum(['present', 'absent']).default('present'),
  replicas: z.number().int().min(0).optional(),
  ready: z.boolean().optional(),
  image: text.optional(),
});

export const kubeServiceGoal = z.strictObject({
  ...base,
  type: z.literal('kube-service'),
  name: text,
  namespace: text.default('default'),
  serviceType: z.enum(['ClusterIP', 'NodePort', 'LoadBalancer']).optional(),
  port: z.number().int().min(1).max(65535).optional(),
});

export const commandGoal = z.strictObject({
  ...base,
  type: z.literal('command'),
  shape: text,
  /** Accept the command with more flags than the shape names (`docker ps -a --no-trunc` for `docker ps -a`). */
  extraFlags: z.boolean().default(false),
});



export const answerGoal = z.strictObject({ ...base, type: z.literal('answer'), prompt: text, expect: expectation });

export const goalSchema = z.discriminatedUnion('type', [
  containerGoal,
  imageGoal,
  networkGoal,
  volumeGoal,
  fileGoal,
  containerFileGoal,
  swarmGoal,
  serviceGoal,
  stackGoal,
  composeGoal,
  deploymentGoal,
  kubeServiceGoal,
  commandGoal,
  answerGoal,
]);

export type Goal = z.infer<typeof goalSchema>;
export type GoalType = Goal['type'];
export type GoalOf<T extends GoalType> = Extract<Goal, { type: T }>;
export type AnswerExpectation = z.infer<typeof expectation>;
