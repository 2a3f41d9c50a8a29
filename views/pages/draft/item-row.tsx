import type { Dict } from '../../i18n';
import { Csrf } from '../../components/form';
import {
  draftUrl,
  itemUrl,
  phaseName,
  when,
  type ClusterOption,
  type ItemView,
  type StudyRef,
} from './types';

/**
 * One item on the draft page; also the htmx response after saving or cancelling an edit. `focus` takes the
 * keyboard to the row (the page after a change) or back to its edit link (after cancel), instead of losing it.
 */
export function ItemRow(props: {
  t: Dict;
  study: StudyRef;
  item: ItemView;
  canEdit: boolean;
  saved?: boolean;
  focus?: 'row' | 'edit' | undefined;
  /** For the catalogue form without JavaScript; htmx sends the token as a header. */
  csrf?: string | undefined;
}) {
  const { t, study, item } = props;
  const url = itemUrl(study.id, item.id);
  return (
    <li id={`item-${item.id}`} class="item" tabindex={-1} autofocus={props.focus === 'row'}>
      <div class="item-line">
        {props.canEdit && (
          <input
            type="checkbox"
            name="ids"
            value={String(item.id)}
            form="merge-form"
            aria-label={`${t.draft.select} ${item.number}`}
          />
        )}
        <span class="item-no">{item.number}</span>
        <span class="item-text">{item.text}</span>
      </div>
      {item.flags.length > 0 && (
        <p class="item-flags">
          <strong>{t.draftCheck.label}</strong> {item.flags.map((f) => t.draftCheck[f]).join('; ')}
        </p>
      )}
      {item.catalogue && (
        <CatalogueWording t={t} url={url} item={item} canEdit={props.canEdit} csrf={props.csrf} />
      )}
      <div class="item-meta">
        {item.phaseId && <span class="badge">{phaseName(study.phases, item.phaseId)}</span>}
        <a
          href={`${url}/evidence`}
          hx-get={`${url}/evidence`}
          hx-target={`#ev-${item.id}`}
          hx-swap="innerHTML"
        >
          {t.draft.evidenceCount(item.links, item.cases)}
          <Which no={item.number} />
        </a>
        <a href={`${url}/history`}>
          {t.draft.history}
          <Which no={item.number} />
        </a>
        {props.canEdit && (
          <a
            href={`${url}/edit`}
            hx-get={`${url}/edit`}
            hx-target={`#item-${item.id}`}
            hx-swap="outerHTML"
            autofocus={props.saved || props.focus === 'edit'}
          >
            {t.draft.edit}
            <Which no={item.number} />
          </a>
        )}
        {props.saved && (
          <span class="saved-state" role="status">
            {t.draft.saved}
          </span>
        )}
      </div>
      <div id={`ev-${item.id}`} class="evidence-panel" />
    </li>
  );
}

/**
 * The catalogue's general wording beside the item's own words; one button takes it over as a new item version
 * (through the ordinary edit, with the reason recorded), keeping cluster and phase.
 */
function CatalogueWording(props: {
  t: Dict;
  url: string;
  item: ItemView;
  canEdit: boolean;
  csrf?: string | undefined;
}) {
  const { t, item, url } = props;
  return (
    <div class="item-catalogue">
      <p>
        <span class="muted">{t.draftCatalogue.label}</span> <q>{item.catalogue}</q>
      </p>
      {props.canEdit && (
        <form
          method="post"
          action={url}
          hx-post={url}
          hx-target={`#item-${item.id}`}
          hx-swap="outerHTML"
          class="inline"
        >
          {props.csrf && <Csrf token={props.csrf} />}
          <input type="hidden" name="text" value={item.catalogue} />
          <input
            type="hidden"
            name="clusterId"
            value={item.clusterId === null ? '' : String(item.clusterId)}
          />
          <input type="hidden" name="phaseId" value={item.phaseId ?? ''} />
          <input type="hidden" name="reason" value={t.draftCatalogue.reason} />
          <input type="hidden" name="version" value={String(item.version)} />
          <button type="submit" class="secondary" aria-label={t.draftCatalogue.takeFor(item.number)}>
            {t.draftCatalogue.take}
          </button>
        </form>
      )}
    </div>
  );
}

/** The item number for screen readers, so "bewerken" in a list of links says which item it edits. */
function Which(props: { no: string }) {
  return <span class="visually-hidden"> {props.no}</span>;
}

export interface Conflict {
  currentText: string;
  by: string;
  at: Date;
}

export interface EditValues {
  text: string;
  clusterId: string;
  phaseId: string;
  reason: string;
  version: number;
}

/** The inline edit form: wording, cluster or sub-aspect, phase, reason. Carries the version it was based on. */
export function ItemEditForm(props: {
  t: Dict;
  csrf: string;
  study: StudyRef;
  item: ItemView;
  options: ClusterOption[];
  values: EditValues;
  error?: string | undefined;
  conflict?: Conflict | undefined;
}) {
  const { t, study, item, values: v } = props;
  const url = itemUrl(study.id, item.id);
  const id = (n: string) => `f-${n}-${item.id}`;
  return (
    <li id={`item-${item.id}`} class="item editing">
      <form method="post" action={url} hx-post={url} hx-target={`#item-${item.id}`} hx-swap="outerHTML">
        <Csrf token={props.csrf} />
        <input type="hidden" name="version" value={String(v.version)} />
        {props.conflict && (
          <div class="error-summary" role="alert">
            <p>{t.draft.conflict(props.conflict.by, when(props.conflict.at, t))}</p>
            <p>
              {t.draft.conflictCurrent} <q>{props.conflict.currentText}</q>{' '}
              <a href={`${url}/history`}>{t.draft.conflictLink}</a>
            </p>
            <p>{t.draft.conflictKept}</p>
          </div>
        )}
        <fieldset class="field">
          <legend>
            {t.draft.editItem} {item.number}
          </legend>
          <div class={props.error ? 'field has-error' : 'field'}>
            <label for={id('text')}>{t.draft.wording}</label>
            {props.error && (
              <p class="error" id={`${id('text')}-error`}>
                {props.error}
              </p>
            )}
            <textarea
              id={id('text')}
              name="text"
              rows={3}
              autofocus
              aria-invalid={props.error ? 'true' : undefined}
              aria-describedby={props.error ? `${id('text')}-error` : undefined}
            >
              {v.text}
            </textarea>
          </div>
          <div class="field-row">
            <div class="field">
              <label for={id('cluster')}>{t.draft.cluster}</label>
              <ClusterSelect
                id={id('cluster')}
                name="clusterId"
                t={t}
                options={props.options}
                value={v.clusterId}
              />
            </div>
            <div class="field">
              <label for={id('phase')}>{t.draft.phase}</label>
              <PhaseSelect id={id('phase')} t={t} phases={study.phases} value={v.phaseId} />
            </div>
          </div>
          <div class="field">
            <label for={id('reason')}>{t.draft.reasonOptional}</label>
            <input type="text" id={id('reason')} name="reason" value={v.reason} />
          </div>
        </fieldset>
        <div class="actions">
          <button type="submit">{t.draft.save}</button>
          <a
            href={`${draftUrl(study.id)}#item-${item.id}`}
            hx-get={url}
            hx-target={`#item-${item.id}`}
            hx-swap="outerHTML"
          >
            {t.draft.cancel}
          </a>
          <a href={`${url}/split`}>{t.draft.split}</a>
          <a href={`${url}/delete`}>{t.draft.delete}</a>
        </div>
      </form>
    </li>
  );
}

export function ClusterSelect(props: {
  id: string;
  name: string;
  t: Dict;
  options: ClusterOption[];
  value: string;
  none?: string;
}) {
  return (
    <select id={props.id} name={props.name}>
      <option value="">{props.none ?? props.t.draft.noCluster}</option>
      {props.options.map((o) => (
        <option value={String(o.id)} selected={String(o.id) === props.value}>
          {o.parentId === null ? o.label : `\u00a0\u00a0${o.label}`}
        </option>
      ))}
    </select>
  );
}

export function PhaseSelect(props: { id: string; t: Dict; phases: StudyRef['phases']; value: string }) {
  return (
    <select id={props.id} name="phaseId">
      <option value="">{props.t.draft.noPhase}</option>
      {props.phases.map((p) => (
        <option value={p.id} selected={p.id === props.value}>
          {p.label}
        </option>
      ))}
    </select>
  );
}
