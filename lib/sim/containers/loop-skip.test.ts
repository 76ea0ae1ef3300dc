import { describe, expect, it } from 'vitest';
import { counterSteps, skipIterations } from './loop-skip';

describe('skipped loop iterations', () => {
  it('finds the fixed step of each counter', () => {
    expect(counterSteps('i=$((i+1)); echo $i')).toEqual({ i: 1 });
    expect(counterSteps('n=$(( $n - 2 )); : $((t+=5)); $((k++)); echo x')).toEqual({ n: -2, t: 5, k: 1 });
    expect(counterSteps('j=$((i+1))')).toEqual({});
  });

  it('moves counters by the skipped iterations and leaves other variables alone', () => {
    expect(skipIterations('i=$((i+1)); echo $i', { i: '7', name: 'x' }, 100)).toEqual({ i: '107', name: 'x' });
  });

});
