import type { DiffEntry, VersionDiff } from '../../../src/standard';
import type { Dict } from '../../i18n';
import { StudyNav } from '../../components/study-nav';
import { CompareForm } from './list';

function Entry(props: { t: Dict; e: DiffEntry }) {
  const S = props.t.standard;
  const { e } = props;
  if (e.kind === 'added')
    return (
      <li class="diff-added">
        <span class="badge">{S.diff_added}</span> <strong>{e.after.number}</strong> <ins>{e.after.text}</ins>
        <span class="muted"> ({e.after.place})</span>
      </li>
    );
  if (e.kind === 'removed')
    return (
      <li class="diff-removed">
        <span class="badge">{S.diff_removed}</span> <strong>{e.before.number}</strong>{' '}
        <del>{e.before.text}</del>
        <span class="muted"> ({e.before.place})</span>
      </li>
    );
  return (
    <li>
      {e.reworded && <span class="badge">{S.diff_reworded}</span>}{' '}
      {e.moved && <span class="badge">{S.diff_moved}</span>}{' '}
      {e.criterion.length > 0 && <span class="badge">{S.diff_criterionChanged}</span>}{' '}
      <strong>
        {e.before.number === e.after.number ? e.after.number : `${e.before.number} → ${e.after.number}`}
      </strong>{' '}
      {e.reworded ? (
        <>
          <del>{e.before.text}</del> <ins>{e.after.text}</ins>
        </>
      ) : (
        e.after.text
      )}
      {e.moved && e.before.place !== e.after.place && (
        <p class="muted">
          {e.before.place} → {e.after.place}
        </p>
      )}
      {e.criterion.length > 0 && (
        <table class="diff-fields">
          <thead>
            <tr>
              <th scope="col">{S.field}</th>
              <th scope="col">{S.before}</th>
              <th scope="col">{S.after}</th>
            </tr>
          </thead>
          <tbody>
            {e.criterion.map((c) => (
              <tr>
                <th scope="row">{S[`field_${c.field}`]}</th>
                <td>
                  <del>{c.before || '—'}</del>
                </td>
                <td>
                  <ins>{c.after || '—'}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}

export function DiffPage(props: {
  t: Dict;
  study: { id: number; title: string };
  from: number;
  to: number;
  versions: { number: number }[];
  diff: VersionDiff;
}) {
  const { t, study, diff } = props;
  const S = t.standard;
  const base = `/studies/${study.id}/standard`;
  const counts: [string, number][] = [
    [S.diff_added, diff.counts.added],
    [S.diff_removed, diff.counts.removed],
    [S.diff_reworded, diff.counts.reworded],
    [S.diff_moved, diff.counts.moved],
    [S.diff_criterionChanged, diff.counts.criterionChanged],
    [S.diff_unchanged, diff.counts.unchanged],
  ];
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="standard" title={study.title} />
      <p class="muted">
        <a href={base}>{S.title}</a>
      </p>
      <h1>{S.diffTitle(props.from, props.to)}</h1>
      <CompareForm t={t} base={base} versions={props.versions} from={props.from} to={props.to} />
      <h2>{S.diffSummary}</h2>
      <dl class="meta">
        {counts.map(([k, n]) => (
          <>
            <dt>{k}</dt>
            <dd>{n}</dd>
          </>
        ))}
      </dl>
      {diff.entries.length === 0 ? (
        <p>{S.diffNone}</p>
      ) : (
        <ul class="diff">
          {diff.entries.map((e) => (
            <Entry t={t} e={e} />
          ))}
        </ul>
      )}
    </section>
  );
}
