export type * from './input';
export type * from './model';
export type { ReportingItem } from './reporting';
export { buildHandbook } from './build';
export { coveredReportingItems } from './reporting';
export { renderHtml } from './html';
export { renderMarkdown } from './markdown';
export { renderDocx } from './docx';
export { renderPdf } from './pdf';
