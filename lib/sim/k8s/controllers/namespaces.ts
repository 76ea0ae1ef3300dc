/**
 * The namespace controller: every active namespace gets its `kube-root-ca.crt` ConfigMap and
 * `default` ServiceAccount; a terminating namespace has its content deleted, then goes away.
 */
import { collectObject } from '../collect';
import { RESOURCES } from '../resources';
import { createObject, getObject, listObjects, removeObject } from '../store';
import type { Ctx } from '../state';
import type { KObject } from '../types';
import { parseTime } from '../time';

/** The namespace controller starts emptying a terminating namespace after this long. */
export const DRAIN_DELAY_MS = 2000;

/** When the controller next has work on a terminating namespace (ms), or null. */
export function namespaceDue(ctx: Ctx): number | null {
  const due = listObjects<KObject>(ctx, 'namespaces')
    .filter((n) => n.metadata.deletionTimestamp)
    .map((n) => parseTime(n.metadata.deletionTimestamp!) + DRAIN_DELAY_MS)
    .filter((t) => t > ctx.now());
  return due.length ? Math.min(...due) : null;
}

const CA = '-----BEGIN CERTIFICATE-----\nMIIDBjCCAe6gAwIBAgIBATANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDEwptaW5p\na3ViZUNBMB4XDTI2MDExNDA5MDAwMFoXDTM2MDExMzA5MDAwMFowFTETMBEGA1UE\nAxMKbWluaWt1YmVDQTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAL9k\n-----END CERTIFICATE-----\n';

function ensureDefaults(ctx: Ctx, ns: string): boolean {
  let changed = false;
  if (!getObject(ctx, 'configmaps', ns, 'kube-root-ca.crt')) {
    createObject(ctx, 'configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-root-ca.crt', namespace: ns, uid: '', resourceVersion: '', creationTimestamp: '', annotations: { 'kubernetes.io/description': 'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.' } }, data: { 'ca.crt': CA } });
    changed = true;
  }
  if (!getObject(ctx, 'serviceaccounts', ns, 'default')) {
    createObject(ctx, 'serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: ns, uid: '', resourceVersion: '', creationTimestamp: '' } });
    changed = true;
  }
  return changed;
}

export function syncNamespaces(ctx: Ctx): boolean {
  let changed = false;
  for (const ns of listObjects<KObject>(ctx, 'namespaces')) {
    const name = ns.metadata.name;
    if (!ns.metadata.deletionTimestamp) {
      changed = ensureDefaults(ctx, name) || changed;
      continue;
    }
    if (parseTime(ns.metadata.deletionTimestamp) + DRAIN_DELAY_MS > ctx.now()) continue;
    let remaining = 0;
    for (const t of RESOURCES.filter((r) => r.namespaced)) {
      for (const o of listObjects(ctx, t, name)) {
        remaining++;
        if (collectObject(ctx, t, o)) changed = true;
      }
    }
    if (remaining === 0) {
      removeObject(ctx, 'namespaces', ns);
      changed = true;
    }
  }
  return changed;
}
