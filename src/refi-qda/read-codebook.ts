import { SaxesParser } from 'saxes';
import type { QdaCode } from './export';

export type CodebookParse = { ok: true; codes: QdaCode[] } | { ok: false; error: 'errXml' | 'errNoCodes' };

const NAMESPACES = new Set(['urn:QDA-XML:codebook:1.0', 'urn:QDA-XML:project:1.0']);

/**
 * Reads the code tree of a REFI-QDA codebook (.qdc) or project document (project.qde). Codes are kept with their
 * names and descriptions; anything else in the file is ignored. Malformed XML or a file without codes is refused.
 */
export function readCodebook(xml: string): CodebookParse {
  const roots: QdaCode[] = [];
  const stack: QdaCode[] = [];
  let inDescription = false;
  let sawRoot = false;
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    if (!NAMESPACES.has(tag.uri)) return;
    if (tag.local === 'CodeBook' || tag.local === 'Project') sawRoot = true;
    if (tag.local === 'Code') {
      const attr = (n: string) => {
        const a = tag.attributes[n];
        return typeof a === 'string' ? a : (a?.value ?? '');
      };
      const code: QdaCode = {
        key: attr('guid'),
        name: attr('name').trim(),
        codable: attr('isCodable') !== 'false' && attr('isCodable') !== '0',
        children: [],
      };
      (stack.at(-1)?.children ?? roots).push(code);
      stack.push(code);
    } else if (tag.local === 'Description' && stack.length) inDescription = true;
  });
  parser.on('text', (t) => {
    if (inDescription) {
      const c = stack.at(-1)!;
      c.description = (c.description ?? '') + t;
    }
  });
  parser.on('closetag', (tag) => {
    if (!NAMESPACES.has(tag.uri)) return;
    if (tag.local === 'Code') stack.pop();
    if (tag.local === 'Description') inDescription = false;
  });
  try {
    parser.write(xml.replace(/^\uFEFF/, '')).close();
  } catch {
    return { ok: false, error: 'errXml' };
  }
  if (!sawRoot || !roots.length) return { ok: false, error: 'errNoCodes' };
  return { ok: true, codes: roots };
}

function leaves(c: QdaCode): QdaCode[] {
  return c.children.length ? c.children.flatMap(leaves) : c.codable ? [c] : [];
}

/**
 * A code tree as an item table: top-level codes with children become clusters, their codes with children
 * sub-aspects, and the codable codes without children (at any depth below) items; a top-level codable code
 * without children is an item outside any cluster. A code marked not codable is never an item.
 */
export function codebookTable(codes: readonly QdaCode[]): string[][] {
  const rows: string[][] = [['cluster', 'sub-aspect', 'wording']];
  for (const top of codes) {
    if (!top.children.length) {
      if (top.codable) rows.push(['', '', top.name]);
      continue;
    }
    for (const child of top.children) {
      if (!child.children.length) {
        if (child.codable) rows.push([top.name, '', child.name]);
      } else for (const leaf of leaves(child)) rows.push([top.name, child.name, leaf.name]);
    }
  }
  return rows;
}
