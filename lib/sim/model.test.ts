/**
 * Model test: 10,000 random-but-valid operations (fast-check) keep the world consistent, the
 * engine never throws anything but its typed errors, and memory stays bounded by the caps.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EngineError } from './core/errors';
import { restore, snapshot } from './core/world';
import { createEngine } from './engine';
import { fakeRunner } from './testing';
import { pullImage } from './images/pull';
import { checkInvariants, IMAGES, op } from './testing-model';

describe('engine model', () => {
  it('keeps the world consistent over 10,000 random operations, with bounded memory', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 10_000, maxLength: 10_000 }), (ops) => {
        const eng = createEngine({ runner: fakeRunner, seed: 9 });
        for (const i of IMAGES) pullImage(eng, i);
        let typedErrors = 0;
        let starts = 0;
        ops.forEach((o, i) => {
          try {
            const r = o(eng) as { container?: unknown } | undefined;
            if (r && typeof r === 'object' && 'container' in r && 'output' in r) starts++;
          } catch (e) {
            if (!(e instanceof EngineError)) throw e;
            typedErrors++;
          }
          if (i % 500 === 0) checkInvariants(eng);
          if (i % 2500 === 0) expect(restore(JSON.stringify(snapshot(eng.world)))).toEqual(snapshot(eng.world));
        });
        checkInvariants(eng);
        // Both paths were exercised: many starts succeeded, and the engine refused invalid ones.
        expect(starts).toBeGreaterThan(500);
        expect(typedErrors).toBeGreaterThan(500);
        expect(JSON.stringify(eng.world).length).toBeLessThan(8_000_000);
      }),
      { numRuns: 1, seed: 20260115, endOnFailure: true },
    );
  }, 120_000);
});
