import type { Dict } from '../../i18n';
import { Busy, Csrf, type FieldErrors } from '../../components/form';
import { StudyNav } from '../../components/study-nav';
import { AddForms, type AddValues } from './add-forms';
import { ItemRow } from './item-row';
import { RemovedSection } from './removed';
import { SuggestionList, type SuggestionView } from './suggestions';
import { clusterUrl, draftUrl, type ClusterOption, type ItemView, type StudyRef } from './types';

export interface ClusterView {
  id: number;
  number: string;
  label: string;
  items: ItemView[];
  subs: { id: number; number: string; label: string; items: ItemView[] }[];
}

export interface DraftPageProps {
  t: Dict;
  csrf: string;
  study: StudyRef;
  canEdit: boolean;
  notice?: string | undefined;
  caseCount: number;
  clusters: ClusterView[];
  unclustered: ItemView[];
  removed: ItemView[];
  options: ClusterOption[];
  suggestions: SuggestionView[];
  activeCount: number;
  /** Anchor of what a change just touched (`item-3`, `cluster-2`, `removed`): it gets the focus. */
  focus?: string | undefined;
  /** The add forms' input and messages after a 422. */
  addValues?: AddValues | undefined;
  addErrors?: FieldErrors | undefined;
  /** Show only the items whose wording is flagged ("alleen te controleren"). */
  onlyCheck?: boolean | undefined;
}

const flagged = (items: ItemView[]): ItemView[] => items.filter((it) => it.flags.length > 0);

/** The clusters with only their flagged items, dropping clusters and sub-aspects left empty. */
function onlyFlagged(clusters: ClusterView[]): ClusterView[] {
  return clusters
    .map((c) => ({
      ...c,
      items: flagged(c.items),
      subs: c.subs.map((s) => ({ ...s, items: flagged(s.items) })).filter((s) => s.items.length > 0),
    }))
    .filter((c) => c.items.length > 0 || c.subs.length > 0);
}

function countFlagged(props: DraftPageProps): number {
  const inClusters = props.clusters.flatMap((c) => [...c.items, ...c.subs.flatMap((s) => s.items)]);
  return flagged([...inClusters, ...props.unclustered]).length;
}

/** The number of items to check and a link that switches between those and all items; works without JS. */
function CheckFilter(props: { t: Dict; base: string; count: number; only: boolean }) {
  const { t } = props;
  return (
    <p class="check-filter">
      <span>{props.count === 0 ? t.draftCheck.none : t.draftCheck.count(props.count)}</span>{' '}
      {props.only ? (
        <a href={props.base}>{t.draftCheck.filterAll}</a>
      ) : (
        props.count > 0 && <a href={`${props.base}?check=1`}>{t.draftCheck.filterOnly}</a>
      )}
      {props.only && <span class="visually-hidden"> {t.draftCheck.showing}</span>}
    </p>
  );
}

export function DraftPage(props: DraftPageProps) {
  const { t, study, canEdit } = props;
  const base = draftUrl(study.id);
  const empty = props.activeCount === 0 && props.removed.length === 0;
  const only = !!props.onlyCheck;
  const clusters = only ? onlyFlagged(props.clusters) : props.clusters;
  const unclustered = only ? flagged(props.unclustered) : props.unclustered;
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="draft" title={study.title} />
      <h1>{t.draft.title}</h1>
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      {empty ? (
        <ProposeForm {...props} />
      ) : (
        <p class="muted">{t.draft.summary(props.activeCount, props.clusters.length, props.caseCount)}</p>
      )}
      {!empty && <CheckFilter t={t} base={base} count={countFlagged(props)} only={only} />}
      {!empty && canEdit && (
        <form method="post" action={`${base}/rerun`} class="actions">
          <Csrf token={props.csrf} />
          <button type="submit" class="secondary">
            {t.draft.rerun}
          </button>
          <span class="hint">{t.draft.rerunHint}</span>
        </form>
      )}
      {!empty && canEdit && (
        <p>
          <a href={`${base}/assist`}>{t.assist.link}</a>
        </p>
      )}
      {canEdit && (
        <p class="actions">
          <a href={`${base}/import`}>{t.itemImport.link}</a>
        </p>
      )}
      {!empty && (
        <p class="actions" aria-describedby="refi-hint">
          <span>{t.itemImport.refiTitle}:</span>{' '}
          <a href={`${base}/refi-qda/codebook.qdc`} hx-boost="false" download>
            {t.itemImport.refiCodebook}
          </a>{' '}
          ·{' '}
          <a href={`${base}/refi-qda/project.qdpx`} hx-boost="false" download>
            {t.itemImport.refiProject}
          </a>
          <span class="hint" id="refi-hint">
            {t.itemImport.refiHint}
          </span>
        </p>
      )}
      <SuggestionList
        t={t}
        csrf={props.csrf}
        study={study}
        canEdit={canEdit}
        rows={props.suggestions}
        options={props.options}
      />
      {canEdit && props.activeCount > 1 && (
        <form id="merge-form" method="get" action={`${base}/merge`} class="actions">
          <button type="submit" class="secondary">
            {t.draft.mergeSelected}
          </button>
        </form>
      )}
      {clusters.map((c) => (
        <section class="cluster" aria-labelledby={`c-${c.id}`} id={`cluster-${c.id}`}>
          <div class="cluster-head">
            <h2 id={`c-${c.id}`} tabindex={-1} autofocus={props.focus === `cluster-${c.id}`}>
              {c.number} {c.label}
            </h2>
            {canEdit && <ClusterTools t={t} csrf={props.csrf} studyId={study.id} id={c.id} label={c.label} />}
          </div>
          {(c.items.length > 0 || c.subs.length === 0) && <ItemList {...props} items={c.items} />}
          {c.subs.map((s) => (
            <section class="sub" aria-labelledby={`c-${s.id}`} id={`cluster-${s.id}`}>
              <div class="cluster-head">
                <h3 id={`c-${s.id}`} tabindex={-1} autofocus={props.focus === `cluster-${s.id}`}>
                  {s.number} {s.label}
                </h3>
                {canEdit && (
                  <ClusterTools t={t} csrf={props.csrf} studyId={study.id} id={s.id} label={s.label} />
                )}
              </div>
              <ItemList {...props} items={s.items} />
            </section>
          ))}
        </section>
      ))}
      {unclustered.length > 0 && (
        <section class="cluster" aria-labelledby="c-none">
          <h2 id="c-none">{t.draft.unclustered}</h2>
          <ItemList {...props} items={unclustered} />
        </section>
      )}
      {canEdit && !empty && (
        <AddForms
          t={t}
          csrf={props.csrf}
          study={study}
          options={props.options}
          values={props.addValues}
          errors={props.addErrors}
        />
      )}
      <RemovedSection
        t={t}
        csrf={props.csrf}
        study={study}
        canEdit={canEdit}
        items={props.removed}
        focus={props.focus}
      />
    </section>
  );
}

function ItemList(props: DraftPageProps & { items: ItemView[] }) {
  if (props.items.length === 0) return <p class="muted">{props.t.draft.noItemsHere}</p>;
  return (
    <ol class="items">
      {props.items.map((it) => (
        <ItemRow
          t={props.t}
          study={props.study}
          item={it}
          canEdit={props.canEdit}
          csrf={props.csrf}
          focus={props.focus === `item-${it.id}` ? 'row' : undefined}
        />
      ))}
    </ol>
  );
}

function ClusterTools(props: { t: Dict; csrf: string; studyId: number; id: number; label: string }) {
  const url = clusterUrl(props.studyId, props.id);
  const { t } = props;
  return (
    <div class="cluster-tools">
      <form method="post" action={`${url}/move`} class="inline">
        <Csrf token={props.csrf} />
        <input type="hidden" name="dir" value="up" />
        <button type="submit" class="small secondary" aria-label={`${t.draft.up}: ${props.label}`}>
          ↑
        </button>
      </form>
      <form method="post" action={`${url}/move`} class="inline">
        <Csrf token={props.csrf} />
        <input type="hidden" name="dir" value="down" />
        <button type="submit" class="small secondary" aria-label={`${t.draft.down}: ${props.label}`}>
          ↓
        </button>
      </form>
      <a href={url}>
        {t.draft.manageCluster}
        <span class="visually-hidden">: {props.label}</span>
      </a>
    </div>
  );
}

function ProposeForm(props: DraftPageProps) {
  const { t } = props;
  if (!props.canEdit) return <p>{t.draft.emptyViewer}</p>;
  return (
    <form method="post" action={`${draftUrl(props.study.id)}/propose`} class="card">
      <Csrf token={props.csrf} />
      <p>{props.caseCount === 0 ? t.draft.noCasesYet : t.draft.proposeIntro(props.caseCount)}</p>
      <fieldset class="field">
        <legend>{t.draft.grouping}</legend>
        <label class="check">
          <input type="radio" name="grouping" value="rubrics" checked /> {t.draft.groupingRubrics}
        </label>
        <label class="check">
          <input type="radio" name="grouping" value="phases" /> {t.draft.groupingPhases}
        </label>
      </fieldset>
      <button type="submit">{t.draft.propose}</button>
      <Busy message={t.common.working} />
    </form>
  );
}
