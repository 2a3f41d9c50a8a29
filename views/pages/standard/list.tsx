import type { Dict } from '../../i18n';
import { formatDate, langOf } from '../../format';
import { Csrf } from '../../components/form';
import { StudyNav } from '../../components/study-nav';

export interface VersionRow {
  id: number;
  number: number;
  status: 'draft' | 'adopted';
  note: string;
  createdAt: Date;
  adoptedAt: Date | null;
  adoptedByName: string | null;
  itemCount: number;
}

export const fmtDate = (t: Dict, d: Date | null) => formatDate(d, langOf(t)) || '—';

export function StandardListPage(props: {
  t: Dict;
  csrf: string;
  study: { id: number; title: string };
  versions: VersionRow[];
  canEdit: boolean;
  error?: string | undefined;
}) {
  const { t, study, versions } = props;
  const S = t.standard;
  const base = `/studies/${study.id}/standard`;
  const hasDraft = versions.some((v) => v.status === 'draft');
  const latestAdopted = versions.find((v) => v.status === 'adopted');
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="standard" title={study.title} />
      <h1>{S.title}</h1>
      <p>{S.intro}</p>
      {props.error && (
        <p class="error-summary" role="alert">
          {props.error}
        </p>
      )}
      {props.canEdit && !hasDraft && (
        <div class="actions">
          <form method="post" action={`${base}/versions`} class="inline">
            <Csrf token={props.csrf} />
            <button type="submit" aria-describedby="create-hint">
              {S.createFromDecisions}
            </button>
          </form>
          {latestAdopted && (
            <form method="post" action={`${base}/versions/${latestAdopted.number}/copy`} class="inline">
              <Csrf token={props.csrf} />
              <button type="submit" class="secondary">
                {S.newVersionFrom(latestAdopted.number)}
              </button>
            </form>
          )}
        </div>
      )}
      {props.canEdit && !hasDraft && (
        <p class="hint" id="create-hint">
          {S.createFromDecisionsHint}
        </p>
      )}
      <h2>{S.versions}</h2>
      {versions.length === 0 ? (
        <p>{S.noVersions}</p>
      ) : (
        <ul class="plain version-list">
          {versions.map((v) => (
            <li>
              <a href={`${base}/versions/${v.number}`}>{S.version(v.number)}</a>{' '}
              <span class={`badge status-${v.status}`}>{S[`status_${v.status}`]}</span>{' '}
              <span class="muted">
                {v.itemCount} {S.items}
                {v.status === 'adopted' &&
                  ` · ${S.adoptedOn(fmtDate(t, v.adoptedAt), v.adoptedByName ?? '—')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {versions.length >= 2 && <CompareForm t={t} base={base} versions={versions} />}
      <p>
        <a href={`/studies/${study.id}/transfer`}>{t.transfer.exportTitle}</a>
      </p>
    </section>
  );
}

export function CompareForm(props: {
  t: Dict;
  base: string;
  versions: { number: number }[];
  from?: number;
  to?: number;
}) {
  const S = props.t.standard;
  const nums = props.versions.map((v) => v.number).sort((a, b) => a - b);
  const from = props.from ?? nums[nums.length - 2];
  const to = props.to ?? nums[nums.length - 1];
  return (
    <form method="get" action={`${props.base}/diff`} class="filters card">
      <h2 class="visually-hidden">{S.compare}</h2>
      <div class="field">
        <label for="f-from">{S.compareFrom}</label>
        <select id="f-from" name="from">
          {nums.map((n) => (
            <option value={String(n)} selected={n === from}>
              {S.version(n)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-to">{S.compareTo}</label>
        <select id="f-to" name="to">
          {nums.map((n) => (
            <option value={String(n)} selected={n === to}>
              {S.version(n)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{S.compareSubmit}</button>
    </form>
  );
}
