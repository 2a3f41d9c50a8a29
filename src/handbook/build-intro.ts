import { fmtDate, joinList } from './format';
import type { HandbookInput, Lang } from './input';
import { chapter, h, p, ul, type Block } from './model';
import type { Texts } from './texts';

export function buildIntro(input: HandbookInput, t: Texts, lang: Lang): Block[] {
  const { study, version } = input;
  const v = String(version.number);
  const institution = study.institution || (lang === 'nl' ? 'de instelling' : 'the institution');
  const status =
    version.status === 'adopted'
      ? t.intro.adoptedText(v, fmtDate(version.adoptedAt ?? version.createdAt, lang), version.adoptedBy ?? '')
      : t.intro.draftText(v, fmtDate(version.createdAt, lang));
  const blocks: Block[] = [
    ...chapter('1', 'inleiding', t.chapters.intro),
    h(2, 'doel', `1.1 ${t.intro.purpose}`),
    p(t.intro.purposeText(study.title, institution)),
  ];
  if (study.description.trim()) blocks.push(p(study.description.trim()));
  blocks.push(p(t.intro.developedText), h(2, 'status', `1.2 ${t.intro.status}`), p(status));
  if (input.authors.length > 0) blocks.push(p(t.intro.authorsText(joinList(input.authors, lang))));
  blocks.push(h(2, 'gebruik', `1.3 ${t.intro.use}`), ul(t.intro.useItems));
  return blocks;
}

export function buildConcepts(t: Texts): Block[] {
  return [
    ...chapter('3', 'begrippen', t.chapters.concepts),
    p(t.concepts.introText),
    { kind: 'fields', fields: t.concepts.terms, variant: 'terms' },
  ];
}
