import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadDraft } from '../../db/draft/draft';
import { createStudyVia, signedIn, testApp } from '../_setup';
import { loadCoding } from '../../db/draft/refi-qda';
import { addCase, CASE_A, proposedStudy } from '../draft/routes-helpers';
import { validate } from '../refi-qda/_xmllint';

describe('GET /studies/:id/draft/refi-qda', () => {
  it('downloads the draft as a .qdpx whose project.qde is valid against Project.xsd, with cases as sources and evidence as coded selections', async () => {
    const { db, id, owner, base, caseA, caseB } = await proposedStudy();
    const page = await (await owner.agent.get(base)).text();
    expect(page).toContain(`href="${base}/refi-qda/project.qdpx"`);
    const res = await owner.agent.get(`${base}/refi-qda/project.qdpx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('.qdpx"');
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const qde = await zip.file('project.qde')!.async('string');
    expect(validate(qde, 'Project.xsd')).toEqual({ ok: true, messages: '' });
    const texts = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => f.startsWith('sources/') && f.endsWith('.txt'))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(texts.sort()).toEqual([caseA.text, caseB.text].sort());
    const d = loadDraft(db, id);
    const active = d.items.filter((i) => i.status === 'active');
    const spans = [...d.evidence.values()].reduce((n, e) => n + e.links, 0);
    expect(qde.match(/<PlainTextSelection /g)).toHaveLength(spans);
    expect(qde.match(/<CodeRef /g)).toHaveLength(spans);
    for (const it of active) expect(qde).toContain(`name="${it.text}"`);
    // Every selection points into its plain text file (no characters beyond the BMP here: code points = UTF-16 units).
    const energie = caseA.text.indexOf('Ik heb de energieleverancier gebeld.');
    expect(qde).toMatch(new RegExp(`startPosition="${energie}"`));
  });

  it('counts selection offsets in code points, so a case with "cliënt" and an emoji before the evidence still points at it', async () => {
    const { app, db } = testApp();
    const owner = await signedIn(app, db, 'Anna Onderzoeker');
    const id = await createStudyVia(owner.agent);
    const text = `De cliënt 😀 🙂 meldde zich aan. ${CASE_A}`;
    const k = addCase(db, id, owner.userId, 'Casus 😀', text);
    expect((await owner.agent.post(`/studies/${id}/draft/propose`, { grouping: 'rubrics' })).status).toBe(
      303,
    );
    const res = await owner.agent.get(`/studies/${id}/draft/refi-qda/project.qdpx`);
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const qde = await zip.file('project.qde')!.async('string');
    expect(validate(qde, 'Project.xsd')).toEqual({ ok: true, messages: '' });
    const [source] = Object.keys(zip.files).filter((f) => f.startsWith('sources/') && f.endsWith('.txt'));
    const stored = await zip.file(source!)!.async('string');
    expect(stored).toBe(k.text);
    const codePoints = Array.from(stored);
    const selected = [...qde.matchAll(/startPosition="(\d+)" endPosition="(\d+)"/g)].map((m) =>
      codePoints.slice(Number(m[1]), Number(m[2])).join(''),
    );
    const evidence = [...loadCoding(db, id).evidence].map((e) => k.text.slice(e.start, e.end));
    expect(selected.length).toBeGreaterThan(0);
    expect(selected.sort()).toEqual(evidence.sort());
    expect(selected).toContain('Ik heb de energieleverancier gebeld');
  });

  it('downloads a .qdc codebook that validates and re-imports into another study as the same clusters and items', async () => {
    const { db, id, owner, base } = await proposedStudy();
    const res = await owner.agent.get(`${base}/refi-qda/codebook.qdc`);
    expect(res.status).toBe(200);
    const qdc = await res.text();
    expect(validate(qdc, 'Codebook.xsd')).toEqual({ ok: true, messages: '' });
    const other = await createStudyVia(owner.agent, { title: 'Tweede studie' });
    const form = new FormData();
    form.set('file', new File([qdc], 'codeboek.qdc'));
    const preview = await owner.agent.post(`/studies/${other}/draft/import/preview`, form);
    expect(preview.status).toBe(200);
    const html = await preview.text();
    const table = /name="table" value="([^"]*)"/
      .exec(html)![1]!
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    const done = await owner.agent.post(`/studies/${other}/draft/import`, {
      fileName: 'codeboek.qdc',
      kind: 'qdc',
      table,
    });
    expect(done.status).toBe(303);
    const shape = (studyId: number) => {
      const d = loadDraft(db, studyId);
      const label = new Map(d.clusters.map((c) => [c.id, c]));
      const path = (cid: number | null) => {
        const c = cid === null ? undefined : label.get(cid);
        const p = c?.parentId != null ? label.get(c.parentId) : undefined;
        return [p?.label, c?.label].filter(Boolean).join(' › ');
      };
      return d.items
        .filter((i) => i.status === 'active')
        .map((i) => `${path(i.clusterId)} | ${i.text}`)
        .sort();
    };
    expect(shape(other)).toEqual(shape(id));
    expect(loadDraft(db, other).items.every((i) => i.origin === 'import')).toBe(true);
  });

  it('says so on the draft page when there is nothing to export yet', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const id = await createStudyVia(agent);
    const res = await agent.get(`/studies/${id}/draft/refi-qda/codebook.qdc`);
    expect(res.status).toBe(303);
    expect(await (await agent.get(res.headers.get('location')!)).text()).toContain(
      'Het concept heeft nog geen items om als codes te exporteren.',
    );
  });
});
