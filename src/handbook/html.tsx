import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { htmlCss } from './html-css';
import type { Block, ChecklistBlock, HandbookDoc, HeadingBlock, Run, TableBlock } from './model';

/** Children one per line, as in the printed source of the document. */
const lines = (children: Child[]): Child[] => children.flatMap((c, i) => (i === 0 ? [c] : ['\n', c]));

function Runs(props: { runs: Run[] }) {
  return (
    <>
      {props.runs.map((r) => {
        let s: Child = r.text;
        if (r.italic) s = <em>{s}</em>;
        if (r.bold) s = <strong>{s}</strong>;
        return s;
      })}
    </>
  );
}

function Toc(props: { doc: HandbookDoc; title: string }) {
  const heads = props.doc.blocks.filter((x): x is HeadingBlock => x.kind === 'heading' && x.level <= 2);
  // Chapters with their sections; a section before the first chapter stands on its own.
  const entries: { head: HeadingBlock; sub: HeadingBlock[] }[] = [];
  let chapter: { head: HeadingBlock; sub: HeadingBlock[] } | undefined;
  for (const hd of heads) {
    if (hd.level === 1) entries.push((chapter = { head: hd, sub: [] }));
    else if (chapter) chapter.sub.push(hd);
    else entries.push({ head: hd, sub: [] });
  }
  const link = (hd: HeadingBlock) => <a href={`#${hd.id}`}>{hd.text}</a>;
  return (
    <nav class="toc" aria-labelledby="toc-title">
      <h2 id="toc-title">{props.title}</h2>
      <ol>
        {entries.map((e) => (
          <li>
            {link(e.head)}
            {e.sub.length > 0 && (
              <ol>
                {e.sub.map((s) => (
                  <li>{link(s)}</li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Table(props: { table: TableBlock }) {
  const { caption, header, rows, numeric = [] } = props.table;
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {header.map((x) => (
            <th scope="col">{x}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {'\n'}
        {lines(
          rows.map((r) => (
            <tr>
              {r.map((c, k) => (
                <td class={numeric.includes(k) ? 'num' : undefined}>{c}</td>
              ))}
            </tr>
          )),
        )}
        {'\n'}
      </tbody>
    </table>
  );
}

function Checklist(props: { list: ChecklistBlock }) {
  const x = props.list;
  return (
    <table class="checklist">
      <caption>{x.caption}</caption>
      <thead>
        <tr>
          {x.header.map((c) => (
            <th scope="col">{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {'\n'}
        {lines(
          x.rows.map((r) => (
            <tr>
              <th scope="row">
                <span class="activity">{r.title}</span>
                {r.lines.map(([k, v]) => (
                  <span class="line">
                    <b>{k}:</b> {v}
                  </span>
                ))}
              </th>
              <td></td>
              <td></td>
              <td></td>
              <td></td>
              <td></td>
            </tr>
          )),
        )}
        {'\n'}
      </tbody>
    </table>
  );
}

function Fields(props: { fields: [string, string][]; class: string }) {
  return (
    <dl class={props.class}>
      {props.fields.map(([k, v]) => (
        <div>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One block; null for blocks that only paged formats show (page breaks). */
function blockOf(x: Block, doc: HandbookDoc): Child | null {
  switch (x.kind) {
    case 'titlePage':
      return (
        <header class="title-page">
          <p class="subtitle">{x.subtitle}</p>
          <h1>{x.title}</h1>
          <p class="status">{x.status}</p>
          <Fields fields={x.meta} class="meta" />
        </header>
      );
    case 'toc':
      return <Toc doc={doc} title={x.title} />;
    case 'heading': {
      const H = (['h2', 'h3', 'h4'] as const)[x.level - 1]!;
      return <H id={x.id}>{x.text}</H>;
    }
    case 'paragraph':
      return (
        <p class={x.role}>
          <Runs runs={x.runs} />
        </p>
      );
    case 'list': {
      const L = x.ordered ? 'ol' : 'ul';
      return (
        <L>
          {x.items.map((it) => (
            <li>
              <Runs runs={it} />
            </li>
          ))}
        </L>
      );
    }
    case 'table':
      return <Table table={x} />;
    case 'fields':
      return <Fields fields={x.fields} class={x.variant ?? 'fields'} />;
    case 'checklist':
      return <Checklist list={x} />;
    case 'pageBreak':
      return null;
  }
}

/** Standalone, print-ready HTML: title page as banner, linked contents as nav, chapters as sections in main. */
export function renderHtml(doc: HandbookDoc): string {
  const head: Child[] = [];
  const main: Child[] = [];
  let chapter: { id: string; blocks: Child[] } | undefined;
  const closeChapter = () => {
    if (!chapter) return;
    main.push(
      <section class="chapter" aria-labelledby={chapter.id}>
        {'\n'}
        {lines(chapter.blocks)}
        {'\n'}
      </section>,
    );
  };
  for (const x of doc.blocks) {
    if (x.kind === 'titlePage' || x.kind === 'toc') {
      head.push(blockOf(x, doc));
      continue;
    }
    if (x.kind === 'heading' && x.level === 1) {
      closeChapter();
      chapter = { id: x.id, blocks: [] };
    }
    const html = blockOf(x, doc);
    if (html !== null) (chapter ? chapter.blocks : main).push(html);
  }
  closeChapter();
  const page = (
    <html lang={doc.lang}>
      {'\n'}
      <head>
        {'\n'}
        <meta charset="utf-8" />
        {'\n'}
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {'\n'}
        <title>{doc.title}</title>
        {'\n'}
        <style>{raw(htmlCss)}</style>
        {'\n'}
      </head>
      {'\n'}
      <body>
        {'\n'}
        {lines(head)}
        {'\n'}
        <main>
          {'\n'}
          {lines(main)}
          {'\n'}
        </main>
        {'\n'}
      </body>
      {'\n'}
    </html>
  );
  return `<!doctype html>\n${page.toString()}\n`;
}
