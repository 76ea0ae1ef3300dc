import { describe, expect, it } from 'vitest';
import { expandTaskTemplate, taskTemplateValues } from './task-template';
import type { TaskRecord } from './types';

const task = (slot: number) => ({ id: 'wo41w8hg8qanxwjwsg4kxpprj', serviceId: 'va8ew30grofhjoychbr6iot8c', serviceName: 'hosttempl', slot, nodeId: 'x3ti0erg11rjpg64m75kej2mz' }) as TaskRecord;

describe('swarm task templates', () => {
  it('expands the service, node and task fields (docs: --hostname="{{.Node.Hostname}}-{{.Node.ID}}-{{.Service.Name}}")', () => {
    const v = taskTemplateValues(task(1), 'manager1');
    expect(expandTaskTemplate('{{.Node.Hostname}}-{{.Node.ID}}-{{.Service.Name}}', v)).toBe('manager1-x3ti0erg11rjpg64m75kej2mz-hosttempl');
    expect(expandTaskTemplate('{{ .Task.Name }} {{.Task.Slot}} {{.Service.ID}} {{.Node.Platform.OS}}/{{.Node.Platform.Architecture}}', v)).toBe('hosttempl.1.wo41w8hg8qanxwjwsg4kxpprj 1 va8ew30grofhjoychbr6iot8c linux/x86_64');
  });

  it('uses the node id as the slot of a global task, and leaves other text alone', () => {
    const v = taskTemplateValues(task(0), 'manager1');
    expect(expandTaskTemplate('data-{{.Task.Slot}}', v)).toBe('data-x3ti0erg11rjpg64m75kej2mz');
    expect(expandTaskTemplate('{{.Unknown}} plain', v)).toBe('{{.Unknown}} plain');
  });
});
