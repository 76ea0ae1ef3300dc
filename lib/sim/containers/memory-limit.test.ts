import { describe, expect, it } from 'vitest';
import { advance } from '../core/clock';
import { testEngine } from '../testing-engine';
import { createContainer } from './create';
import { startContainer } from './start';

const MB = 1024 * 1024;

function hog(hostConfig: { Memory: number; MemorySwap?: number }, cmd: string[]) {
  const { eng } = testEngine(['alpine']);
  const { container: c } = createContainer(eng, { config: { Image: 'alpine', Cmd: cmd }, hostConfig });
  startContainer(eng, c.id);
  advance(eng, 10_000);
  return c;
}

describe('memory and swap limits', () => {
  it('-m alone gets swap equal to the memory (MemorySwap = 2 × Memory), as dockerd fills it in', () => {
    const { eng } = testEngine(['alpine']);
    const { container } = createContainer(eng, { config: { Image: 'alpine' }, hostConfig: { Memory: 64 * MB } });
    expect(container.hostConfig.MemorySwap).toBe(128 * MB);
  });

  it('sh -c "tail /dev/zero" under --memory-swap equal to --memory is OOM-killed: 137, OOMKilled', () => {
    const c = hog({ Memory: 64 * MB, MemorySwap: 64 * MB }, ['sh', '-c', 'tail /dev/zero']);
    expect(c.state).toMatchObject({ Status: 'exited', ExitCode: 137, OOMKilled: true });
  });

  it('--memory-swap -1 (unlimited swap) keeps the process alive, swapping', () => {
    const c = hog({ Memory: 64 * MB, MemorySwap: -1 }, ['tail', '/dev/zero']);
    expect(c.state).toMatchObject({ Status: 'running', OOMKilled: false });
  });

  it('without a memory limit nothing is OOM-killed', () => {
    const c = hog({ Memory: 0 }, ['sh', '-c', 'exec tail /dev/zero']);
    expect(c.state.Status).toBe('running');
  });
});
