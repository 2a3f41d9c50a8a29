import { createCase, editCase, removeCase, type Case } from '../../../db/cases/cases';
import type { Db } from '../../../db/client';
import type { Study as StudyRow } from '../../../db/studies/studies';
import {
  choosePseudonyms,
  previewKey,
  pseudonymizeField,
  type Extra,
} from '../../cases/pseudonymize-choices';
import type { LongPreviewInput } from '../../work/long-preview';
import { pseudonymizedMeta, type CaseMeta } from '../../cases/pseudonymize-meta';
import { pool } from '../../work/pool';

/*
 * Cases in and out: the pseudonymiser's heavy passes run in the worker pool, signing and storing on this
 * thread. Only pseudonymised text, title and practitioner reach the database and the audit log.
 */

type Study = Pick<StudyRow, 'id' | 'knownNames' | 'lang'>;

export interface Choices {
  /** Indexes of the proposals left ticked; undefined on a first preview (then every proposal applies). */
  keep?: number[];
  /** The signature of the preview the choices were made on. */
  shown: string;
  extras: Extra[];
}

/** Reads an uploaded .txt, .md or .docx (unpacking a .docx runs in the worker pool, off the request thread). */
export async function readCaseUpload(file: File) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return pool().run('readUpload', [file.name, bytes], { transfer: [bytes.buffer] });
}

/** A preview's signature holds only for the researcher and study it was shown to. */
const previewScope = (study: Study, userId: number) => `${study.id}.${userId}`;

const requestOf = (study: Study, userId: number, original: string, choices: Choices) => ({
  original,
  names: study.knownNames,
  lang: study.lang,
  keep: choices.keep,
  shown: choices.shown,
  extras: choices.extras,
  scope: previewScope(study, userId),
});

/**
 * What the pseudonymiser proposes for `original` with the researcher's choices applied, and the signature of
 * this proposal for the preview page (see choosePseudonyms).
 */
export async function proposePseudonyms(study: Study, userId: number, original: string, choices: Choices) {
  const proposed = await pool().run('findPii', [original, { names: study.knownNames, lang: study.lang }]);
  return choosePseudonyms(requestOf(study, userId, original, choices), proposed);
}

/**
 * The preview of a case: the proposal for its text, and title and practitioner as they will be stored (a name in
 * the title is replaced too, which the researcher should see before three cases end up called "Casus [CLIËNT 1]").
 */
export async function previewCase(
  study: Study,
  userId: number,
  original: string,
  choices: Choices,
  meta: CaseMeta,
) {
  const res = await proposePseudonyms(study, userId, original, choices);
  const stored = pseudonymizedMeta(meta, study.knownNames, study.lang, {
    text: res.text,
    chosen: res.chosen,
  });
  return { ...res, storedTitle: stored.title };
}

/**
 * The preview of a long text: finding, choosing, signing and rendering all run in one worker task, which
 * answers the page's main part as bytes, so the thread that serves autosaves never builds a page of many MB.
 */
export function longPreviewBytes(
  study: Study,
  userId: number,
  original: string,
  choices: Choices,
  form: LongPreviewInput['form'],
): Promise<Uint8Array> {
  return pool().run('longCasePreview', [
    { req: requestOf(study, userId, original, choices), key: previewKey(), form },
  ]);
}

/**
 * Runs the pseudonymiser again on the original, applies every proposal the researcher did not untick on the
 * signed preview plus the ones they added, and stores only the pseudonymised case with its audit entry.
 */
export async function storeCase(
  db: Db,
  study: Study,
  userId: number,
  meta: CaseMeta,
  original: string,
  choices: Choices,
): Promise<Case> {
  const res = await proposePseudonyms(study, userId, original, choices);
  const clean = pseudonymizedMeta(meta, study.knownNames, study.lang, { text: res.text, chosen: res.chosen });
  return createCase(db, study.id, userId, { ...clean, text: res.text }, res.chosen.length);
}

/** Saves an edit; edited text may bring new personal details (placeholders already in it are left alone). */
export async function saveCaseEdit(
  db: Db,
  study: Study,
  before: Case,
  userId: number,
  meta: CaseMeta,
  text: string,
): Promise<Case | undefined> {
  const clean =
    text === before.text
      ? text
      : (await pool().run('pseudonymize', [text, { names: study.knownNames, lang: study.lang }])).text;
  const input = { ...pseudonymizedMeta(meta, study.knownNames, study.lang, { text: clean }), text: clean };
  // Cases stored before titles were pseudonymised may still carry a name in the title: never into the log.
  return editCase(db, before, pseudonymizeField(before.title, study.knownNames, study.lang), userId, input);
}

/** Deletes a case; the log names it by its title as pseudonymised now. */
export function deleteCase(db: Db, study: Study, kase: Case, userId: number): boolean {
  return removeCase(db, kase, pseudonymizeField(kase.title, study.knownNames, study.lang), userId);
}
