/**
 * The defaults the API server fills in on create (what `kubectl get -o yaml` shows and a
 * `--dry-run=client` manifest lacks): pod spec policies, container pull policy and termination
 * message settings, deployment strategy and limits, service IP families and affinity.
 */
import { randomSuffix } from './names';
import type { Ctx } from './state';
import type { Container, Deployment, KObject, PodSpec, Service } from './types';

/** Always for `:latest` or untagged images, IfNotPresent otherwise (as the API defaults it). */
export function defaultPullPolicy(image: string): string {
  const last = image.slice(image.lastIndexOf('/') + 1);
  if (last.includes('@')) return 'IfNotPresent';
  const colon = last.indexOf(':');
  return colon < 0 || last.slice(colon + 1) === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultContainer(c: Container): void {
  c.imagePullPolicy ??= defaultPullPolicy(c.image ?? '');
  c.resources ??= {};
  c['terminationMessagePath'] ??= '/dev/termination-log';
  c['terminationMessagePolicy'] ??= 'File';
  for (const p of c.ports ?? []) p.protocol ??= 'TCP';
}

/** Defaults of a pod template's spec (deployments, replica sets) and of pods. */
export function defaultPodSpec(spec: PodSpec): void {
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  spec['dnsPolicy'] ??= 'ClusterFirst';
  spec.restartPolicy ??= 'Always';
  spec['schedulerName'] ??= 'default-scheduler';
  spec['securityContext'] ??= {};
  spec.terminationGracePeriodSeconds ??= 30;
}

/** What only pods get: service account token volume, tolerations, priority. */
export function defaultPod(ctx: Ctx, spec: PodSpec): void {
  defaultPodSpec(spec);
  spec['enableServiceLinks'] ??= true;
  spec['preemptionPolicy'] ??= 'PreemptLowerPriority';
  spec['priority'] ??= 0;
  spec['serviceAccount'] ??= 'default';
  spec['serviceAccountName'] ??= 'default';
  spec['tolerations'] ??= [
    { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
    { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
  ];
  const volume = `kube-api-access-${randomSuffix(ctx.eng.world.rng)}`;
  const volumes = (spec['volumes'] as unknown[] | undefined) ?? [];
  volumes.push({
    name: volume,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
        { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
      ],
    },
  });
  spec['volumes'] = volumes;
  for (const c of spec.containers) {
    const mounts = (c['volumeMounts'] as unknown[] | undefined) ?? [];
    mounts.push({ mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: volume, readOnly: true });
    c['volumeMounts'] = mounts;
  }
}

export function defaultDeployment(d: Deployment): void {
  const s = d.spec;
  s.replicas ??= 1;
  s.revisionHistoryLimit ??= 10;
  s.progressDeadlineSeconds ??= 600;
  if (!s.strategy || Object.keys(s.strategy).length === 0) s.strategy = { type: 'RollingUpdate' };
  s.strategy.type ??= 'RollingUpdate';
  if (s.strategy.type === 'RollingUpdate') s.strategy.rollingUpdate = { maxSurge: '25%', maxUnavailable: '25%', ...s.strategy.rollingUpdate };
  s.template.metadata ??= {};
  defaultPodSpec(s.template.spec);
}

export function defaultService(svc: Service): void {
  const s = svc.spec;
  s.type ??= 'ClusterIP';
  s.sessionAffinity ??= 'None';
  s['internalTrafficPolicy'] ??= 'Cluster';
  s['ipFamilies'] ??= ['IPv4'];
  s['ipFamilyPolicy'] ??= 'SingleStack';
  for (const p of s.ports ?? []) {
    p.protocol ??= 'TCP';
    p.targetPort ??= p.port;
  }
  if (s.type === 'NodePort' || s.type === 'LoadBalancer') s['externalTrafficPolicy'] ??= 'Cluster';
  if (s.type === 'LoadBalancer') s['allocateLoadBalancerNodePorts'] ??= true;
  svc.status ??= { loadBalancer: {} };
}

/** Template metadata as the server stores it (`creationTimestamp: null` kept). */
export function templateMeta(o: KObject): void {
  const spec = o['spec'] as { template?: { metadata?: Record<string, unknown> } } | undefined;
  if (spec?.template) spec.template.metadata = { creationTimestamp: null, ...spec.template.metadata };
}
