import { buildAppendices } from './build-appendix';
import { buildConcepts, buildIntro } from './build-intro';
import { buildMethod } from './build-method';
import { buildFeedback, buildProcedure, buildScoring } from './build-practice';
import { buildStandard } from './build-standard';
import { fmtDate, joinList } from './format';
import type { HandbookInput } from './input';
import type { Block, HandbookDoc } from './model';
import { texts } from './texts-for';

/**
 * Turns the study's records into the format-neutral handbook, in the study's language.
 * Pure: the same input always gives the same document.
 */
export function buildHandbook(input: HandbookInput): HandbookDoc {
  const lang = input.study.lang === 'en' ? 'en' : 'nl';
  const t = texts(lang);
  const { version } = input;
  const v = String(version.number);
  const adopted = version.status === 'adopted';
  const date = fmtDate(adopted ? (version.adoptedAt ?? version.createdAt) : version.createdAt, lang);

  const meta: [string, string][] = [];
  if (input.study.institution) meta.push([t.meta.institution, input.study.institution]);
  meta.push(
    [t.meta.version, v],
    [t.meta.status, adopted ? t.meta.adopted : t.meta.draft],
    [t.meta.date, date],
  );
  if (adopted && version.adoptedBy) meta.push([t.meta.adoptedBy, version.adoptedBy]);
  if (input.authors.length > 0) meta.push([t.meta.authors, joinList(input.authors, lang)]);

  const blocks: Block[] = [
    {
      kind: 'titlePage',
      title: input.study.title,
      subtitle: t.subtitle,
      status: adopted ? t.statusLine.adopted(v, date) : t.statusLine.draft(v),
      meta,
    },
    { kind: 'pageBreak' },
    { kind: 'toc', title: t.toc },
    ...buildIntro(input, t, lang),
    ...buildMethod(input, t, lang),
    ...buildConcepts(t),
    ...buildStandard(input, t, lang),
    ...buildProcedure(t),
    ...buildScoring(t),
    ...buildFeedback(input, t),
    ...buildAppendices(input, t, lang),
  ];
  return { lang, title: input.study.title, runningHead: `${input.study.title} — ${t.subtitle}`, blocks };
}
