import { ExpectedError } from '../../../expected-error';

/** A ctr failure: printed as `ctr: <message>` with exit 1 (urfave/cli's fatal). */
export class CtrError extends ExpectedError {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
    this.name = 'CtrError';
  }
}
