/** Option letters as authors write them: A is the first option. */
export function letterIndex(letter: string): number {
  return letter.charCodeAt(0) - 65;
}

export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}
