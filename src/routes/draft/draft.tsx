import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { findCase } from '../../../db/cases/cases';
import { findSuggestion } from '../../../db/draft/draft';
import { acceptDraftSuggestion, rejectDraftSuggestion } from '../../../db/draft/edits';
import { AcceptSuggestionForm, ProposeForm, toId } from '../../draft/forms';
import { CaseMarkedPage } from '../../../views/pages/draft/evidence';
import { proposeDraft, rerunExtraction } from '../../services/draft/run-extraction';
import { page, seeOther } from '../../http/render';
import { draftPage } from './page';
import type { StudyEnv } from '../../http/study-access';
import { draftAssistRoutes } from './assist';
import { draftClusterRoutes } from './clusters';
import { draftImportRoutes } from './import';
import { draftItemRoutes } from './items';
import { draftMergeRoutes } from './merge';
import { draftRefiRoutes } from './refi-qda';
import { button, clusterChoice, draftHome, studyRef, validForm, type C } from './shared';

export const draftRoutes = new Hono<StudyEnv>();

draftRoutes.get('/', (c) => draftPage(c));

// The form's one field falls back to rubrics, so it cannot be invalid.
const proposeForm = validForm(ProposeForm, (c) => c.body(null, 422));

draftRoutes.post('/propose', proposeForm, async (c) => {
  const { grouping } = c.req.valid('form');
  const res = await proposeDraft(c.var.db, c.var.study, c.var.user.id, grouping);
  if (res.kind === 'proposed') {
    return seeOther(
      c,
      draftHome(
        c,
        `?msg=proposed&items=${res.items}&clusters=${res.clusters - res.subAspects}&subs=${res.subAspects}&empty=${res.emptyCases.length}`,
      ),
    );
  }
  if (res.kind === 'noActivities')
    return seeOther(c, draftHome(c, `?msg=noActivities&empty=${res.emptyCases.length}`));
  return seeOther(c, draftHome(c, `?msg=${res.kind}`));
});

draftRoutes.post('/rerun', button(), async (c) => {
  const res = await rerunExtraction(c.var.db, c.var.study, c.var.user.id);
  if (res.kind === 'noCases') return seeOther(c, draftHome(c, '?msg=noCases'));
  return seeOther(
    c,
    draftHome(
      c,
      `?msg=suggested&items=${res.newItems}&evidence=${res.newEvidence}&empty=${res.emptyCases.length}`,
    ),
  );
});

function suggestionOr404(c: C) {
  const id = toId(c.req.param('suggestionId'));
  const s = id ? findSuggestion(c.var.db, c.var.study.id, id) : undefined;
  if (!s) throw new HTTPException(404);
  return s;
}

const acceptForm = validForm(AcceptSuggestionForm, (c) => c.body(null, 422));

draftRoutes.post('/suggestions/:suggestionId/accept', acceptForm, (c) => {
  const s = suggestionOr404(c);
  const clusterId = clusterChoice(c, c.req.valid('form').clusterId) ?? null;
  const item = acceptDraftSuggestion(c.var.db, s, clusterId, c.var.user.id);
  return seeOther(c, draftHome(c, item ? `#item-${item.id}` : ''));
});

draftRoutes.post('/suggestions/:suggestionId/reject', button(), (c) => {
  const s = suggestionOr404(c);
  rejectDraftSuggestion(c.var.db, s, c.var.user.id);
  return seeOther(c, draftHome(c));
});

/** A whole case with the evidence span marked. */
draftRoutes.get('/cases/:caseId', (c) => {
  const id = toId(c.req.param('caseId'));
  const kase = id ? findCase(c.var.db, c.var.study.id, id) : undefined;
  if (!kase) throw new HTTPException(404);
  const start = Number(c.req.query('start') ?? 0) || 0;
  const end = Number(c.req.query('end') ?? 0) || 0;
  return page(
    c,
    kase.title,
    <CaseMarkedPage t={c.var.t} study={studyRef(c)} kase={kase} start={start} end={end} />,
  );
});

draftRoutes.route('/items', draftItemRoutes);
draftRoutes.route('/clusters', draftClusterRoutes);
draftRoutes.route('/merge', draftMergeRoutes);
draftRoutes.route('/assist', draftAssistRoutes);
draftRoutes.route('/import', draftImportRoutes);
draftRoutes.route('/refi-qda', draftRefiRoutes);
