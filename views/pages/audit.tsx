import type { Dict, Lang } from '../i18n';
import { StudyNav } from '../components/study-nav';
import { formatDateTime } from '../format';

export interface AuditRow {
  id: number;
  at: Date;
  action: string;
  entity: string;
  summary: string;
  before: string | null;
  after: string | null;
  userName: string | null;
  /** The team member a `team.*` entry is about, while their account exists. */
  memberName?: string | null;
}

export function AuditPage(props: {
  t: Dict;
  lang: Lang;
  study: { id: number; title: string };
  rows: AuditRow[];
  /** The "what" of each row in the reader's language (generated entries store data, not sentences). */
  summaryOf: (row: AuditRow) => string;
}) {
  const { t, study } = props;
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="audit" title={study.title} />
      <h1>{t.studies.audit}</h1>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.studies.auditWhen}</th>
              <th scope="col">{t.studies.auditWho}</th>
              <th scope="col">{t.studies.auditWhat}</th>
              <th scope="col">{t.studies.auditBefore}</th>
              <th scope="col">{t.studies.auditAfter}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr>
                <td class="nowrap">
                  <time datetime={r.at.toISOString()}>{formatDateTime(r.at, props.lang)}</time>
                </td>
                <td>{r.userName ?? '—'}</td>
                <td>
                  <code>{r.action}</code> {r.memberName ? `${r.memberName}: ` : ''}
                  {props.summaryOf(r)}
                </td>
                <td class="small">{r.before ?? ''}</td>
                <td class="small">{r.after ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
