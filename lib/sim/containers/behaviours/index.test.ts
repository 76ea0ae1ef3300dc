import { describe, expect, it } from 'vitest';
import { findBehaviour, registerBehaviour } from './index';
import type { ServiceBehaviour } from './types';

const daemon = (name: string, program: string): ServiceBehaviour => ({
  name,
  match: (argv) => argv[0] === program,
  start: () => ({}),
  signal: () => null,
  listeners: () => [],
  processes: () => [],
  memory: 1,
  minMemory: 0,
});

describe('findBehaviour', () => {
  it('knows the catalog daemons by their command line, wrapper included', () => {
    expect(findBehaviour(['nginx', '-g', 'daemon off;'], '/docker-entrypoint.sh')?.name).toBe('nginx');
    expect(findBehaviour(['nginx', '-g', 'daemon off;'], null)?.name).toBe('nginx');
    expect(findBehaviour(['sh', '-c', 'nginx'], null)).toBeUndefined();
  });

  it('sees behaviours registered after a lookup (a later registration wins)', () => {
    expect(findBehaviour(['/opt/acme-d'], null)).toBeUndefined();
    registerBehaviour(daemon('acme', '/opt/acme-d'));
    expect(findBehaviour(['/opt/acme-d'], null)?.name).toBe('acme');
    registerBehaviour(daemon('acme-2', '/opt/acme-d'));
    expect(findBehaviour(['/opt/acme-d'], null)?.name).toBe('acme-2');
  });
});
