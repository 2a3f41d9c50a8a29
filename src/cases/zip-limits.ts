import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  /** Sum of the entries' unpacked sizes, in bytes. */
  unpackedBytes: number;
  entries: number;
}

export type ZipCheck = { ok: true } | { ok: false; error: 'errDocx' | 'errDocxTooBig' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Checks a zip archive (a .docx) against size limits before anything unpacks it: the entry count and the
 * unpacked sizes come from the central directory at the end of the file, so a 62 KB file that claims 20 MB is
 * refused without inflating a byte. Because those sizes are only claims, each entry is then inflated with the
 * claimed size as a hard cap (zlib stops there), so an archive that lies about its sizes is refused too; the
 * work is bounded by the limits, not by the archive.
 */
export function checkZip(buf: Buffer, limits: ZipLimits): ZipCheck {
  const end = findEndOfCentralDirectory(buf);
  if (end < 0) return { ok: false, error: 'errDocx' };
  const count = buf.readUInt16LE(end + 10);
  const cdSize = buf.readUInt32LE(end + 12);
  const cdOffset = buf.readUInt32LE(end + 16);
  // ZIP64 markers: no .docx under our upload limit needs them.
  if (count === 0xffff || cdOffset === 0xffffffff || cdOffset + cdSize > end)
    return { ok: false, error: 'errDocx' };
  if (count > limits.entries) return { ok: false, error: 'errDocxTooBig' };
  const entries: { method: number; compressed: number; size: number; local: number }[] = [];
  let total = 0;
  for (let at = cdOffset, i = 0; i < count; i++) {
    if (at + 46 > end || buf.readUInt32LE(at) !== CENTRAL) return { ok: false, error: 'errDocx' };
    const entry = {
      method: buf.readUInt16LE(at + 10),
      compressed: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      local: buf.readUInt32LE(at + 42),
    };
    total += entry.size;
    if (total > limits.unpackedBytes) return { ok: false, error: 'errDocxTooBig' };
    entries.push(entry);
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  for (const e of entries) {
    if (e.local + 30 > buf.length || buf.readUInt32LE(e.local) !== LOCAL)
      return { ok: false, error: 'errDocx' };
    const start = e.local + 30 + buf.readUInt16LE(e.local + 26) + buf.readUInt16LE(e.local + 28);
    const data = buf.subarray(start, start + e.compressed);
    if (e.method === 0) {
      if (data.length !== e.size) return { ok: false, error: 'errDocx' };
    } else if (e.method === 8) {
      try {
        // One byte over the claim makes zlib throw, which is how a lie shows.
        if (inflateRawSync(data, { maxOutputLength: e.size + 1 }).length !== e.size)
          return { ok: false, error: 'errDocx' };
      } catch (err) {
        return {
          ok: false,
          error: (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'errDocxTooBig' : 'errDocx',
        };
      }
    } else return { ok: false, error: 'errDocx' };
  }
  return { ok: true };
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--)
    if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}
