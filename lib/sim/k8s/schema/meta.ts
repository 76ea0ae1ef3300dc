/** ObjectMeta, LabelSelector and small shared types. */
import { list, map, struct } from './types';

export const ownerReference = struct('OwnerReference', { apiVersion: 'string', kind: 'string', name: 'string', uid: 'string', controller: 'bool', blockOwnerDeletion: 'bool' });

export const objectMeta = struct('ObjectMeta', {
  name: 'string',
  generateName: 'string',
  namespace: 'string',
  selfLink: 'string',
  uid: 'string',
  resourceVersion: 'string',
  generation: 'int64',
  creationTimestamp: 'time',
  deletionTimestamp: 'time',
  deletionGracePeriodSeconds: 'int64',
  labels: map(),
  annotations: map(),
  ownerReferences: list(ownerReference),
  finalizers: list('string'),
  managedFields: list('any'),
});

export const labelSelector = struct('LabelSelector', {
  matchLabels: map(),
  matchExpressions: list(struct('LabelSelectorRequirement', { key: 'string', operator: 'string', values: list('string') })),
});
