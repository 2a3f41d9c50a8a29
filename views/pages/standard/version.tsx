import type { Child } from 'hono/jsx';
import type { Phase } from '../../../db/schema';
import type { TreeCluster, TreeGroup } from '../../../src/standard';
import type { Dict } from '../../i18n';
import { Csrf, ErrorSummary, Select, TextArea, type FieldErrors } from '../../components/form';
import { StudyNav } from '../../components/study-nav';
import { StandardItemView } from './item';
import { fmtDate, type VersionRow } from './list';

export interface VersionPageProps {
  t: Dict;
  csrf: string;
  study: { id: number; title: string; phases: Phase[] };
  version: VersionRow;
  tree: TreeCluster[];
  canEdit: boolean;
  addValues?: Record<string, string | string[]>;
  addErrors?: FieldErrors;
  notice?: string | undefined;
  /** What peer reviews on this version say per item (issue 13), shown on adopted versions. */
  reviewSignals?: Child;
}

export const placeOptions = (tree: TreeCluster[]) =>
  tree.flatMap((c) => [
    ...(c.subAspects.length === 0 ? [{ value: String(c.id), label: `${c.number} ${c.label}` }] : []),
    ...c.subAspects.map((s) => ({
      value: String(s.id),
      label: `${c.number} ${c.label} › ${s.number} ${s.label}`,
    })),
  ]);

function RenameForm(props: { t: Dict; csrf: string; base: string; group: TreeGroup }) {
  const S = props.t.standard;
  const id = `rename-${props.group.id}`;
  return (
    <details class="rename">
      <summary>{S.rename}</summary>
      <form method="post" action={`${props.base}/clusters/${props.group.id}`} class="inline-form">
        <Csrf token={props.csrf} />
        <label for={id}>{S.label}</label>
        <input id={id} name="label" value={props.group.label} required />
        <button type="submit">{props.t.common.save}</button>
      </form>
    </details>
  );
}

export function VersionPage(props: VersionPageProps) {
  const { t, study, version: v, tree } = props;
  const S = t.standard;
  const editable = props.canEdit && v.status === 'draft';
  const base = `/studies/${study.id}/standard/versions/${v.number}`;
  const group = (g: TreeGroup, level: 'h2' | 'h3', prefix: string) => (
    <>
      {level === 'h2' ? (
        <h2>{`${prefix} ${g.number} ${g.label}`}</h2>
      ) : (
        <h3>{`${prefix} ${g.number} ${g.label}`}</h3>
      )}
      {editable && <RenameForm t={t} csrf={props.csrf} base={base} group={g} />}
      {g.items.length > 0 && (
        <ol class="plain std-items">
          {g.items.map((x) => (
            <StandardItemView
              t={t}
              csrf={props.csrf}
              base={base}
              item={x}
              phases={study.phases}
              editable={editable}
            />
          ))}
        </ol>
      )}
    </>
  );
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="standard" title={study.title} />
      <p class="muted">
        <a href={`/studies/${study.id}/standard`}>{S.title}</a> / {S.version(v.number)}
      </p>
      <h1>
        {S.version(v.number)} <span class={`badge status-${v.status}`}>{S[`status_${v.status}`]}</span>
      </h1>
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      <p class="notice">
        {v.status === 'adopted'
          ? `${S.adoptedNotice} (${S.adoptedOn(fmtDate(t, v.adoptedAt), v.adoptedByName ?? '—')})`
          : S.draftNotice}
      </p>
      <nav class="card" aria-labelledby="handbook-title">
        <h2 id="handbook-title">{S.handbook}</h2>
        <ul class="inline-list">
          {(['html', 'pdf', 'docx', 'md'] as const).map((f) => (
            <li>
              <a href={`${base}/handbook.${f}`} hx-boost="false" download={f === 'html' ? undefined : true}>
                {S[`format_${f}`]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {tree.map((c) => (
        <section class="std-cluster">
          {group(c, 'h2', S.cluster)}
          {c.subAspects.map((s) => group(s, 'h3', S.subAspect))}
        </section>
      ))}
      {props.reviewSignals}
      {editable && <DraftActions {...props} base={base} />}
    </section>
  );
}

function DraftActions(props: VersionPageProps & { base: string }) {
  const { t, base } = props;
  const S = t.standard;
  const e = props.addErrors ?? {};
  const values = props.addValues ?? {};
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : '');
  return (
    <>
      <section class="card" aria-labelledby="add-title">
        <h2 id="add-title">{S.addItem}</h2>
        <form method="post" action={`${base}/items`}>
          <ErrorSummary errors={e} message={t.common.formHasErrors} />
          <Csrf token={props.csrf} />
          <TextArea name="text" label={S.itemText} value={str('text')} error={e.text} rows={2} />
          <Select
            name="subAspectId"
            label={S.place}
            value={str('subAspectId')}
            options={placeOptions(props.tree)}
            error={e.subAspectId}
          />
          <Select
            name="phaseId"
            label={S.phase}
            value={str('phaseId')}
            options={[
              { value: '', label: S.noPhase },
              ...props.study.phases.map((p) => ({ value: p.id, label: p.label })),
            ]}
          />
          <button type="submit">{S.addItem}</button>
        </form>
      </section>
      <section class="card" aria-labelledby="criteria-round-title">
        <h2 id="criteria-round-title">{S.criteriaRound}</h2>
        <p class="hint">{S.criteriaRoundHint}</p>
        <form method="post" action={`${base}/criteria-round`}>
          <Csrf token={props.csrf} />
          <Select
            name="kind"
            label={S.criteriaRoundKind}
            value="review"
            options={[
              { value: 'review', label: S.kind_review },
              { value: 'rating', label: S.kind_rating },
            ]}
          />
          <button type="submit" class="secondary">
            {S.criteriaRound}
          </button>
        </form>
      </section>
      <section class="card" aria-labelledby="adopt-title">
        <h2 id="adopt-title">{S.adopt}</h2>
        <p>{S.adoptConfirm}</p>
        <p>
          <a class="button" href={`${base}/adopt`}>
            {S.adoptCheckOpen}
          </a>
        </p>
      </section>
    </>
  );
}
