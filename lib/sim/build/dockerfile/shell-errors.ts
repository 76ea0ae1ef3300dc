/** Failures of Dockerfile variable expansion (BuildKit wraps them: `failed to process "…": …`). */
export class LexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LexError';
  }
}
