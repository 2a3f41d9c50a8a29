import { pseudonymize } from '../pseudonymize';
import type { StudyDocument } from './schema';

/**
 * Cases in an imported document pass through the pseudonymiser like typed ones (title, practitioner and text):
 * an exported study is already pseudonymised and keeps its placeholders, a hand-made file cannot smuggle raw
 * personal details in.
 */
export function pseudonymizeCases(doc: StudyDocument): StudyDocument {
  const lang = doc.study.lang;
  const clean = (s: string) => (s ? pseudonymize(s, { lang }).text : s);
  return {
    ...doc,
    cases: doc.cases.map((k) => ({
      ...k,
      title: clean(k.title),
      practitioner: clean(k.practitioner),
      text: clean(k.text),
    })),
  };
}
