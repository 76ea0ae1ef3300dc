/** describe node: conditions, addresses, capacity, system info, pods and their requests, events. */
import { eventsFor } from '../../../sim/k8s/events';
import { listObjects } from '../../../sim/k8s/store';
import type { Ctx } from '../../../sim/k8s/state';
import { ageOf } from '../../../sim/k8s/time';
import type { KObject, Pod } from '../../../sim/k8s/types';
import { memoryBytes, nanoCpus } from '../../../sim/k8s/kubelet/runtime';
import { Describe, describeTime } from './writer';

type NodeStatus = {
  addresses: Array<{ type: string; address: string }>;
  capacity: Record<string, string>;
  allocatable: Record<string, string>;
  conditions: Array<{ type: string; status: string; lastHeartbeatTime: string; lastTransitionTime: string; reason: string; message: string }>;
  nodeInfo: Record<string, string>;
};

const SYSTEM_INFO: Array<[string, string]> = [
  ['Machine ID:', 'machineID'], ['System UUID:', 'systemUUID'], ['Boot ID:', 'bootID'], ['Kernel Version:', 'kernelVersion'], ['OS Image:', 'osImage'],
  ['Operating System:', 'operatingSystem'], ['Architecture:', 'architecture'], ['Container Runtime Version:', 'containerRuntimeVersion'], ['Kubelet Version:', 'kubeletVersion'], ['Kube-Proxy Version:', 'kubeProxyVersion'],
];

function cpu(m: number): string {
  return m === 0 ? '0' : m % 1000 === 0 ? String(m / 1000) : `${m}m`;
}
function mem(b: number): string {
  return b === 0 ? '0' : b % (1024 * 1024) === 0 ? `${b / (1024 * 1024)}Mi` : String(b);
}
const pct = (part: number, whole: number) => `${Math.floor((part * 100) / whole)}%`;

export function describeNode(k: Ctx, node: KObject): string {
  const st = node['status'] as NodeStatus;
  const spec = node['spec'] as { podCIDR?: string; podCIDRs?: string[] };
  const w = new Describe();
  const roles = Object.keys(node.metadata.labels ?? {}).filter((l) => l.startsWith('node-role.kubernetes.io/')).map((l) => l.slice(24));
  w.line(0, 'Name:', node.metadata.name);
  w.line(0, 'Roles:', roles.join(',') || '<none>');
  w.labels(0, 'Labels:', node.metadata.labels);
  w.annotations(0, node.metadata.annotations);
  w.line(0, 'CreationTimestamp:', describeTime(node.metadata.creationTimestamp));
  w.line(0, 'Taints:', '<none>');
  w.line(0, 'Unschedulable:', 'false');
  w.line(0, 'Lease:');
  w.line(1, 'HolderIdentity:', node.metadata.name);
  w.line(1, 'AcquireTime:', '<unset>');
  w.line(1, 'RenewTime:', describeTime(new Date(k.now()).toISOString()));
  w.line(0, 'Conditions:');
  w.line(1, 'Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage');
  w.line(1, '----\t------\t-----------------\t------------------\t------\t-------');
  for (const c of st.conditions) w.line(1, `${c.type}\t${c.status}\t${describeTime(new Date(k.now()).toISOString())}\t${describeTime(c.lastTransitionTime)}\t${c.reason}\t${c.message}`);
  w.line(0, 'Addresses:');
  for (const a of st.addresses) w.line(1, `${a.type}:`, a.address);
  for (const [title, m] of [['Capacity:', st.capacity], ['Allocatable:', st.allocatable]] as const) {
    w.line(0, title);
    for (const key of Object.keys(m).sort()) w.line(1, `${key}:`, m[key]!);
  }
  w.line(0, 'System Info:');
  for (const [title, key] of SYSTEM_INFO) w.line(1, title, st.nodeInfo[key] ?? '');
  w.line(0, 'PodCIDR:', spec.podCIDR ?? '');
  w.line(0, 'PodCIDRs:', (spec.podCIDRs ?? []).join(','));
  const pods = listObjects<Pod>(k, 'pods').filter((p) => p.spec.nodeName === node.metadata.name && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
  const cpuCap = Number(st.allocatable['cpu'] ?? '1') * 1000;
  const memCap = memoryBytes(st.allocatable['memory']);
  w.line(0, 'Non-terminated Pods:', `(${pods.length} in total)`);
  w.line(1, 'Namespace\tName\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge');
  w.line(1, '---------\t----\t------------\t----------\t---------------\t-------------\t---');
  const totals = { rc: 0, lc: 0, rm: 0, lm: 0 };
  for (const p of pods) {
    const sum = (f: (c: Pod['spec']['containers'][number]) => number) => p.spec.containers.reduce((n, c) => n + f(c), 0);
    const rc = sum((c) => nanoCpus(c.resources?.requests?.['cpu']) / 1e6);
    const lc = sum((c) => nanoCpus(c.resources?.limits?.['cpu']) / 1e6);
    const rm = sum((c) => memoryBytes(c.resources?.requests?.['memory']));
    const lm = sum((c) => memoryBytes(c.resources?.limits?.['memory']));
    totals.rc += rc;
    totals.lc += lc;
    totals.rm += rm;
    totals.lm += lm;
    w.line(1, `${p.metadata.namespace}\t${p.metadata.name}\t${cpu(rc)} (${pct(rc, cpuCap)})\t${cpu(lc)} (${pct(lc, cpuCap)})\t${mem(rm)} (${pct(rm, memCap)})\t${mem(lm)} (${pct(lm, memCap)})\t${ageOf(p.metadata.creationTimestamp, k.now())}`);
  }
  w.line(0, 'Allocated resources:');
  w.line(1, '(Total limits may be over 100 percent, i.e., overcommitted.)');
  w.line(1, 'Resource\tRequests\tLimits');
  w.line(1, '--------\t--------\t------');
  w.line(1, `cpu\t${cpu(totals.rc)} (${pct(totals.rc, cpuCap)})\t${cpu(totals.lc)} (${pct(totals.lc, cpuCap)})`);
  w.line(1, `memory\t${mem(totals.rm)} (${pct(totals.rm, memCap)})\t${mem(totals.lm)} (${pct(totals.lm, memCap)})`);
  for (const r of ['ephemeral-storage', 'hugepages-1Gi', 'hugepages-2Mi']) w.line(1, `${r}\t0 (0%)\t0 (0%)`);
  w.events(eventsFor(k, node), k.now());
  return w.toString();
}
