import type { HandbookInput } from './input';
import { b, chapter, h, ol, p, ul, type Block } from './model';
import type { Texts } from './texts';

type Section = { title: string; paragraphs: string[]; list?: { ordered: boolean; items: string[] } };

function sections(chapterNo: string, idPrefix: string, list: Section[]): Block[] {
  return list.flatMap((s, k) => {
    const blocks: Block[] = [h(2, `${idPrefix}-${k + 1}`, `${chapterNo}.${k + 1} ${s.title}`)];
    blocks.push(...s.paragraphs.map((x) => p(x)));
    if (s.list) blocks.push(s.list.ordered ? ol(s.list.items) : ul(s.list.items));
    return blocks;
  });
}

export function buildProcedure(t: Texts): Block[] {
  return [
    ...chapter('5', 'procedure', t.chapters.procedure),
    ...sections('5', 'procedure', t.procedure.sections),
  ];
}

export function buildScoring(t: Texts): Block[] {
  const blocks = sections('6', 'scoren', t.scoring.sections);
  // The formula goes right under the "computing compliance" heading, so readers find it without the prose.
  const at = blocks.findIndex((x) => x.kind === 'heading' && x.id === 'scoren-2');
  if (at >= 0) blocks.splice(at + 1, 0, p(b(t.scoring.formula)));
  return [...chapter('6', 'scoren', t.chapters.scoring), ...blocks];
}

export function buildFeedback(input: HandbookInput, t: Texts): Block[] {
  const blocks = [
    ...chapter('7', 'terugkoppeling', t.chapters.feedback),
    ...sections('7', 'feedback', t.feedback.sections),
  ];
  const adoptedAt = input.version.status === 'adopted' ? input.version.adoptedAt : undefined;
  const year = adoptedAt ? new Date(adoptedAt).getFullYear() : NaN;
  if (!Number.isNaN(year)) blocks.push(p(t.feedback.nextReview(String(year + 3))));
  return blocks;
}
