import type { Block, HandbookDoc, HeadingBlock, Run } from './model';

/** Backslash-escapes Markdown syntax so user text stays literal text. */
const esc = (s: string) =>
  s
    .replace(/\s*\n\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/([\\`*_{}[\]<>#|~!])/g, '\\$1');

/** A paragraph that starts like "1. " or "- " would turn into a list. */
const blockStart = (s: string) => s.replace(/^(\d+)\.(\s)/, '$1\\.$2').replace(/^([-+])(\s)/, '\\$1$2');

const runs = (rs: Run[]) =>
  rs
    .map((r) => {
      const lead = r.text.match(/^\s*/)?.[0] ?? '';
      const trail = r.text.match(/\s*$/)?.[0] ?? '';
      const core = r.text.trim();
      if (!core) return r.text;
      let s = esc(core);
      if (r.italic) s = `*${s}*`;
      if (r.bold) s = `**${s}**`;
      return `${lead}${s}${trail}`;
    })
    .join('');

/** GitHub's heading anchors: lowercase, punctuation removed, spaces to hyphens, duplicates numbered. */
function anchors(doc: HandbookDoc): Map<string, string> {
  const seen = new Map<string, number>();
  const out = new Map<string, string>();
  for (const x of doc.blocks) {
    if (x.kind !== 'heading') continue;
    const base = x.text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.set(x.id, n ? `${base}-${n}` : base);
  }
  return out;
}

const row = (cells: string[], escape = true) =>
  `| ${cells.map((c) => (escape ? esc(c) : c) || ' ').join(' | ')} |`;

/** Cells are escaped unless `escape` is false (the caller escaped the user text itself). */
function table(caption: string, header: string[], rows: string[][], numeric: number[] = [], escape = true) {
  const align = header.map((_, k) => (numeric.includes(k) ? '---:' : '---'));
  return [
    `*${esc(caption)}*`,
    '',
    row(header),
    `| ${align.join(' | ')} |`,
    ...rows.map((r) => row(r, escape)),
  ].join('\n');
}

function block(x: Block, doc: HandbookDoc, ids: Map<string, string>): string {
  switch (x.kind) {
    case 'titlePage':
      return [
        `# ${esc(x.title)}`,
        `**${esc(x.subtitle)}**`,
        esc(x.status),
        x.meta.map(([k, v]) => `- **${esc(k)}:** ${esc(v)}`).join('\n'),
      ].join('\n\n');
    case 'toc': {
      const heads = doc.blocks.filter((b): b is HeadingBlock => b.kind === 'heading' && b.level <= 2);
      const lines = heads.map(
        (hd) => `${hd.level === 2 ? '  ' : ''}- [${esc(hd.text)}](#${ids.get(hd.id) ?? hd.id})`,
      );
      return `## ${esc(x.title)}\n\n${lines.join('\n')}`;
    }
    case 'heading':
      return `${'#'.repeat(x.level + 1)} ${esc(x.text)}`;
    case 'paragraph':
      return blockStart(runs(x.runs));
    case 'list':
      return x.items.map((it, k) => `${x.ordered ? `${k + 1}.` : '-'} ${runs(it)}`).join('\n');
    case 'table':
      return table(x.caption, x.header, x.rows, x.numeric);
    case 'fields':
      if (x.variant === 'terms') return x.fields.map(([k, v]) => `**${esc(k)}**  \n${esc(v)}`).join('\n\n');
      return x.fields.map(([k, v]) => `- **${esc(k)}:** ${esc(v)}`).join('\n');
    case 'checklist':
      return table(
        x.caption,
        x.header,
        x.rows.map((r) => [
          [`**${esc(r.title)}**`, ...r.lines.map(([k, v]) => `${esc(k)}: ${esc(v)}`)].join('<br>'),
          '☐',
          '☐',
          '☐',
          '☐',
          '',
        ]),
        [],
        false,
      );
    case 'pageBreak':
      return '';
  }
}

/** GitHub-flavoured Markdown with a linked table of contents and pipe tables. */
export function renderMarkdown(doc: HandbookDoc): string {
  const ids = anchors(doc);
  return (
    doc.blocks
      .map((x) => block(x, doc, ids))
      .filter(Boolean)
      .join('\n\n') + '\n'
  );
}
