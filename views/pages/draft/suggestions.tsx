import type { Dict } from '../../i18n';
import { Csrf } from '../../components/form';
import { ClusterSelect } from './item-row';
import { draftUrl, type ClusterOption, type StudyRef } from './types';

export interface SuggestionView {
  id: number;
  kind: 'new-item' | 'new-evidence';
  text: string;
  itemNumber?: string | undefined;
  cases: string[];
}

/** Open suggestions from a re-run: each accepted or rejected by the researcher, never applied silently. */
export function SuggestionList(props: {
  t: Dict;
  csrf: string;
  study: StudyRef;
  canEdit: boolean;
  rows: SuggestionView[];
  options: ClusterOption[];
}) {
  const { t } = props;
  if (props.rows.length === 0) return null;
  const base = `${draftUrl(props.study.id)}/suggestions`;
  return (
    <section class="card suggestions" aria-labelledby="sugg-h">
      <h2 id="sugg-h">{t.draft.suggestions(props.rows.length)}</h2>
      <ul class="plain">
        {props.rows.map((s) => (
          <li class="suggestion" id={`suggestion-${s.id}`}>
            <p>
              <span class="badge">
                {s.kind === 'new-item' ? t.draft.suggestNewItem : t.draft.suggestEvidence(s.itemNumber ?? '')}
              </span>{' '}
              {s.text} <span class="muted">({t.draft.fromCases(s.cases.join(', '))})</span>
            </p>
            {props.canEdit && (
              <div class="actions">
                <form method="post" action={`${base}/${s.id}/accept`} class="inline">
                  <Csrf token={props.csrf} />
                  {s.kind === 'new-item' && (
                    <>
                      <label for={`f-sugg-${s.id}`}>{t.draft.cluster}</label>{' '}
                      <ClusterSelect
                        id={`f-sugg-${s.id}`}
                        name="clusterId"
                        t={t}
                        options={props.options}
                        value=""
                      />{' '}
                    </>
                  )}
                  <button type="submit">{t.draft.accept}</button>
                </form>
                <form method="post" action={`${base}/${s.id}/reject`} class="inline">
                  <Csrf token={props.csrf} />
                  <button type="submit" class="secondary">
                    {t.draft.reject}
                  </button>
                </form>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
