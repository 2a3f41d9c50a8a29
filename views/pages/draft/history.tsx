import type { VersionReason } from '../../i18n/draft';
import type { Dict } from '../../i18n';
import { StudyNav } from '../../components/study-nav';
import { draftUrl, phaseName, when, type StudyRef } from './types';

export interface VersionView extends VersionReason {
  version: number;
  action: string;
  text: string;
  clusterLabel: string | null;
  phaseId: string | null;
  status: string;
  at: Date;
  userName: string | null;
}

/** How an item's wording, place and status evolved, version by version; changed wording is marked. */
export function HistoryPage(props: {
  t: Dict;
  study: StudyRef;
  item: { id: number; text: string; number: string };
  rows: VersionView[];
}) {
  const { t, study } = props;
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="draft" title={study.title} />
      <h1>{t.draft.historyTitle}</h1>
      <p>
        <strong>{props.item.number}</strong> {props.item.text}
      </p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.draft.version}</th>
              <th scope="col">{t.draft.when}</th>
              <th scope="col">{t.draft.who}</th>
              <th scope="col">{t.draft.action}</th>
              <th scope="col">{t.draft.wording}</th>
              <th scope="col">{t.draft.cluster}</th>
              <th scope="col">{t.draft.phase}</th>
              <th scope="col">{t.draft.status}</th>
              <th scope="col">{t.draft.reason}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((v, i) => {
              const changed = i > 0 && props.rows[i - 1]!.text !== v.text;
              return (
                <tr id={`v${v.version}`}>
                  <td>{v.version}</td>
                  <td class="nowrap">{when(v.at, t)}</td>
                  <td>{v.userName ?? '—'}</td>
                  <td>{t.draft.actionName(v.action)}</td>
                  <td>
                    {changed ? <ins class="changed">{v.text}</ins> : v.text}
                    {changed && <span class="visually-hidden"> ({t.draft.wordingChanged})</span>}
                  </td>
                  <td>{v.clusterLabel ?? '—'}</td>
                  <td>{phaseName(study.phases, v.phaseId) || '—'}</td>
                  <td>{t.draft.statusName(v.status)}</td>
                  <td>{t.draft.versionReason(v)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p>
        <a href={`${draftUrl(study.id)}#item-${props.item.id}`}>{t.draft.backToDraft}</a>
      </p>
    </section>
  );
}
