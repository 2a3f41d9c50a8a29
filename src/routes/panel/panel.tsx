import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { findPanellist, linkToken, panelListPage, regenerateLink, revokeLink } from '../../../db/panel/panel';
import { PanelPage, type ImportReport } from '../../../views/pages/panel/list';
import { page, seeOther } from '../../http/render';
import { requireEditor, type StudyEnv } from '../../http/study-access';
import { formValidator } from '../../http/validate';
import { firstValues } from '../../http/form-values';
import type { KeyProvider } from '../../auth/panel-key';
import { decodeCsvBytes } from '../../exports/csv';
import { addPanellistToStudy, importPanelCsv } from '../../services/panel/panel';
import { ButtonForm, NewPanellistForm, PanelImportForm, panellistValues } from './forms';

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
  /** One page of the panel from the database (a panel may have 20,000 members). */
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

  r.post(
    '/',
    formValidator<typeof NewPanellistForm, StudyEnv>(NewPanellistForm, (c, errors, values) =>
      show(c, { values: panellistValues(firstValues(values)), errors }, 422),
    ),
    (c) => {
      const values = c.req.valid('form');
      const res = addPanellistToStudy(c.var.db, keyOf(), c.var.study.id, c.var.user.id, {
        ...values,
        email: values.email || null,
      });
      if (!res.ok) return show(c, { values, errors: { email: c.var.t.panel.errFormDuplicate } }, 422);
      return seeOther(c, `/studies/${c.var.study.id}/panel?n=added`);
    },
  );

  r.post(
    '/import',
    formValidator<typeof PanelImportForm, StudyEnv>(PanelImportForm, (c) => show(c, {}, 422)),
    async (c) => {
      const { csv, file } = c.req.valid('form');
      const text = file && file.size > 0 ? decodeCsvBytes(await file.arrayBuffer()).text : csv;
      const res = await importPanelCsv(c.var.db, keyOf(), c.var.study.id, c.var.user.id, text);
      if (!res.ok) {
        const error = c.var.t.panel[res.error];
        return show(c, { report: { imported: 0, refused: [], unknownHeaders: [], error } }, 422);
      }
      const report: ImportReport = {
        imported: res.added.length,
        refused: res.refused,
        unknownHeaders: res.unknownHeaders,
      };
      return show(c, { report }, report.refused.length ? 422 : 200);
    },
  );

  r.get('/:id/link', (c) => {
    requireEditor(c.var.role);
    const p = one(c);
    if (p.revokedAt) throw new HTTPException(404);
    return show(c, {
      notice: noticeOf(c),
      link: { pseudonym: p.pseudonym, name: p.name, url: `${publicBase(c)}/p/${linkToken(keyOf(), p)}` },
    });
  });

  const button = formValidator<typeof ButtonForm, StudyEnv>(ButtonForm, (c) => show(c, {}, 422));

  r.post('/:id/regenerate', button, (c) => {
    const p = regenerateLink(c.var.db, keyOf(), c.var.study.id, one(c).id, c.var.user.id)!;
    // Straight to the new link: the researcher regenerates in order to hand it out.
    return seeOther(c, `/studies/${c.var.study.id}/panel/${p.id}/link?n=regenerated#link`);
  });

  r.post('/:id/revoke', button, (c) => {
    revokeLink(c.var.db, c.var.study.id, one(c).id, c.var.user.id);
    return seeOther(c, `/studies/${c.var.study.id}/panel?n=revoked`);
  });

  return r;
}
