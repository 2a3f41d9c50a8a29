// Colours keep at least 7:1 contrast on white; print rules keep rows and headings with their content.
export const htmlCss = `
@page { size: A4; margin: 20mm 18mm 22mm 18mm; }
:root { color: #1b1b1b; background: #fff; }
body { font: 11pt/1.5 "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; max-width: 50rem;
  margin: 0 auto; padding: 2rem 1.25rem 4rem; }
a { color: #0b4f8a; }
a:focus-visible { outline: 2px solid #0b4f8a; outline-offset: 2px; }
h1, h2, h3, h4 { color: #123a5e; line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 2.1rem; margin: 0.4rem 0 1rem; }
.chapter > h2 { font-size: 1.6rem; border-bottom: 2px solid #123a5e; padding-bottom: 0.3rem; margin-top: 3rem; }
h3 { font-size: 1.2rem; margin-top: 2rem; }
h4 { font-size: 1.05rem; margin-top: 1.5rem; }
.title-page { padding: 4rem 0 3rem; border-bottom: 1px solid #6b6b6b; }
.title-page .subtitle { font-size: 1.1rem; text-transform: uppercase; letter-spacing: 0.06em; color: #3d3d3d; }
.title-page .status { font-size: 1.1rem; font-weight: 600; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1.25rem; margin-top: 2rem; }
dl.meta div, dl.fields div { display: contents; }
dt { font-weight: 600; }
dd { margin: 0; }
.toc ol { list-style: none; padding-left: 0; }
.toc ol ol { padding-left: 1.5rem; margin-bottom: 0.5rem; }
.toc li { margin: 0.15rem 0; }
p.item { font-weight: 600; margin: 1.6rem 0 0.4rem; padding-left: 0.6rem; border-left: 4px solid #123a5e;
  break-after: avoid; page-break-after: avoid; }
dl.fields { display: grid; grid-template-columns: 11rem 1fr; gap: 0.2rem 1rem; margin: 0 0 0.6rem 1rem; }
table { border-collapse: collapse; width: 100%; margin: 0.8rem 0 1.4rem; font-size: 0.92em; }
caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
th, td { border: 1px solid #6b6b6b; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #e4ecf4; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
thead { display: table-header-group; }
dl.terms dt { margin-top: 0.8rem; }
dl.terms dd { margin-left: 1.25rem; }
tr, dl.fields div, dl.terms div, li { break-inside: avoid; page-break-inside: avoid; }
table.checklist tbody th { font-weight: normal; width: 46%; }
table.checklist td { height: 1.8rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  .title-page { min-height: 230mm; border: 0; display: flex; flex-direction: column; justify-content: center; }
  .toc, .chapter { break-before: page; page-break-before: always; }
  .chapter > h2 { margin-top: 0; }
}
`;
