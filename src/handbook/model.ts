import type { Lang } from './input';

/** Format-neutral handbook: every renderer walks the same blocks, so the four formats never drift apart. */
export interface HandbookDoc {
  lang: Lang;
  title: string;
  /** Shown in page headers of paged formats. */
  runningHead: string;
  blocks: Block[];
}

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block =
  | TitlePageBlock
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | FieldsBlock
  | ChecklistBlock
  | { kind: 'toc'; title: string }
  | { kind: 'pageBreak' };

export interface TitlePageBlock {
  kind: 'titlePage';
  title: string;
  subtitle: string;
  /** Status line, e.g. "Concept — niet vastgesteld". */
  status: string;
  meta: [label: string, value: string][];
}

export interface HeadingBlock {
  kind: 'heading';
  /** 1 = chapter (starts on a new page in paged formats). */
  level: 1 | 2 | 3;
  id: string;
  text: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
  /** 'item' marks the behavioural statement of a standard item. */
  role?: 'item' | 'note';
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  items: Run[][];
}

export interface TableBlock {
  kind: 'table';
  caption: string;
  header: string[];
  rows: string[][];
  /** Relative column widths; renderers that size columns use them. */
  widths?: number[];
  /** Columns holding numbers (right-aligned). */
  numeric?: number[];
}

/** Label–value pairs describing one item (criterion, norm, source…). */
export interface FieldsBlock {
  kind: 'fields';
  fields: [label: string, value: string][];
  /** 'terms' is a glossary: each label is a term set above its longer definition. */
  variant?: 'terms';
}

/** One row of a scoring form: the activity (number and wording) and the lines a reviewer scores against. */
export interface ChecklistRow {
  title: string;
  /** Criterion, norm and source of evidence as label–value pairs. */
  lines: [label: string, value: string][];
}

/** Scoring form: first column names the item, the score columns stay empty for the reviewers. */
export interface ChecklistBlock {
  kind: 'checklist';
  caption: string;
  /** item | met | partly | not met | n/a | notes */
  header: string[];
  rows: ChecklistRow[];
}

export const p = (...runs: (Run | string)[]): ParagraphBlock => ({
  kind: 'paragraph',
  runs: runs.map((r) => (typeof r === 'string' ? { text: r } : r)),
});
export const b = (text: string): Run => ({ text, bold: true });
export const i = (text: string): Run => ({ text, italic: true });
export const h = (level: 1 | 2 | 3, id: string, text: string): HeadingBlock => ({
  kind: 'heading',
  level,
  id,
  text,
});
export const ul = (items: (string | Run[])[]): ListBlock => ({
  kind: 'list',
  ordered: false,
  items: items.map((x) => (typeof x === 'string' ? [{ text: x }] : x)),
});
export const ol = (items: (string | Run[])[]): ListBlock => ({ ...ul(items), ordered: true });

/** Chapter headings as the builders emit them: number + title, one page each in paged formats. */
export function chapter(number: string, id: string, title: string): Block[] {
  return [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, id, text: number ? `${number} ${title}` : title },
  ];
}
