export type PiiKind =
  'email' | 'phone' | 'bsn' | 'idnumber' | 'iban' | 'postcode' | 'address' | 'birthdate' | 'name';

import type { Lang } from '../domain';
export type { Lang } from '../domain';

export interface Replacement {
  start: number;
  end: number;
  original: string;
  placeholder: string;
  kind: PiiKind;
}

export interface PseudonymizeOptions {
  /** Names the researcher lists for the study; always replaced, also by first name or surname alone. */
  names?: string[];
  lang?: Lang;
}

/** A detected span before placeholders are assigned. */
export interface Candidate {
  start: number;
  end: number;
  kind: PiiKind;
}
