import JSZip from 'jszip';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { checkZip } from '../../src/cases/zip-limits';
import { readUpload } from '../../src/cases/upload';

const LIMITS = { unpackedBytes: 30 * 1024 * 1024, entries: 2000 };

/** A 60 KB "docx" whose document.xml unpacks to 40 MB, as in the issue. */
async function zipBomb(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/document.xml', '<w:t>' + 'a'.repeat(40 * 1024 * 1024) + '</w:t>');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

const asUpload = (name: string, buf: Buffer) => ({
  name,
  size: buf.length,
  arrayBuffer: async () => buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length) as ArrayBuffer,
});

describe('checkZip', () => {
  it('refuses a zip bomb from its central directory, without unpacking it', async () => {
    const bomb = await zipBomb();
    expect(bomb.length).toBeLessThan(200_000);
    expect(checkZip(bomb, LIMITS)).toEqual({ ok: false, error: 'errDocxTooBig' });
    // The same bomb with its compressed data destroyed is still refused as too big, not as broken: the sizes
    // in the central directory decided, nothing was unpacked.
    const name = bomb.indexOf('word/document.xml');
    const data = name + 'word/document.xml'.length + bomb.readUInt16LE(name - 2);
    bomb.fill(0xff, data, data + 1000);
    expect(checkZip(bomb, LIMITS)).toEqual({ ok: false, error: 'errDocxTooBig' });
  });

  it('refuses an archive that claims small sizes but unpacks to more', async () => {
    const bomb = await zipBomb();
    // Rewrite the claimed size of every entry (central directory and local headers) to 1 KB.
    for (let i = 0; i + 4 <= bomb.length; i++) {
      const sig = bomb.readUInt32LE(i);
      if (sig === 0x02014b50 && bomb.readUInt32LE(i + 24) > 1024) bomb.writeUInt32LE(1024, i + 24);
      if (sig === 0x04034b50 && bomb.readUInt32LE(i + 22) > 1024) bomb.writeUInt32LE(1024, i + 22);
    }
    expect(checkZip(bomb, LIMITS)).toEqual({ ok: false, error: 'errDocxTooBig' });
  });

  it('refuses an archive with more entries than the limit', async () => {
    const zip = new JSZip();
    for (let i = 0; i < 30; i++) zip.file(`f${i}.xml`, 'x');
    const buf = await zip.generateAsync({ type: 'nodebuffer' });
    expect(checkZip(buf, { ...LIMITS, entries: 20 })).toEqual({ ok: false, error: 'errDocxTooBig' });
    expect(checkZip(buf, LIMITS)).toEqual({ ok: true });
  });

  it('accepts a real .docx and refuses a truncated one as unreadable', async () => {
    const buf = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Tekst')] }] }));
    expect(checkZip(buf, LIMITS)).toEqual({ ok: true });
    expect(checkZip(buf.subarray(0, buf.length - 30), LIMITS)).toEqual({ ok: false, error: 'errDocx' });
  });
});

describe('readUpload', () => {
  it('answers a .docx zip bomb with errDocxTooBig before mammoth unpacks it', async () => {
    const read = await readUpload(asUpload('bom.docx', await zipBomb()));
    expect(read).toEqual({ ok: false, error: 'errDocxTooBig' });
  });

  it('refuses a text file longer than the case text limit', async () => {
    const read = await readUpload(asUpload('lang.txt', Buffer.from('woord '.repeat(850_000))));
    expect(read).toEqual({ ok: false, error: 'errTextTooLong' });
  });
});
