import mammoth from 'mammoth';
import { LIMITS } from '../limits';
import { checkZip } from './zip-limits';

export const MAX_UPLOAD_BYTES = LIMITS.uploadBytes;

export type UploadResult =
  | { ok: true; text: string }
  | {
      ok: false;
      error: 'errFileType' | 'errFileSize' | 'errDocx' | 'errDocxTooBig' | 'errFileText' | 'errTextTooLong';
    };

/** Reads an uploaded case file (.txt, .md or .docx) into plain text, refusing anything else clearly. */
export async function readUpload(file: {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}): Promise<UploadResult> {
  const ext = file.name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (!['txt', 'md', 'docx'].includes(ext)) return { ok: false, error: 'errFileType' };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, error: 'errFileSize' };
  const buf = Buffer.from(await file.arrayBuffer());
  if (ext === 'docx') {
    // A .docx is a zip archive; anything else with that name is refused before mammoth sees it.
    if (buf.length < 4 || buf.readUInt32LE(0) !== 0x04034b50) return { ok: false, error: 'errDocx' };
    const zip = checkZip(buf, { unpackedBytes: LIMITS.docxUnpackedBytes, entries: LIMITS.docxEntries });
    if (!zip.ok) return zip;
    try {
      const res = await mammoth.extractRawText({ buffer: buf });
      return withinLimit(normalise(res.value));
    } catch {
      return { ok: false, error: 'errDocx' };
    }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    if (text.includes('\u0000')) return { ok: false, error: 'errFileText' };
    return withinLimit(normalise(text.replace(/^\uFEFF/, '')));
  } catch {
    return { ok: false, error: 'errFileText' };
  }
}

function withinLimit(text: string): UploadResult {
  return text.length > LIMITS.caseText ? { ok: false, error: 'errTextTooLong' } : { ok: true, text };
}

function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
