/** PodSpec, Container and friends: the fields manifests commonly use, with their Go types. */
import { labelSelector, objectMeta } from './meta';
import { list, map, struct, type FieldType } from './types';

const keyRef = (go: string) => struct(go, { name: 'string', key: 'string', optional: 'bool' });

const envVar = struct('EnvVar', {
  name: 'string',
  value: 'string',
  valueFrom: struct('EnvVarSource', {
    configMapKeyRef: keyRef('ConfigMapKeySelector'),
    secretKeyRef: keyRef('SecretKeySelector'),
    fieldRef: struct('ObjectFieldSelector', { apiVersion: 'string', fieldPath: 'string' }),
    resourceFieldRef: struct('ResourceFieldSelector', { containerName: 'string', resource: 'string', divisor: 'quantity' }),
  }),
});

const handler = {
  exec: struct('ExecAction', { command: list('string') }),
  httpGet: struct('HTTPGetAction', { path: 'string', port: 'intstr', host: 'string', scheme: 'string', httpHeaders: list(struct('HTTPHeader', { name: 'string', value: 'string' })) }),
  tcpSocket: struct('TCPSocketAction', { port: 'intstr', host: 'string' }),
  grpc: struct('GRPCAction', { port: 'int32', service: 'string' }),
};

const probe = struct('Probe', {
  ...handler,
  initialDelaySeconds: 'int32',
  timeoutSeconds: 'int32',
  periodSeconds: 'int32',
  successThreshold: 'int32',
  failureThreshold: 'int32',
  terminationGracePeriodSeconds: 'int64',
});

const resources = struct('ResourceRequirements', { limits: map('quantity'), requests: map('quantity'), claims: list('any') });

export const container = struct('Container', {
  name: 'string',
  image: 'string',
  command: list('string'),
  args: list('string'),
  workingDir: 'string',
  ports: list(struct('ContainerPort', { name: 'string', hostPort: 'int32', containerPort: 'int32', protocol: 'string', hostIP: 'string' })),
  envFrom: list(struct('EnvFromSource', { prefix: 'string', configMapRef: struct('ConfigMapEnvSource', { name: 'string', optional: 'bool' }), secretRef: struct('SecretEnvSource', { name: 'string', optional: 'bool' }) })),
  env: list(envVar),
  resources,
  resizePolicy: list('any'),
  restartPolicy: 'string',
  volumeMounts: list(struct('VolumeMount', { name: 'string', readOnly: 'bool', mountPath: 'string', subPath: 'string', mountPropagation: 'string', subPathExpr: 'string', recursiveReadOnly: 'string' })),
  volumeDevices: list('any'),
  livenessProbe: probe,
  readinessProbe: probe,
  startupProbe: probe,
  lifecycle: struct('Lifecycle', { postStart: struct('LifecycleHandler', handler), preStop: struct('LifecycleHandler', handler), stopSignal: 'string' }),
  terminationMessagePath: 'string',
  terminationMessagePolicy: 'string',
  imagePullPolicy: 'string',
  securityContext: 'any',
  stdin: 'bool',
  stdinOnce: 'bool',
  tty: 'bool',
});

const volume = struct('Volume', {
  name: 'string',
  emptyDir: struct('EmptyDirVolumeSource', { medium: 'string', sizeLimit: 'quantity' }),
  hostPath: struct('HostPathVolumeSource', { path: 'string', type: 'string' }),
  configMap: struct('ConfigMapVolumeSource', { name: 'string', items: list('any'), defaultMode: 'int32', optional: 'bool' }),
  secret: struct('SecretVolumeSource', { secretName: 'string', items: list('any'), defaultMode: 'int32', optional: 'bool' }),
  persistentVolumeClaim: struct('PersistentVolumeClaimVolumeSource', { claimName: 'string', readOnly: 'bool' }),
  projected: 'any',
  downwardAPI: 'any',
  nfs: 'any',
  csi: 'any',
});

export const podSpec = struct('PodSpec', {
  volumes: list(volume),
  initContainers: list(container),
  containers: list(container),
  ephemeralContainers: list('any'),
  restartPolicy: 'string',
  terminationGracePeriodSeconds: 'int64',
  activeDeadlineSeconds: 'int64',
  dnsPolicy: 'string',
  nodeSelector: map(),
  serviceAccountName: 'string',
  serviceAccount: 'string',
  automountServiceAccountToken: 'bool',
  nodeName: 'string',
  hostNetwork: 'bool',
  hostPID: 'bool',
  hostIPC: 'bool',
  shareProcessNamespace: 'bool',
  securityContext: 'any',
  imagePullSecrets: list(struct('LocalObjectReference', { name: 'string' })),
  hostname: 'string',
  subdomain: 'string',
  affinity: 'any',
  schedulerName: 'string',
  tolerations: list('any'),
  hostAliases: list('any'),
  priorityClassName: 'string',
  priority: 'int32',
  dnsConfig: 'any',
  readinessGates: list('any'),
  runtimeClassName: 'string',
  enableServiceLinks: 'bool',
  preemptionPolicy: 'string',
  overhead: map('quantity'),
  topologySpreadConstraints: list('any'),
  os: 'any',
});

export const podTemplateSpec = struct('PodTemplateSpec', { metadata: objectMeta, spec: podSpec });

export const pod = struct('Pod', { apiVersion: 'string', kind: 'string', metadata: objectMeta, spec: podSpec, status: 'any' });

export { labelSelector };
export type { FieldType };
