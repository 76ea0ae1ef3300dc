/**
 * swarmkit's task templates: a service's --hostname, --env values and --mount source/target may
 * use {{.Service.ID}}, {{.Service.Name}}, {{.Node.ID}}, {{.Node.Hostname}}, {{.Node.Platform.OS}},
 * {{.Node.Platform.Architecture}}, {{.Task.ID}}, {{.Task.Name}} and {{.Task.Slot}} (the node id for
 * a global task), expanded on the node as the task's container is made. Other text stays as is.
 */
import type { TaskRecord } from './types';

const FIELD = /\{\{\s*\.(Service\.ID|Service\.Name|Node\.ID|Node\.Hostname|Node\.Platform\.OS|Node\.Platform\.Architecture|Task\.ID|Task\.Name|Task\.Slot)\s*\}\}/g;

export function taskTemplateValues(t: TaskRecord, nodeHostname: string): Record<string, string> {
  const slot = t.slot > 0 ? String(t.slot) : (t.nodeId ?? '');
  return {
    'Service.ID': t.serviceId,
    'Service.Name': t.serviceName,
    'Node.ID': t.nodeId ?? '',
    'Node.Hostname': nodeHostname,
    'Node.Platform.OS': 'linux',
    'Node.Platform.Architecture': 'x86_64',
    'Task.ID': t.id,
    'Task.Name': `${t.serviceName}.${slot}.${t.id}`,
    'Task.Slot': slot,
  };
}

export function expandTaskTemplate(text: string, values: Readonly<Record<string, string>>): string {
  return text.includes('{{') ? text.replace(FIELD, (_, key: string) => values[key] ?? '') : text;
}
