import { findPii } from '../pseudonymize';
import { CasePreview, type CasePreviewProps } from '../../views/pages/cases/preview';
import { texts, type Lang } from '../../views/i18n';
import { choosePseudonyms, type PseudonymizeRequest } from '../cases/pseudonymize-choices';

export interface LongPreviewInput {
  req: PseudonymizeRequest;
  /** The signing key of the thread that will check the preview when it is saved (see `previewKey`). */
  key: Uint8Array;
  /**
   * Everything else the preview form shows (the added replacements as typed, even those refused, with the
   * messages beside them), and the reader's language.
   */
  form: Pick<CasePreviewProps, 'csrf' | 'studyId' | 'phases' | 'values' | 'extras' | 'errors'> & {
    lang: Lang;
  };
}

/**
 * The whole pseudonymisation preview of a long case text — finding the personal details, applying the
 * researcher's choices, signing the proposal and rendering the form — in one worker task, answered as UTF-8
 * bytes: the thread that serves autosaves neither walks the text nor builds or encodes a page of many MB.
 */
export async function longCasePreview(input: LongPreviewInput): Promise<Uint8Array> {
  const { req, key, form } = input;
  const res = choosePseudonyms(req, findPii(req.original, { names: req.names, lang: req.lang }), key);
  const { lang, ...rest } = form;
  const html = await (
    <CasePreview t={texts(lang)} {...rest} original={req.original} inline {...res} />
  ).toString();
  return Buffer.from(String(html), 'utf8');
}
