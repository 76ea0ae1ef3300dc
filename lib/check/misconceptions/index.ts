/**
 * `detectMisconception(input)`: the first classic mistake the detectors recognise, most pressing
 * first (an attached terminal before a typo), or null.
 */
import { forgotDetach } from './forgot-detach';
import { latestTag } from './latest-tag';
import { nameTypo } from './name-typo';
import { portsSwapped } from './ports-swapped';
import { runInsteadOfExec } from './run-instead-of-exec';
import type { Detector, DetectorInput, Feedback } from './types';
import { volumeReversed } from './volume-reversed';

export type { Detector, DetectorInput, Feedback, MisconceptionId } from './types';

export const DETECTORS: readonly Detector[] = [forgotDetach, portsSwapped, volumeReversed, runInsteadOfExec, latestTag, nameTypo];

export function detectMisconception(input: DetectorInput): Feedback | null {
  for (const detect of DETECTORS) {
    try {
      const found = detect(input);
      if (found) return found;
    } catch {
      // a detector that cannot read the state says nothing
    }
  }
  return null;
}
