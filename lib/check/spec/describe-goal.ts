/**
 * The words the panel shows for a goal when the author gives no `label`: what must be true, in the
 * learner's terms. Backticks mark code (the panel renders them as <code>).
 */
import type { AnswerExpectation, Goal, GoalOf } from './goal-schema';

const code = (s: string | number) => `\`${s}\``;
const list = (items: readonly string[]) => items.map(code).join(', ');
const pairs = (m: Record<string, string>) => Object.entries(m).map(([k, v]) => code(`${k}=${v}`)).join(', ');

function container(g: GoalOf<'container'>): string {
  const from = g.image ? ` from image ${code(g.image)}` : '';
  if (g.state === 'absent') return `${g.name ? `No container named ${code(g.name)}` : 'No such container'}${from} exists`;
  const who = `${g.name ? `A container named ${code(g.name)}` : 'A container'}${from}`;
  const parts: string[] = [];
  const state = g.state === 'exists' ? 'exists' : g.state === 'stopped' ? 'is stopped' : `is ${g.state}`;
  if (g.ports) parts.push(`publishing ${list(g.ports)}`);
  if (g.env) parts.push(`with ${pairs(g.env)} in its environment`);
  if (g.user) parts.push(`running as user ${code(g.user)}`);
  if (g.mounts) parts.push(`with ${g.mounts.map((m) => `${m.source ? code(m.source) : 'a mount'} at ${code(m.target)}${m.readOnly ? ' (read-only)' : ''}`).join(', ')}`);
  if (g.networks) parts.push(`on ${g.networks.length > 1 ? 'networks' : 'network'} ${list(g.networks)}`);
  if (g.memory !== undefined) parts.push(`limited to ${code(g.memory)} of memory`);
  if (g.cpus !== undefined) parts.push(`limited to ${code(g.cpus)} CPUs`);
  if (g.restart) parts.push(`with restart policy ${code(g.restart)}`);
  if (g.health) parts.push(`reported ${code(g.health)}`);
  if (g.labels) parts.push(`labelled ${pairs(g.labels)}`);
  if (g.readOnlyRootfs) parts.push('with a read-only root filesystem');
  if (g.capDrop) parts.push(`dropping ${list(g.capDrop)}`);
  if (g.pidsLimit !== undefined) parts.push(`limited to ${code(g.pidsLimit)} processes`);
  if (g.logs) parts.push(`having printed ${code(g.logs)}`);
  if (g.exitCode !== undefined) parts.push(`with exit code ${code(g.exitCode)}`);
  return `${who} ${state}${parts.length > 0 ? `, ${parts.join(', ')}` : ''}`;
}

function image(g: GoalOf<'image'>): string {
  if (g.state === 'absent') return `Image ${code(g.ref)} is gone`;
  const parts: string[] = [];
  if (g.base) parts.push(`based on ${code(g.base)}`);
  if (g.user !== undefined) parts.push(`running as ${code(g.user || 'root')}`);
  if (g.workdir !== undefined) parts.push(`working in ${code(g.workdir)}`);
  if (g.exposes) parts.push(`exposing ${list(g.exposes)}`);
  if (g.cmd) parts.push(`with CMD ${code(JSON.stringify(g.cmd))}`);
  if (g.entrypoint) parts.push(`with ENTRYPOINT ${code(JSON.stringify(g.entrypoint))}`);
  if (g.env) parts.push(`with ${pairs(g.env)}`);
  if (g.labels) parts.push(`labelled ${pairs(g.labels)}`);
  if (g.healthcheck !== undefined) parts.push(g.healthcheck ? 'with a HEALTHCHECK' : 'without a HEALTHCHECK');
  if (g.maxSize !== undefined) parts.push(`no bigger than ${code(g.maxSize)}`);
  if (g.file) parts.push(`holding ${code(g.file.path)}${g.file.contains ? ` with ${code(g.file.contains)}` : ''}`);
  return [`Image ${code(g.ref)} ${g.built ? 'is built' : 'exists'}`, ...parts].join(' ');
}

function describeExpectation(e: AnswerExpectation): string {
  if ('value' in e) return code(e.value);
  if ('containerIp' in e) return `the IP address of ${code(e.containerIp)}${e.network ? ` on ${code(e.network)}` : ''}`;
  if ('containerId' in e) return `the ID of container ${code(e.containerId)}`;
  if ('imageId' in e) return `the ID of image ${code(e.imageId)}`;
  if ('exitCode' in e) return `the exit code of ${code(e.exitCode)}`;
  return `the host port ${code(e.hostPort)} publishes ${code(e.port)} on`;
}

const DESCRIBE: { [T in Goal['type']]: (g: GoalOf<T>) => string } = {
  container,
  image,
  network: (g) =>
    g.state === 'absent'
      ? `Network ${code(g.name)} is gone`
      : [`Network ${code(g.name)} exists`, g.driver && `with driver ${code(g.driver)}`, g.internal !== undefined && (g.internal ? '(internal)' : '(not internal)'), g.subnet && `on subnet ${code(g.subnet)}`, g.members && `with ${list(g.members)} attached`].filter(Boolean).join(' '),
  volume: (g) =>
    g.state === 'absent' ? `Volume ${code(g.name)} is gone` : g.file ? `Volume ${code(g.name)} holds ${code(g.file.path)}${g.file.contains ? ` containing ${code(g.file.contains)}` : ''}` : `Volume ${code(g.name)} exists`,
  file: (g) =>
    g.state === 'absent'
      ? `File ${code(g.path)} is gone`
      : g.holds
        ? `File ${code(g.path)} holds ${describeExpectation(g.holds)}`
        : `File ${code(g.path)} exists${g.contains ? ` and contains ${code(g.contains)}` : ''}`,
  'container-file': (g) =>
    g.state === 'absent' ? `${code(g.path)} is gone from container ${code(g.container)}` : `Container ${code(g.container)} has ${code(g.path)}${g.contains ? ` containing ${code(g.contains)}` : ''}`,
  swarm: (g) => (g.active ? 'This host is a swarm manager' : 'This host is not in a swarm'),
  service: (g) =>
    g.state === 'absent'
      ? `Service ${code(g.name)} is gone`
      : [`Service ${code(g.name)} runs`, g.image && `image ${code(g.image)}`, g.replicas !== undefined && `with ${g.replicas} replica${g.replicas === 1 ? '' : 's'}`, g.mode && `in ${g.mode} mode`, g.ports && `publishing ${list(g.ports)}`].filter(Boolean).join(' '),
  stack: (g) => (g.state === 'absent' ? `Stack ${code(g.name)} is removed` : `Stack ${code(g.name)} is deployed${g.services ? ` with ${list(g.services)}` : ''}`),
  compose: (g) => (g.state === 'down' ? `Compose project ${code(g.project)} is down` : `Compose project ${code(g.project)} is up${g.services ? ` with ${list(g.services)} running` : ''}`),
  deployment: (g) =>
    g.state === 'absent'
      ? `Deployment ${code(g.name)} is deleted`
      : [`Deployment ${code(g.name)}`, g.image && `runs ${code(g.image)}`, g.replicas !== undefined ? `has ${g.replicas} ${g.ready === false ? '' : 'ready '}replica${g.replicas === 1 ? '' : 's'}` : g.ready ? 'is ready' : 'exists'].filter(Boolean).join(' '),
  'kube-service': (g) => [`Kubernetes service ${code(g.name)}`, g.serviceType ? `of type ${code(g.serviceType)}` : '', 'exists', g.port ? `on port ${code(g.port)}` : ''].filter(Boolean).join(' '),
  command: (g) => `You ran ${code(g.shape)} (or an equivalent form)`,
  answer: (g) => g.prompt,
};

export function describeGoal(goal: Goal): string {
  if (goal.label) return goal.label;
  return (DESCRIBE[goal.type] as (g: Goal) => string)(goal);
}
