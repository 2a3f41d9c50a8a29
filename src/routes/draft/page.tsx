import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { caseTitles } from '../../../db/draft/draft';
import type { FieldErrors } from '../../../views/components/form';
import type { Dict } from '../../../views/i18n';
import type { AddValues } from '../../../views/pages/draft/add-forms';
import { DraftPage } from '../../../views/pages/draft/page';
import { suggestionViews } from '../../draft/view-model';
import { page } from '../../http/render';
import { model, studyRef, type C } from './shared';

/** The message after a redirect, from its key and counts in the query string. */
function notice(c: C, t: Dict): string | undefined {
  const q = (k: string) => Number(c.req.query(k) ?? 0) || 0;
  switch (c.req.query('msg')) {
    case 'proposed':
      return (
        t.draft.msgProposed(q('items'), q('clusters'), q('subs')) +
        (q('empty') ? t.draft.msgEmptyCases(q('empty')) : '')
      );
    case 'noCases':
      return t.draft.msgNoCases;
    case 'noActivities':
      return t.draft.msgNoActivities + (q('empty') ? t.draft.msgEmptyCases(q('empty')) : '');
    case 'exists':
      return t.draft.msgExists;
    case 'suggested':
      return (
        t.draft.msgSuggested(q('items'), q('evidence')) +
        (q('empty') ? t.draft.msgEmptyCases(q('empty')) : '')
      );
    case 'assisted':
      return t.assist.done(q('items'), q('dropped'));
    case 'mergeNeedsTwo':
      return t.draft.msgMergeNeedsTwo;
    case 'moved':
      return t.draft.msgMoved;
    case 'deleted':
      return t.draft.msgDeleted;
    case 'stale':
      return t.draft.msgStale;
    case 'imported':
      return t.itemImport.imported(q('items'), q('clusters'));
    case 'refiEmpty':
      return t.itemImport.refiEmpty;
    default:
      return undefined;
  }
}

/** The whole editor; after a refused add (422) with what was typed and the message beside the field. */
export function draftPage(
  c: C,
  add: { values?: AddValues; errors?: FieldErrors; status?: ContentfulStatusCode } = {},
) {
  const { t, db, study } = c.var;
  const m = model(c);
  const titles = caseTitles(db, study.id);
  return page(
    c,
    t.draft.title,
    <DraftPage
      t={t}
      csrf={c.var.csrf}
      study={studyRef(c)}
      canEdit={c.var.role !== 'viewer'}
      notice={notice(c, t)}
      caseCount={titles.size}
      clusters={m.clusters}
      unclustered={m.unclustered}
      removed={m.removed}
      options={m.options}
      suggestions={suggestionViews(m.suggestions, m.itemNo, titles)}
      activeCount={m.activeCount}
      focus={c.req.query('focus')}
      onlyCheck={c.req.query('check') === '1'}
      addValues={add.values}
      addErrors={add.errors}
    />,
    { wide: true, status: add.status ?? 200 },
  );
}
