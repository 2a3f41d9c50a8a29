import { SOURCE_TYPES, type Phase } from '../../../src/domain';
import type { Dict } from '../../i18n';
import { formatDate, langOf } from '../../format';
import { StudyNav } from '../../components/study-nav';
import { sourceLabel } from './form';

export interface CaseRow {
  id: number;
  title: string;
  sourceType: string;
  practitioner: string;
  phaseTags: string[];
  caseDate: string | null;
  wordCount: number;
}

export function CaseListPage(props: {
  t: Dict;
  study: { id: number; title: string; phases: Phase[] };
  rows: CaseRow[];
  total: number;
  filter: { q?: string | undefined; phase?: string | undefined; source?: string | undefined };
  canEdit: boolean;
}) {
  const { t, study, filter } = props;
  const phaseLabel = new Map(study.phases.map((p) => [p.id, p.label]));
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="cases" title={study.title} />
      <h1>{t.cases.listTitle}</h1>
      {props.canEdit && (
        <div class="actions">
          <a class="button" href={`/studies/${study.id}/cases/new`}>
            {t.cases.newCase}
          </a>
        </div>
      )}
      <form method="get" action={`/studies/${study.id}/cases`} class="filters card" role="search">
        <div class="field">
          <label for="f-q">{t.cases.searchLabel}</label>
          <input type="search" id="f-q" name="q" value={filter.q ?? ''} />
        </div>
        <div class="field">
          <label for="f-phase">{t.cases.phaseTags}</label>
          <select id="f-phase" name="phase">
            <option value="">{t.common.all}</option>
            {study.phases.map((p) => (
              <option value={p.id} selected={filter.phase === p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-source">{t.cases.sourceType}</label>
          <select id="f-source" name="source">
            <option value="">{t.common.all}</option>
            {SOURCE_TYPES.map((s) => (
              <option value={s} selected={filter.source === s}>
                {sourceLabel(t, s)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t.common.filter}</button>
      </form>
      {props.rows.length === 0 ? (
        <p>{props.total === 0 ? t.cases.noCases : t.cases.noMatches}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.cases.title}</th>
                <th scope="col">{t.cases.sourceType}</th>
                <th scope="col">{t.cases.practitioner}</th>
                <th scope="col">{t.cases.phaseTags}</th>
                <th scope="col">{t.cases.caseDate}</th>
                <th scope="col">{t.cases.words}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r) => (
                <tr>
                  <td>
                    <a href={`/studies/${study.id}/cases/${r.id}`}>{r.title}</a>
                  </td>
                  <td>{sourceLabel(t, r.sourceType)}</td>
                  <td>{r.practitioner}</td>
                  <td>{r.phaseTags.map((p) => phaseLabel.get(p) ?? p).join(', ')}</td>
                  <td class="nowrap">{formatDate(r.caseDate, langOf(t))}</td>
                  <td>{r.wordCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
