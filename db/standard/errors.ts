/** Why a change to the standard was refused; routes turn the code into a translated 409. */
export type StandardErrorCode = 'frozen' | 'draft-exists' | 'not-adopted' | 'nothing-decided' | 'empty';

export class StandardError extends Error {
  constructor(
    readonly code: StandardErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StandardError';
  }
}

export const frozen = (n: number) =>
  new StandardError(
    'frozen',
    `Standard version ${n} is adopted and frozen; start a new version to change it.`,
  );
