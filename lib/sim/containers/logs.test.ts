import { describe, expect, it } from 'vitest';
import { testEngine } from '../testing-engine';
import { createContainer } from './create';
import { appendLog, MAX_LOG_LINES, readLogs } from './logs';

function withLog() {
  const { eng } = testEngine(['alpine']);
  const { container: c } = createContainer(eng, { name: 'chatty', config: { Image: 'alpine', Cmd: ['true'] } });
  const t0 = eng.world.clock;
  for (let i = 0; i < 10; i++) {
    appendLog(c, 'stdout', `out ${i}\n`, t0 + i * 1000);
    appendLog(c, 'stderr', `err ${i}\n`, t0 + i * 1000);
  }
  appendLog(c, 'stdout', 'not yet\n', t0 + 60_000);
  eng.world.clock = t0 + 9_000;
  return { eng, c, t0 };
}

const texts = (lines: Array<{ text: string }>) => lines.map((l) => l.text);

describe('readLogs', () => {
  it('--tail counts the lines left after the stream and time filters, oldest first', () => {
    const { eng, c, t0 } = withLog();
    expect(texts(readLogs(eng, c, { tail: 3 }))).toEqual(['err 8', 'out 9', 'err 9']);
    expect(texts(readLogs(eng, c, { tail: 2, stderr: false }))).toEqual(['out 8', 'out 9']);
    expect(texts(readLogs(eng, c, { tail: 5, stdout: false, until: t0 + 3_000 }))).toEqual(['err 0', 'err 1', 'err 2']);
    expect(texts(readLogs(eng, c, { tail: 2, since: t0 + 8_000, stderr: false }))).toEqual(['out 8', 'out 9']);
    expect(readLogs(eng, c, { tail: 0 })).toEqual([]);
  });

  it('shows only what has happened by now, all of it without --tail', () => {
    const { eng, c } = withLog();
    expect(readLogs(eng, c)).toHaveLength(20);
    expect(texts(readLogs(eng, c, { tail: 100 }))).not.toContain('not yet');
    eng.world.clock += 60_000;
    expect(texts(readLogs(eng, c, { tail: 1 }))).toEqual(['not yet']);
  });

  it('keeps the last MAX_LOG_LINES lines of a long log', () => {
    const { eng, c, t0 } = withLog();
    eng.world.clock = t0 + 60_000;
    for (let i = 0; i < MAX_LOG_LINES + 50; i++) appendLog(c, 'stdout', `line ${i}\n`, eng.world.clock);
    const all = readLogs(eng, c);
    expect(all).toHaveLength(MAX_LOG_LINES);
    expect(all.at(-1)!.text).toBe(`line ${MAX_LOG_LINES + 49}`);
    expect(texts(readLogs(eng, c, { tail: 2 }))).toEqual([`line ${MAX_LOG_LINES + 48}`, `line ${MAX_LOG_LINES + 49}`]);
  });
});
