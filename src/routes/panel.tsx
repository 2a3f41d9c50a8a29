import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { appendAudit } from '../../db/audit';
import {
  addPanellist,
  importPanellists,
  findPanellist,
  linkToken,
  panelListPage,
  panelEmails,
  regenerateLink,
  revokeLink,
} from '../../db/panel';
import type { FieldErrors } from '../../views/components/form';
import { PanelPage, type ImportReport } from '../../views/pages/panel/list';
import { page, seeOther } from '../http/render';
import { requireEditor, type StudyEnv } from '../http/study-access';
import { tooLong } from '../http/validate';
import { LIMITS } from '../limits';
import type { KeyProvider } from '../auth/panel-key';
import { validEmail } from '../panel/csv';
import { pool } from '../work/pool';

type C = Context<StudyEnv>;

/** The base of personal links: PUBLIC_URL only (checked at start), never the Host header of the request. */
export function publicBase(c: Context<StudyEnv>): string {
  return c.var.config.PUBLIC_URL;
}

/** The panel page: the only place where names and e-mail addresses of panellists are shown. */
export function panelRoutes(keyOf: KeyProvider) {
  const r = new Hono<StudyEnv>();
  const show = (c: C, extra: Partial<Parameters<typeof PanelPage>[0]> = {}, status: 200 | 422 = 200) =>
    page(
      c,
      c.var.t.panel.title,
      <PanelPage
        t={c.var.t}
        csrf={c.var.csrf}
        study={c.var.study}
        list={listFor(c)}
        canEdit={c.var.role !== 'viewer'}
        {...extra}
      />,
      { status, wide: true },
    );
  const listFor = (c: C) => {
    const list = panelListPage(c.var.db, c.var.study.id, Number(c.req.query('page')) || 1);
    if (c.var.role !== 'viewer') return list;
    // Viewers see pseudonyms only: names and addresses never reach their page.
    return { ...list, rows: list.rows.map((p) => ({ ...p, name: '', email: null })) };
  };
  const one = (c: C) => {
    const p = findPanellist(c.var.db, c.var.study.id, Number(c.req.param('id')));
    if (!p) throw new HTTPException(404);
    return p;
  };
  const audit = (c: C, action: string, id: number, summary: string) =>
    appendAudit(c.var.db, {
      studyId: c.var.study.id,
      userId: c.var.user!.id,
      action,
      entity: 'panellist',
      entityId: id,
      summary,
    });

  const noticeOf = (c: C) => {
    const n = c.req.query('n');
    return n === 'added'
      ? c.var.t.panel.added
      : n === 'regenerated'
        ? c.var.t.panel.regenerated
        : n === 'revoked'
          ? c.var.t.panel.revokedDone
          : n === 'erased'
            ? c.var.t.panel.erased
            : undefined;
  };

  r.get('/', (c) => show(c, { notice: noticeOf(c) }));

  r.post('/', async (c) => {
    const body = await c.req.parseBody();
    const s = (k: string) => (typeof body[k] === 'string' ? (body[k] as string).trim() : '');
    const values = {
      name: s('name'),
      email: s('email'),
      organisation: s('organisation'),
      role: s('role'),
      stakeholderGroup: s('stakeholderGroup'),
    };
    const errors: FieldErrors = {};
    // Too long is said beside the field (not cut off silently); the form keeps what fits.
    for (const [k, v] of Object.entries(values)) {
      const error = tooLong(v, LIMITS.line, c.var.t);
      if (error) {
        errors[k] = error;
        values[k as keyof typeof values] = v.slice(0, LIMITS.line);
      }
    }
    if (!values.name) errors['name'] = c.var.t.panel.errFormName;
    if (!errors['email'] && values.email) {
      if (!validEmail(values.email)) errors['email'] = c.var.t.panel.errFormEmail;
      else if (
        panelEmails(c.var.db, c.var.study.id).some((e) => e.toLowerCase() === values.email.toLowerCase())
      )
        errors['email'] = c.var.t.panel.errFormDuplicate;
    }
    if (Object.keys(errors).length) return show(c, { values, errors }, 422);
    const p = addPanellist(c.var.db, keyOf(), c.var.study.id, { ...values, email: values.email || null });
    audit(c, 'panellist.create', p.id, p.pseudonym);
    return seeOther(c, `/studies/${c.var.study.id}/panel?n=added`);
  });

  r.post('/import', async (c) => {
    const body = await c.req.parseBody();
    const file = body['file'];
    let text = typeof body['csv'] === 'string' ? body['csv'] : '';
    if (file instanceof File && file.size > 0) text = await file.text();
    const t = c.var.t.panel;
    if (!text.trim())
      return show(c, { report: { imported: 0, refused: [], unknownHeaders: [], error: t.errNoCsv } }, 422);
    // Parsing a large CSV and hashing a link per row run in the worker pool; only the insert is ours.
    const parsed = await pool().run('parsePanelCsv', [text, panelEmails(c.var.db, c.var.study.id)]);
    if (!parsed.ok)
      return show(
        c,
        { report: { imported: 0, refused: [], unknownHeaders: [], error: t[parsed.error] } },
        422,
      );
    const good = parsed.rows.filter((row) => !row.errors.length);
    const secrets = await pool().run('newLinkSecrets', [keyOf(), good.length]);
    const added = await importPanellists(
      c.var.db,
      c.var.study.id,
      good.map((row) => row.input),
      secrets,
      (db, all) =>
        appendAudit(db, {
          studyId: c.var.study.id,
          userId: c.var.user!.id,
          action: 'panellist.import',
          entity: 'panellist',
          entityId: all[0]!.id,
          summary: `${all.length} (${all.map((p) => p.pseudonym).join(', ')})`,
        }),
    );
    const report: ImportReport = {
      imported: added.length,
      refused: parsed.rows.filter((row) => row.errors.length),
      unknownHeaders: parsed.unknownHeaders,
    };
    return show(c, { report }, report.refused.length ? 422 : 200);
  });

  r.get('/:id/link', (c) => {
    requireEditor(c.var.role);
    const p = one(c);
    if (p.revokedAt) throw new HTTPException(404);
    return show(c, {
      notice: noticeOf(c),
      link: { pseudonym: p.pseudonym, name: p.name, url: `${publicBase(c)}/p/${linkToken(keyOf(), p)}` },
    });
  });

  r.post('/:id/regenerate', (c) => {
    const p = regenerateLink(c.var.db, keyOf(), c.var.study.id, one(c).id)!;
    audit(c, 'panellist.link.regenerate', p.id, p.pseudonym);
    // Straight to the new link: the researcher regenerates in order to hand it out.
    return seeOther(c, `/studies/${c.var.study.id}/panel/${p.id}/link?n=regenerated#link`);
  });

  r.post('/:id/revoke', (c) => {
    const p = one(c);
    if (revokeLink(c.var.db, c.var.study.id, p.id)) audit(c, 'panellist.link.revoke', p.id, p.pseudonym);
    return seeOther(c, `/studies/${c.var.study.id}/panel?n=revoked`);
  });

  return r;
}
