/**
 * What a fresh minikube cluster holds: the four namespaces, the node, the `kubernetes` and
 * `kube-dns` services, and the control-plane pods of kube-system (shown by the API; they have no
 * simulated containers, like static pods whose images lack a shell).
 */
import { clone } from './util';
import { hostOf } from '../core/engine';
import { defaultDeployment, defaultPod } from './defaults';
import { podTemplateHash, randomSuffix } from './names';
import { createObject, getObject } from './store';
import { recordEvent } from './events';
import { KUBERNETES_VERSION, NODE_IP, type Ctx } from './state';
import { rfc3339 } from './time';
import type { Deployment, KObject, Pod, ReplicaSet, Service } from './types';

const meta = (name: string, namespace?: string, labels?: Record<string, string>) => ({
  name,
  ...(namespace ? { namespace } : {}),
  uid: '',
  resourceVersion: '',
  creationTimestamp: '',
  ...(labels ? { labels } : {}),
});

export function createNamespaceObject(ctx: Ctx, name: string, labels: Record<string, string> = {}): KObject {
  return createObject(ctx, 'namespaces', {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: meta(name, undefined, { ...labels, 'kubernetes.io/metadata.name': name }),
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  });
}

function node(ctx: Ctx): KObject {
  const info = hostOf(ctx.eng).info;
  const now = rfc3339(ctx.now());
  const cond = (type: string, status: string, reason: string, message: string) => ({ type, status, lastHeartbeatTime: now, lastTransitionTime: now, reason, message });
  const memKi = `${Math.floor(info.memTotal / 1024)}Ki`;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      ...meta('minikube', undefined, {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': 'minikube',
        'kubernetes.io/os': 'linux',
        'minikube.k8s.io/commit': 'f8f52f5de11fc6ad8244afac475e1d0f96841df1',
        'minikube.k8s.io/name': 'minikube',
        'minikube.k8s.io/primary': 'true',
        'minikube.k8s.io/updated_at': now.replace(/[-:]/g, '_').replace('T', 'T').replace('Z', '_0700'),
        'minikube.k8s.io/version': 'v1.36.0',
        'node-role.kubernetes.io/control-plane': '',
        'node.kubernetes.io/exclude-from-external-load-balancers': '',
      }),
      annotations: { 'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/cri-dockerd.sock', 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
    },
    spec: { podCIDR: '10.244.0.0/24', podCIDRs: ['10.244.0.0/24'] },
    status: {
      addresses: [{ address: NODE_IP, type: 'InternalIP' }, { address: 'minikube', type: 'Hostname' }],
      allocatable: { cpu: String(info.ncpu), 'ephemeral-storage': '1055762868Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: memKi, pods: '110' },
      capacity: { cpu: String(info.ncpu), 'ephemeral-storage': '1055762868Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: memKi, pods: '110' },
      conditions: [
        cond('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        cond('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        cond('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        cond('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64',
        bootID: '7d3c1f9e-2a4b-4c5d-9e6f-0a1b2c3d4e5f',
        containerRuntimeVersion: 'docker://28.1.1',
        kernelVersion: info.kernelVersion,
        kubeProxyVersion: '',
        kubeletVersion: KUBERNETES_VERSION,
        machineID: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
        operatingSystem: 'linux',
        osImage: 'Ubuntu 22.04.5 LTS',
        systemUUID: 'f0e1d2c3-b4a5-4968-8776-655443322110',
      },
    },
  };
}

function service(name: string, ns: string, clusterIP: string, ports: Service['spec']['ports'], selector: Record<string, string> | undefined, labels: Record<string, string>): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(name, ns, labels),
    spec: { type: 'ClusterIP', clusterIP, clusterIPs: [clusterIP], ports, ...(selector ? { selector } : {}), sessionAffinity: 'None', internalTrafficPolicy: 'Cluster', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' },
    status: { loadBalancer: {} },
  };
}

/** A control-plane pod that the API lists as Running and Ready. */
function systemPod(ctx: Ctx, name: string, image: string, labels: Record<string, string>, ip: string, owner?: KObject, resources: Record<string, Record<string, string>> = {}): Pod {
  const now = rfc3339(ctx.now());
  const container = name.startsWith('coredns-') ? 'coredns' : name.startsWith('kube-proxy-') ? 'kube-proxy' : name.replace(/-minikube$/, '');
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      ...meta(name, 'kube-system', labels),
      ...(owner ? { ownerReferences: [{ apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid, controller: true, blockOwnerDeletion: true }] } : {}),
    },
    spec: { containers: [{ name: container, image, resources }], nodeName: 'minikube', priorityClassName: 'system-node-critical', ...(ip === NODE_IP ? { hostNetwork: true } : {}) },
    status: {
      phase: 'Running',
      conditions: ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({ type, status: 'True' as const, lastProbeTime: null, lastTransitionTime: now })),
      hostIP: NODE_IP,
      hostIPs: [{ ip: NODE_IP }],
      podIP: ip,
      podIPs: [{ ip }],
      startTime: now,
      qosClass: 'Burstable',
      containerStatuses: [{ name: container, image, imageID: `docker-pullable://${image.split(':')[0]}@sha256:${'0'.repeat(64)}`, containerID: `docker://${'1'.repeat(64)}`, ready: true, started: true, restartCount: 0, state: { running: { startedAt: now } }, lastState: {} }],
    },
  };
  defaultPod(ctx, pod.spec);
  createObject(ctx, 'pods', pod);
  ctx.cluster.pods[pod.metadata.uid] = { containers: {}, stage: 'running', current: 0, next: null, backoff: {}, restartAt: {}, probeAt: {}, failures: {}, virtual: true };
  return pod;
}

function coredns(ctx: Ctx): void {
  const template = {
    metadata: { labels: { 'k8s-app': 'kube-dns' } },
    spec: { containers: [{ name: 'coredns', image: 'registry.k8s.io/coredns/coredns:v1.12.0', args: ['-conf', '/etc/coredns/Corefile'], ports: [{ containerPort: 53, name: 'dns', protocol: 'UDP' }, { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' }, { containerPort: 9153, name: 'metrics', protocol: 'TCP' }] }], priorityClassName: 'system-cluster-critical', serviceAccountName: 'coredns' },
  };
  const d: Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { ...meta('coredns', 'kube-system', { 'k8s-app': 'kube-dns' }), annotations: { 'deployment.kubernetes.io/revision': '1' } },
    spec: { replicas: 1, selector: { matchLabels: { 'k8s-app': 'kube-dns' } }, template, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } }, revisionHistoryLimit: 10, progressDeadlineSeconds: 600 },
    status: {},
  };
  defaultDeployment(d);
  createObject(ctx, 'deployments.apps', d);
  const hash = podTemplateHash(d.spec.template);
  const rsTemplate = clone(d.spec.template);
  rsTemplate.metadata = { ...rsTemplate.metadata, labels: { ...rsTemplate.metadata.labels, 'pod-template-hash': hash } };
  const rs: ReplicaSet = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      ...meta(`coredns-${hash}`, 'kube-system', { ...rsTemplate.metadata.labels }),
      annotations: { 'deployment.kubernetes.io/desired-replicas': '1', 'deployment.kubernetes.io/max-replicas': '2', 'deployment.kubernetes.io/revision': '1' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'coredns', uid: d.metadata.uid, controller: true, blockOwnerDeletion: true }],
    },
    spec: { replicas: 1, selector: { matchLabels: { 'k8s-app': 'kube-dns', 'pod-template-hash': hash } }, template: rsTemplate },
    status: { replicas: 1 },
  };
  createObject(ctx, 'replicasets.apps', rs);
  systemPod(ctx, `coredns-${hash}-${randomSuffix(ctx.eng.world.rng)}`, 'registry.k8s.io/coredns/coredns:v1.12.0', { ...rsTemplate.metadata.labels }, '10.244.0.2', rs, { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } });
}

function nodeEvents(ctx: Ctx): void {
  const n = getObject(ctx, 'nodes', undefined, 'minikube')!;
  const kubelet = { component: 'kubelet', host: 'minikube' };
  recordEvent(ctx, n, 'Normal', 'Starting', '', { component: 'kube-proxy' });
  recordEvent(ctx, n, 'Normal', 'Starting', 'Starting kubelet.', kubelet);
  recordEvent(ctx, n, 'Normal', 'NodeAllocatableEnforced', 'Updated Node Allocatable limit across pods', kubelet);
  for (const c of ['NodeHasSufficientMemory', 'NodeHasNoDiskPressure', 'NodeHasSufficientPID']) recordEvent(ctx, n, 'Normal', c, `Node minikube status is now: ${c}`, kubelet);
  recordEvent(ctx, n, 'Normal', 'RegisteredNode', 'Node minikube event: Registered Node minikube in Controller', { component: 'node-controller' });
}

/** Create everything a new cluster starts with. */
export function bootstrapCluster(ctx: Ctx): void {
  for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) createNamespaceObject(ctx, ns);
  createObject(ctx, 'nodes', node(ctx));
  createObject(ctx, 'services', service('kubernetes', 'default', '10.96.0.1', [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 8443 }], undefined, { component: 'apiserver', provider: 'kubernetes' }));
  createObject(ctx, 'endpoints', { apiVersion: 'v1', kind: 'Endpoints', metadata: meta('kubernetes', 'default', { 'endpointslice.kubernetes.io/skip-mirror': 'true' }), subsets: [{ addresses: [{ ip: NODE_IP }], ports: [{ name: 'https', port: 8443, protocol: 'TCP' }] }] });
  const dns = [{ name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 }, { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 }, { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 }];
  createObject(ctx, 'services', service('kube-dns', 'kube-system', '10.96.0.10', dns, { 'k8s-app': 'kube-dns' }, { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' }));
  coredns(ctx);
  const tier = (component: string) => ({ component, tier: 'control-plane' });
  systemPod(ctx, 'etcd-minikube', 'registry.k8s.io/etcd:3.5.21-0', tier('etcd'), NODE_IP, undefined, { requests: { cpu: '100m', memory: '100Mi' } });
  systemPod(ctx, 'kube-apiserver-minikube', `registry.k8s.io/kube-apiserver:${KUBERNETES_VERSION}`, tier('kube-apiserver'), NODE_IP, undefined, { requests: { cpu: '250m' } });
  systemPod(ctx, 'kube-controller-manager-minikube', `registry.k8s.io/kube-controller-manager:${KUBERNETES_VERSION}`, tier('kube-controller-manager'), NODE_IP, undefined, { requests: { cpu: '200m' } });
  systemPod(ctx, `kube-proxy-${randomSuffix(ctx.eng.world.rng)}`, `registry.k8s.io/kube-proxy:${KUBERNETES_VERSION}`, { 'k8s-app': 'kube-proxy', 'controller-revision-hash': '7bb84c4984', 'pod-template-generation': '1' }, NODE_IP);
  systemPod(ctx, 'kube-scheduler-minikube', `registry.k8s.io/kube-scheduler:${KUBERNETES_VERSION}`, tier('kube-scheduler'), NODE_IP, undefined, { requests: { cpu: '100m' } });
  nodeEvents(ctx);
  systemPod(ctx, 'storage-provisioner', 'gcr.io/k8s-minikube/storage-provisioner:v5', { 'addonmanager.kubernetes.io/mode': 'Reconcile', 'integration-test': 'storage-provisioner' }, NODE_IP);
}
