import { Hono, type Context } from 'hono';
import { poolReport } from '../../../db/rounds/pools';
import { realtimeReport } from '../../services/rounds/realtime';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import {
  findStudyRound,
  listStudyRounds,
  participationStates,
  panellistGroups,
  type RoundRow,
} from '../../../db/report/report';
import type { FieldErrors } from '../../../views/components/form';
import { ReportIndexPage } from '../../../views/pages/report/index';
import { DecisionBlock, ItemReportPage, type ItemPageProps } from '../../../views/pages/report/item';
import { ReviewReportPage } from '../../../views/pages/report/review';
import { RoundReportPage } from '../../../views/pages/report/round';
import { lateAnswerCount } from '../../../db/report/export';
import { graceRunning } from '../../services/decisions/close-round';
import { overrideDecision } from '../../services/decisions';
import {
  exportCsv,
  exportJson,
  exportXlsx,
  panelRoundCsv,
  panelRoundJson,
  panelRoundXlsx,
} from '../../services/exports';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { formValidator } from '../../http/validate';
import { LIMITS } from '../../limits';
import { attritionOf, parseSort, reportJson, sortItems } from '../../report';
import {
  loadCoverageReport,
  loadProposedActivities,
  loadReviewReport,
  computeRoundReport,
} from '../../services/report';

type C = Context<StudyEnv>;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function download(c: C, body: string | Buffer, type: string, name: string) {
  return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200, {
    'content-type': type,
    'content-disposition': `attachment; filename="${name}"`,
  });
}

/** `/studies/:studyId/report`: the Rapportage tab and study-wide exports. */
export const studyReportRoutes = new Hono<StudyEnv>();

studyReportRoutes.get('/', (c) => {
  const { db, study, t } = c.var;
  const rounds = listStudyRounds(db, study.id).filter((r) => r.status !== 'draft');
  return page(c, t.report.indexTitle, <ReportIndexPage t={t} study={study} rounds={rounds} />);
});
studyReportRoutes.get('/answers.csv', (c) =>
  download(
    c,
    exportCsv(c.var.db, c.var.study.id),
    'text/csv; charset=utf-8',
    `maatstaf-${c.var.study.id}-antwoorden.csv`,
  ),
);
studyReportRoutes.get('/answers.xlsx', async (c) =>
  download(
    c,
    await exportXlsx(c.var.db, c.var.study.id, c.var.study.lang),
    XLSX,
    `maatstaf-${c.var.study.id}-antwoorden.xlsx`,
  ),
);
studyReportRoutes.get('/answers.json', (c) => c.json(exportJson(c.var.db, c.var.study.id, c.var.study.lang)));

/** `/studies/:studyId/rounds/:roundId/…`: the round report, its JSON, item pages, overrides and exports. */
export const roundReportRoutes = new Hono<StudyEnv>();

function round(c: C): RoundRow {
  const id = Number(c.req.param('roundId'));
  const r = Number.isInteger(id) ? findStudyRound(c.var.db, c.var.study.id, id) : undefined;
  if (!r) throw new HTTPException(404);
  return r;
}

function ratingRound(c: C): RoundRow {
  const r = round(c);
  if (r.kind !== 'rating') throw new HTTPException(404);
  return r;
}

roundReportRoutes.get('/report', async (c) => {
  const { db, study, t } = c.var;
  const r = round(c);
  if (r.kind !== 'rating') {
    const states = participationStates(db, r.id);
    const groups = panellistGroups(db, study.id);
    const attrition = attritionOf(r, states, (id) => groups.get(id)?.group ?? '');
    const review = r.kind === 'review' ? loadReviewReport(db, r) : null;
    return page(
      c,
      t.report.title(r.number, r.title),
      <ReviewReportPage
        t={t}
        study={study}
        round={r}
        review={review}
        coverage={r.kind === 'coverage' ? loadCoverageReport(db, r) : null}
        proposals={loadProposedActivities(db, r)}
        attrition={attrition}
      />,
      { wide: true },
    );
  }
  const report = await computeRoundReport(db, study.id, r, c.var.lang);
  const dim = c.req.query('dim') === 'frequency' ? 'frequency' : 'importance';
  const sort = parseSort(c.req.query('sort'), c.req.query('dir'));
  const items =
    sort.key === 'number' && sort.dir === 'asc'
      ? report.items
      : sortItems(report.items, sort.key, sort.dir, dim);
  return page(
    c,
    t.report.title(r.number, r.title),
    <RoundReportPage
      t={t}
      study={study}
      report={report}
      items={items}
      dim={dim}
      sort={sort}
      late={{
        count: lateAnswerCount(db, r.id),
        graceRunning: graceRunning(r),
      }}
      pool={poolReport(db, r.id)}
      realtime={realtimeReport(db, r.id, study.importanceScale)}
    />,
    { wide: true },
  );
});

roundReportRoutes.get('/report.json', async (c) => {
  const r = round(c);
  if (r.kind !== 'rating') return c.json(panelRoundJson(c.var.db, r));
  return c.json(reportJson(await computeRoundReport(c.var.db, c.var.study.id, r, c.var.lang)));
});

roundReportRoutes.get('/answers.csv', (c) => {
  const r = round(c);
  return download(
    c,
    r.kind === 'rating' ? exportCsv(c.var.db, c.var.study.id, r.id) : panelRoundCsv(c.var.db, r),
    'text/csv; charset=utf-8',
    `maatstaf-ronde-${r.number}.csv`,
  );
});

roundReportRoutes.get('/answers.xlsx', async (c) => {
  const r = round(c);
  return download(
    c,
    r.kind === 'rating'
      ? await exportXlsx(c.var.db, c.var.study.id, c.var.study.lang, r.id)
      : await panelRoundXlsx(c.var.db, r),
    XLSX,
    `maatstaf-ronde-${r.number}.xlsx`,
  );
});

async function itemProps(
  c: C,
  typed: Record<string, string | string[]> = {},
  errors: FieldErrors = {},
): Promise<ItemPageProps> {
  const values = Object.fromEntries(
    Object.entries(typed).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? '') : v]),
  );
  const { db, study, t } = c.var;
  const r = ratingRound(c);
  const id = Number(c.req.param('itemId'));
  const report = await computeRoundReport(db, study.id, r, c.var.lang);
  const item = report.items.find((it) => it.roundItemId === id);
  if (!item) throw new HTTPException(404);
  return {
    t,
    minRatings: report.minRatings,
    csrf: c.var.csrf,
    study,
    round: r,
    item,
    canEdit: c.var.role !== 'viewer',
    values,
    errors,
    saved: c.req.query('saved') === '1',
  };
}

roundReportRoutes.get('/report/items/:itemId', async (c) => {
  const props = await itemProps(c);
  return page(c, c.var.t.report.itemTitle(props.item.number), <ItemReportPage {...props} />, { wide: true });
});

const overrideSchema = z
  .object({
    decision: z.enum(['', 'in', 'out', 'none'], { message: 'report.errOverride' }),
    reason: z.string().max(LIMITS.note).optional().default(''),
  })
  .refine((v) => v.decision === '' || v.reason.trim() !== '', {
    message: 'report.errOverrideReason',
    path: ['reason'],
  });

roundReportRoutes.post(
  '/report/items/:itemId/override',
  formValidator<typeof overrideSchema, StudyEnv>(overrideSchema, async (c, errors, values) => {
    const props = await itemProps(c, values, errors);
    if (c.req.header('hx-request') === 'true') return c.html(<DecisionBlock {...props} />, 422);
    return page(c, c.var.t.report.itemTitle(props.item.number), <ItemReportPage {...props} />, {
      status: 422,
      wide: true,
    });
  }),
  async (c) => {
    const r = ratingRound(c);
    const itemId = Number(c.req.param('itemId'));
    const { decision, reason } = c.req.valid('form');
    const saved = overrideDecision(
      c.var.db,
      c.var.study.id,
      r.id,
      itemId,
      c.var.user.id,
      decision === '' ? null : decision,
      reason,
    );
    if (!saved) throw new HTTPException(409);
    if (c.req.header('hx-request') === 'true') return c.html(<DecisionBlock {...await itemProps(c)} saved />);
    return seeOther(c, `/studies/${c.var.study.id}/rounds/${r.id}/report/items/${itemId}?saved=1`);
  },
);
