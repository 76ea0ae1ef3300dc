/**
 * Display names: the only personal data a room stores. Trimmed, inner whitespace collapsed, no control
 * or invisible formatting characters, 1–40 characters. Two names clash when their keys are equal
 * (NFKC, case-folded), so "Ana" and "ANA " cannot both join one room.
 */

export const NAME_MAX = 40;

export function cleanName(input: string): string {
  return input.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** Why a (cleaned) name is not acceptable, or null. */
export function nameProblem(name: string): string | null {
  if (name.length === 0) return 'enter a display name';
  if ([...name].length > NAME_MAX) return `at most ${NAME_MAX} characters`;
  if (/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/u.test(name)) return 'use letters, digits, spaces and punctuation only';
  return null;
}

export function nameKey(name: string): string {
  return cleanName(name).toLowerCase();
}
