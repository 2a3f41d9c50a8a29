import JSZip from 'jszip';
import { codePointOffset, esc, escText, guidOf } from './xml';

/**
 * A code: a cluster or sub-aspect with its children, or an item (a leaf). Clusters are written as not codable:
 * the evidence codes items, and a reader can tell an empty cluster from an item.
 */
export interface QdaCode {
  key: string;
  name: string;
  codable: boolean;
  description?: string | undefined;
  children: QdaCode[];
}

/** A pseudonymised case text with the spans coded by items (UTF-16 offsets as stored, end exclusive). */
export interface QdaSource {
  key: string;
  name: string;
  text: string;
  selections: { key: string; start: number; end: number; codeKey: string }[];
}

export interface QdaProject {
  name: string;
  codes: QdaCode[];
  sources: QdaSource[];
  exportedAt: Date;
}

const ORIGIN = 'Maatstaf';

function codeXml(c: QdaCode, indent: string): string {
  const inner = [
    c.description ? `${indent}  <Description>${escText(c.description)}</Description>` : '',
    ...c.children.map((k) => codeXml(k, `${indent}  `)),
  ].filter(Boolean);
  const open = `${indent}<Code guid="${guidOf(c.key)}" name="${esc(c.name)}" isCodable="${c.codable}"`;
  return inner.length ? `${open}>\n${inner.join('\n')}\n${indent}</Code>` : `${open}/>`;
}

function codesXml(codes: readonly QdaCode[], indent: string): string {
  return `${indent}<Codes>\n${codes.map((c) => codeXml(c, `${indent}  `)).join('\n')}\n${indent}</Codes>`;
}

/**
 * The draft's clusters, sub-aspects and items as a REFI-QDA codebook (.qdc, namespace urn:QDA-XML:codebook:1.0).
 * A codebook needs at least one code; an empty draft gets none and the caller says so.
 */
export function codebookXml(codes: readonly QdaCode[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="${ORIGIN}">`,
    codesXml(codes, '  '),
    '</CodeBook>',
    '',
  ].join('\n');
}

function sourceXml(s: QdaSource, at: string): string {
  const guid = guidOf(s.key);
  const selections = s.selections
    .filter((x) => x.end > x.start && x.end <= s.text.length)
    .map((x) => {
      const start = codePointOffset(s.text, x.start);
      const end = codePointOffset(s.text, x.end);
      const name = s.text.slice(x.start, x.end).replace(/\s+/g, ' ').slice(0, 80);
      return [
        `      <PlainTextSelection guid="${guidOf(x.key)}" name="${esc(name)}" startPosition="${start}" endPosition="${end}" creationDateTime="${at}">`,
        `        <Coding guid="${guidOf(`${x.key}/coding`)}" creationDateTime="${at}">`,
        `          <CodeRef targetGUID="${guidOf(x.codeKey)}"/>`,
        '        </Coding>',
        '      </PlainTextSelection>',
      ].join('\n');
    });
  const open = `    <TextSource guid="${guid}" name="${esc(s.name)}" plainTextPath="internal://${guid}.txt" creationDateTime="${at}"`;
  return selections.length ? `${open}>\n${selections.join('\n')}\n    </TextSource>` : `${open}/>`;
}

/** The project.qde document: codebook, and every case as a text source with its coded selections. */
export function projectXml(p: QdaProject): string {
  const at = p.exportedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Project xmlns="urn:QDA-XML:project:1.0" name="${esc(p.name)}" origin="${ORIGIN}" creationDateTime="${at}">`,
    ...(p.codes.length ? ['  <CodeBook>', codesXml(p.codes, '    '), '  </CodeBook>'] : []),
    ...(p.sources.length ? ['  <Sources>', ...p.sources.map((s) => sourceXml(s, at)), '  </Sources>'] : []),
    '</Project>',
    '',
  ].join('\n');
}

/** The .qdpx zip: project.qde and sources/<guid>.txt (UTF-8) for each case text. */
export async function projectQdpx(p: QdaProject): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('project.qde', projectXml(p));
  for (const s of p.sources) zip.file(`sources/${guidOf(s.key)}.txt`, s.text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
