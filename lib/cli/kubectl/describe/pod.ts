/** describe pod. */
import { eventsFor } from '../../../sim/k8s/events';
import type { Ctx } from '../../../sim/k8s/state';
import type { ContainerState, Pod } from '../../../sim/k8s/types';
import { podCells } from '../printers/pod-status';
import { containerFields, tolerations, volumes } from './template';
import { Describe, describeTime } from './writer';

function state(w: Describe, level: number, title: string, s: ContainerState): void {
  if (s.running) {
    w.line(level, title, 'Running');
    w.line(level + 1, 'Started:', describeTime(s.running.startedAt));
  } else if (s.terminated) {
    w.line(level, title, 'Terminated');
    w.line(level + 1, 'Reason:', s.terminated.reason);
    if (s.terminated.message) w.line(level + 1, 'Message:', s.terminated.message);
    w.line(level + 1, 'Exit Code:', String(s.terminated.exitCode));
    w.line(level + 1, 'Started:', describeTime(s.terminated.startedAt));
    w.line(level + 1, 'Finished:', describeTime(s.terminated.finishedAt));
  } else if (s.waiting) {
    w.line(level, title, 'Waiting');
    w.line(level + 1, 'Reason:', s.waiting.reason);
    if (s.waiting.message) w.line(level + 1, 'Message:', s.waiting.message);
  } else w.line(level, title, 'Waiting');
}

export function describePod(k: Ctx, p: Pod): string {
  const w = new Describe();
  const st = p.status ?? { phase: 'Pending' };
  w.line(0, 'Name:', p.metadata.name);
  w.line(0, 'Namespace:', p.metadata.namespace ?? 'default');
  w.line(0, 'Priority:', String(p.spec['priority'] ?? 0));
  if (p.spec['priorityClassName']) w.line(0, 'Priority Class Name:', String(p.spec['priorityClassName']));
  w.line(0, 'Service Account:', String(p.spec['serviceAccountName'] ?? 'default'));
  w.line(0, 'Node:', p.spec.nodeName ? `${p.spec.nodeName}/${st.hostIP ?? ''}` : '<none>');
  if (st.startTime) w.line(0, 'Start Time:', describeTime(st.startTime));
  w.labels(0, 'Labels:', p.metadata.labels);
  w.annotations(0, p.metadata.annotations);
  if (p.metadata.deletionTimestamp) {
    w.line(0, 'Status:', `Terminating (lasts ${Math.max(0, Math.round((Date.parse(p.metadata.deletionTimestamp) - k.now()) / 1000))}s)`);
    w.line(0, 'Termination Grace Period:', `${p.metadata.deletionGracePeriodSeconds ?? 30}s`);
  } else w.line(0, 'Status:', podCells(p, k.now()).status === 'Completed' ? 'Succeeded' : st.phase);
  w.line(0, 'IP:', st.podIP ?? '');
  if (st.podIPs?.length) w.line(0, 'IPs:');
  else w.line(0, 'IPs:', '<none>');
  for (const ip of st.podIPs ?? []) w.line(1, 'IP:', ip.ip);
  const owner = p.metadata.ownerReferences?.find((r) => r.controller);
  if (owner) w.line(0, 'Controlled By:', `${owner.kind}/${owner.name}`);
  w.line(0, 'Containers:');
  for (const c of p.spec.containers) {
    const cs = st.containerStatuses?.find((s) => s.name === c.name);
    w.line(1, `${c.name}:`);
    w.line(2, 'Container ID:', cs?.containerID ?? '');
    w.line(2, 'Image:', c.image);
    w.line(2, 'Image ID:', cs?.imageID ?? '');
    const ports = c.ports ?? [];
    w.multi(2, 'Port:', ports.map((x) => `${x.containerPort}/${x.protocol ?? 'TCP'}${x.name ? ` (${x.name})` : ''}`));
    w.multi(2, 'Host Port:', ports.map((x) => `${x.hostPort ?? 0}/${x.protocol ?? 'TCP'}`));
    if (c.command?.length) {
      w.line(2, 'Command:');
      for (const a of c.command) w.line(3, a);
    }
    if (c.args?.length) {
      w.line(2, 'Args:');
      for (const a of c.args) w.line(3, a);
    }
    state(w, 2, 'State:', cs?.state ?? { waiting: { reason: 'ContainerCreating' } });
    if (cs?.lastState?.terminated) state(w, 2, 'Last State:', cs.lastState);
    w.line(2, 'Ready:', cs?.ready ? 'True' : 'False');
    w.line(2, 'Restart Count:', String(cs?.restartCount ?? 0));
    containerFields(w, 2, { ...c, command: [], args: [] }, true, false);
  }
  w.line(0, 'Conditions:');
  w.line(1, 'Type\tStatus');
  for (const c of st.conditions ?? []) w.line(1, `${c.type} \t${c.status} `);
  volumes(w, 0, p.spec);
  w.line(0, 'QoS Class:', st.qosClass ?? 'BestEffort');
  w.line(0, 'Node-Selectors:', '<none>');
  tolerations(w, 0, 'Tolerations:', p.spec);
  w.events(eventsFor(k, p), k.now());
  return w.toString();
}
