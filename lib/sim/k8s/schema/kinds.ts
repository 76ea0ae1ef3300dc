/** Top-level kinds the simulated server decodes strictly. */
import { labelSelector, objectMeta } from './meta';
import { pod, podTemplateSpec } from './pod';
import { list, map, struct, type StructType } from './types';

const top = (kind: string, fields: StructType['fields']) => struct(kind, { apiVersion: 'string', kind: 'string', metadata: objectMeta, ...fields });

const deploymentSpec = struct('DeploymentSpec', {
  replicas: 'int32',
  selector: labelSelector,
  template: podTemplateSpec,
  strategy: struct('DeploymentStrategy', { type: 'string', rollingUpdate: struct('RollingUpdateDeployment', { maxUnavailable: 'intstr', maxSurge: 'intstr' }) }),
  minReadySeconds: 'int32',
  revisionHistoryLimit: 'int32',
  paused: 'bool',
  progressDeadlineSeconds: 'int32',
});

const serviceSpec = struct('ServiceSpec', {
  ports: list(struct('ServicePort', { name: 'string', protocol: 'string', appProtocol: 'string', port: 'int32', targetPort: 'intstr', nodePort: 'int32' })),
  selector: map(),
  clusterIP: 'string',
  clusterIPs: list('string'),
  type: 'string',
  externalIPs: list('string'),
  sessionAffinity: 'string',
  loadBalancerIP: 'string',
  loadBalancerSourceRanges: list('string'),
  externalName: 'string',
  externalTrafficPolicy: 'string',
  healthCheckNodePort: 'int32',
  publishNotReadyAddresses: 'bool',
  sessionAffinityConfig: 'any',
  ipFamilies: list('string'),
  ipFamilyPolicy: 'string',
  allocateLoadBalancerNodePorts: 'bool',
  loadBalancerClass: 'string',
  internalTrafficPolicy: 'string',
  trafficDistribution: 'string',
});

export const KIND_SCHEMAS: Record<string, StructType> = {
  Pod: pod,
  Deployment: top('Deployment', { spec: deploymentSpec, status: 'any' }),
  ReplicaSet: top('ReplicaSet', { spec: struct('ReplicaSetSpec', { replicas: 'int32', minReadySeconds: 'int32', selector: labelSelector, template: podTemplateSpec }), status: 'any' }),
  Service: top('Service', { spec: serviceSpec, status: 'any' }),
  ConfigMap: top('ConfigMap', { data: map(), binaryData: map(), immutable: 'bool' }),
  Secret: top('Secret', { data: map(), stringData: map(), type: 'string', immutable: 'bool' }),
  Namespace: top('Namespace', { spec: struct('NamespaceSpec', { finalizers: list('string') }), status: 'any' }),
};
