import {
  buildHandbook,
  renderDocx,
  renderHtml,
  renderMarkdown,
  renderPdf,
  type HandbookInput,
} from '../handbook';
import type { Lang } from '../domain';

export const HANDBOOK_FORMATS = ['html', 'pdf', 'docx', 'md'] as const;
export type HandbookFormat = (typeof HANDBOOK_FORMATS)[number];

export const CONTENT_TYPES: Record<HandbookFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
};

export const isHandbookFormat = (s: string): s is HandbookFormat =>
  (HANDBOOK_FORMATS as readonly string[]).includes(s);

/** One document model, four formats. */
export async function renderHandbook(input: HandbookInput, format: HandbookFormat): Promise<string | Buffer> {
  const doc = buildHandbook(input);
  switch (format) {
    case 'html':
      return renderHtml(doc);
    case 'md':
      return renderMarkdown(doc);
    case 'docx':
      return renderDocx(doc);
    case 'pdf':
      return renderPdf(doc);
  }
}

/** A file name without spaces or diacritics, e.g. "procesmatige-hulpverlening-standaard-v2.pdf". */
export function handbookFileName(title: string, version: number, format: HandbookFormat, lang: Lang): string {
  const base = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${base || 'maatstaf'}-${lang === 'en' ? 'standard' : 'standaard'}-v${version}.${format}`;
}
