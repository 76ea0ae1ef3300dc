import { describe, expect, it } from 'vitest';
import { connectTerminal, onTerminalInput, runInTerminal } from './bridge';

describe('terminal bridge', () => {
  it('queues Run input until a terminal connects, then delivers it in order', () => {
    const seen: string[] = [];
    let notified = 0;
    const stop = onTerminalInput(() => notified++);
    runInTerminal('echo one');
    runInTerminal('echo two');
    const disconnect = connectTerminal((text) => seen.push(text));
    expect(seen).toEqual(['echo one', 'echo two']);
    runInTerminal('echo three');
    expect(seen).toEqual(['echo one', 'echo two', 'echo three']);
    expect(notified).toBe(3);
    disconnect();
    stop();
  });

  it('queues again after the terminal disconnects', () => {
    const first: string[] = [];
    connectTerminal((t) => first.push(t))();
    runInTerminal('later');
    expect(first).toEqual([]);
    const second: string[] = [];
    connectTerminal((t) => second.push(t))();
    expect(second).toEqual(['later']);
  });
});
