import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildHandbook, renderDocx, renderHtml, renderMarkdown, renderPdf } from '../../src/handbook';
import { buildReviewReport } from '../../src/review-report/build';
import { texts } from '../../views/i18n';
import { generate, generateReview, ITEMS } from './export-input';

const LIMIT_MS = 2000;

async function time<T>(label: string, fn: () => T | Promise<T>): Promise<{ ms: number; out: T }> {
  const t0 = performance.now();
  const out = await fn();
  const ms = Math.round(performance.now() - t0);
  console.log(
    `${label.padEnd(10)} ${String(ms).padStart(5)} ms${ms > LIMIT_MS ? '  (over the 2 s budget)' : ''}`,
  );
  return { ms, out };
}

const input = generate();
// Warm up module loading and font decoding so the figures measure rendering, not start-up.
await renderPdf(buildHandbook({ ...input, clusters: input.clusters.slice(0, 1) }));
await renderDocx(buildHandbook({ ...input, clusters: input.clusters.slice(0, 1) }));

const doc = buildHandbook(input);
const html = await time('html', () => renderHtml(buildHandbook(input)));
const md = await time('markdown', () => renderMarkdown(buildHandbook(input)));
const docx = await time('docx', () => renderDocx(buildHandbook(input)));
const pdf = await time('pdf', () => renderPdf(buildHandbook(input)));
// The peer-review report of a round over the same items renders through the same PDF code.
const reviewDoc = buildReviewReport(generateReview(), texts('nl'));
const reviewPdf = await time('review pdf', () => renderPdf(reviewDoc));
console.log(
  `${doc.blocks.length} blocks; html ${html.out.length} chars, md ${md.out.length} chars, ` +
    `docx ${docx.out.length} bytes, pdf ${pdf.out.length} bytes`,
);
// `--out DIR` keeps the rendered files, to look at them.
const outDir = process.argv[process.argv.indexOf('--out') + 1];
if (process.argv.includes('--out') && outDir) {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'handbook.html'), html.out);
  writeFileSync(join(outDir, 'handbook.md'), md.out);
  writeFileSync(join(outDir, 'handbook.docx'), docx.out);
  writeFileSync(join(outDir, 'handbook.pdf'), pdf.out);
  writeFileSync(join(outDir, 'review-report.pdf'), reviewPdf.out);
}
const over = [html, md, docx, pdf, reviewPdf].some((r) => r.ms > LIMIT_MS);
if (over) process.exitCode = 1;
console.log(
  JSON.stringify({
    items: ITEMS,
    html_ms: html.ms,
    pdf_ms: pdf.ms,
    docx_ms: docx.ms,
    md_ms: md.ms,
    review_pdf_ms: reviewPdf.ms,
  }),
);
