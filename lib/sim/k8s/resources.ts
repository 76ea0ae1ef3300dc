/**
 * The API resources the simulated server knows (discovery): names, short names, kinds, groups and
 * scope, as `kubectl api-resources` lists them. Resources without a controller here still accept
 * `get` (empty lists) so kubectl's answers stay realistic.
 */
export interface ResourceType {
  /** Plural resource name (`deployments`). */
  name: string;
  singular: string;
  shortNames: readonly string[];
  kind: string;
  /** API group ('' = core). */
  group: string;
  version: string;
  namespaced: boolean;
  /** Listed by `kubectl get all`. */
  inAll?: boolean;
}

const r = (name: string, kind: string, group: string, version: string, namespaced: boolean, shortNames: string[] = [], inAll = false): ResourceType => ({
  name,
  singular: kind.toLowerCase(),
  shortNames,
  kind,
  group,
  version,
  namespaced,
  ...(inAll ? { inAll } : {}),
});

/** In `kubectl api-resources` order (core first, then groups alphabetically). */
export const RESOURCES: readonly ResourceType[] = [
  r('bindings', 'Binding', '', 'v1', true),
  r('componentstatuses', 'ComponentStatus', '', 'v1', false, ['cs']),
  r('configmaps', 'ConfigMap', '', 'v1', true, ['cm']),
  r('endpoints', 'Endpoints', '', 'v1', true, ['ep']),
  r('events', 'Event', '', 'v1', true, ['ev']),
  r('limitranges', 'LimitRange', '', 'v1', true, ['limits']),
  r('namespaces', 'Namespace', '', 'v1', false, ['ns']),
  r('nodes', 'Node', '', 'v1', false, ['no']),
  r('persistentvolumeclaims', 'PersistentVolumeClaim', '', 'v1', true, ['pvc']),
  r('persistentvolumes', 'PersistentVolume', '', 'v1', false, ['pv']),
  r('pods', 'Pod', '', 'v1', true, ['po'], true),
  r('podtemplates', 'PodTemplate', '', 'v1', true),
  r('replicationcontrollers', 'ReplicationController', '', 'v1', true, ['rc'], true),
  r('resourcequotas', 'ResourceQuota', '', 'v1', true, ['quota']),
  r('secrets', 'Secret', '', 'v1', true),
  r('serviceaccounts', 'ServiceAccount', '', 'v1', true, ['sa']),
  r('services', 'Service', '', 'v1', true, ['svc'], true),
  r('controllerrevisions', 'ControllerRevision', 'apps', 'v1', true),
  r('daemonsets', 'DaemonSet', 'apps', 'v1', true, ['ds'], true),
  r('deployments', 'Deployment', 'apps', 'v1', true, ['deploy'], true),
  r('replicasets', 'ReplicaSet', 'apps', 'v1', true, ['rs'], true),
  r('statefulsets', 'StatefulSet', 'apps', 'v1', true, ['sts'], true),
  r('horizontalpodautoscalers', 'HorizontalPodAutoscaler', 'autoscaling', 'v2', true, ['hpa'], true),
  r('cronjobs', 'CronJob', 'batch', 'v1', true, ['cj'], true),
  r('jobs', 'Job', 'batch', 'v1', true, [], true),
  r('endpointslices', 'EndpointSlice', 'discovery.k8s.io', 'v1', true),
  r('events', 'Event', 'events.k8s.io', 'v1', true, ['ev']),
  r('ingressclasses', 'IngressClass', 'networking.k8s.io', 'v1', false),
  r('ingresses', 'Ingress', 'networking.k8s.io', 'v1', true, ['ing']),
  r('networkpolicies', 'NetworkPolicy', 'networking.k8s.io', 'v1', true, ['netpol']),
  r('poddisruptionbudgets', 'PodDisruptionBudget', 'policy', 'v1', true, ['pdb']),
  r('clusterrolebindings', 'ClusterRoleBinding', 'rbac.authorization.k8s.io', 'v1', false),
  r('clusterroles', 'ClusterRole', 'rbac.authorization.k8s.io', 'v1', false),
  r('rolebindings', 'RoleBinding', 'rbac.authorization.k8s.io', 'v1', true),
  r('roles', 'Role', 'rbac.authorization.k8s.io', 'v1', true),
  r('priorityclasses', 'PriorityClass', 'scheduling.k8s.io', 'v1', false, ['pc']),
  r('storageclasses', 'StorageClass', 'storage.k8s.io', 'v1', false, ['sc']),
];

/** `deployments.apps`, `pods` — the key objects are stored under and errors are worded with. */
export function groupResource(t: ResourceType): string {
  return t.group ? `${t.name}.${t.group}` : t.name;
}

export function apiVersionOf(t: ResourceType): string {
  return t.group ? `${t.group}/${t.version}` : t.version;
}

/** The type a kubectl word names: plural, singular, short name or kind, optionally `.group`. */
export function lookupResource(word: string): ResourceType | undefined {
  const lower = word.toLowerCase();
  const dot = lower.indexOf('.');
  const base = dot < 0 ? lower : lower.slice(0, dot);
  const group = dot < 0 ? null : lower.slice(dot + 1);
  const matches = (t: ResourceType) =>
    (t.name === base || t.singular === base || t.shortNames.includes(base) || t.kind.toLowerCase() === base) &&
    (group === null || t.group === group || `${t.version}.${t.group}` === group || (t.group === '' && group === t.version));
  return RESOURCES.find((t) => matches(t) && t.group !== 'events.k8s.io') ?? RESOURCES.find(matches);
}

/** The type of a manifest's apiVersion + kind, or undefined when the server has no such kind. */
export function resourceForKind(apiVersion: string, kind: string): ResourceType | undefined {
  return RESOURCES.find((t) => t.kind === kind && apiVersionOf(t) === apiVersion);
}

export function resourceByKey(key: string): ResourceType | undefined {
  return RESOURCES.find((t) => groupResource(t) === key);
}

export const ALL_CATEGORY: readonly ResourceType[] = RESOURCES.filter((t) => t.inAll);
