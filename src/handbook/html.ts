import { htmlCss } from './html-css';
import type { Block, HandbookDoc, HeadingBlock, Run } from './model';

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const runs = (rs: Run[]) =>
  rs
    .map((r) => {
      let s = esc(r.text);
      if (r.italic) s = `<em>${s}</em>`;
      if (r.bold) s = `<strong>${s}</strong>`;
      return s;
    })
    .join('');

function toc(doc: HandbookDoc, title: string): string {
  const heads = doc.blocks.filter((x): x is HeadingBlock => x.kind === 'heading' && x.level <= 2);
  let out = '';
  let open = false;
  for (const hd of heads) {
    const link = `<a href="#${esc(hd.id)}">${esc(hd.text)}</a>`;
    if (hd.level === 1) {
      out += `${open ? '</ol></li>' : ''}<li>${link}<ol>`;
      open = true;
    } else out += `<li>${link}</li>`;
  }
  if (open) out += '</ol></li>';
  // Empty nested lists are harmless to screen readers but noisy; drop them.
  out = out.replace(/<ol><\/ol>/g, '');
  return `<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${esc(title)}</h2><ol>${out}</ol></nav>`;
}

function table(
  caption: string,
  header: string[],
  rows: string[][],
  numeric: number[] = [],
  cls = '',
): string {
  const th = header.map((x) => `<th scope="col">${esc(x)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c, k) => `<td${numeric.includes(k) ? ' class="num"' : ''}>${esc(c)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table${cls ? ` class="${cls}"` : ''}><caption>${esc(caption)}</caption><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function block(x: Block, doc: HandbookDoc): string {
  switch (x.kind) {
    case 'titlePage': {
      const meta = x.meta.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join('');
      return (
        `<header class="title-page"><p class="subtitle">${esc(x.subtitle)}</p><h1>${esc(x.title)}</h1>` +
        `<p class="status">${esc(x.status)}</p><dl class="meta">${meta}</dl></header>`
      );
    }
    case 'toc':
      return toc(doc, x.title);
    case 'heading': {
      const tag = `h${x.level + 1}`;
      return `<${tag} id="${esc(x.id)}">${esc(x.text)}</${tag}>`;
    }
    case 'paragraph':
      return `<p${x.role ? ` class="${x.role}"` : ''}>${runs(x.runs)}</p>`;
    case 'list': {
      const tag = x.ordered ? 'ol' : 'ul';
      return `<${tag}>${x.items.map((it) => `<li>${runs(it)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return table(x.caption, x.header, x.rows, x.numeric);
    case 'fields':
      return `<dl class="${x.variant ?? 'fields'}">${x.fields.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>`;
    case 'checklist': {
      const th = x.header.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
      const body = x.rows
        .map((r) => {
          const lines = r.lines.map(([k, v]) => `<span class="line"><b>${esc(k)}:</b> ${esc(v)}</span>`);
          return `<tr><th scope="row"><span class="activity">${esc(r.title)}</span>${lines.join('')}</th><td></td><td></td><td></td><td></td><td></td></tr>`;
        })
        .join('\n');
      return `<table class="checklist"><caption>${esc(x.caption)}</caption><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
    }
    case 'pageBreak':
      return '';
  }
}

/** Standalone, print-ready HTML: title page as banner, linked contents as nav, chapters as sections in main. */
export function renderHtml(doc: HandbookDoc): string {
  const head: string[] = [];
  const main: string[] = [];
  let inChapter = false;
  for (const x of doc.blocks) {
    if (x.kind === 'titlePage' || x.kind === 'toc') {
      head.push(block(x, doc));
      continue;
    }
    if (x.kind === 'heading' && x.level === 1) {
      if (inChapter) main.push('</section>');
      main.push(`<section class="chapter" aria-labelledby="${esc(x.id)}">`);
      inChapter = true;
    }
    const html = block(x, doc);
    if (html) main.push(html);
  }
  if (inChapter) main.push('</section>');
  return `<!doctype html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.title)}</title>
<style>${htmlCss}</style>
</head>
<body>
${head.join('\n')}
<main>
${main.join('\n')}
</main>
</body>
</html>
`;
}
