import type { Dict } from '../../i18n';
import { Csrf } from '../../components/form';
import { itemUrl, type ItemView, type StudyRef } from './types';

/** Deleted and merged items: kept, visible and (when deleted) restorable. */
export function RemovedSection(props: {
  t: Dict;
  csrf: string;
  study: StudyRef;
  canEdit: boolean;
  items: ItemView[];
  focus?: string | undefined;
}) {
  const { t, study } = props;
  if (props.items.length === 0) return null;
  // Opened (and focused) right after something was deleted, or when an item inside it is the anchor.
  const here = props.focus === 'removed' || props.items.some((it) => props.focus === `item-${it.id}`);
  return (
    <details class="removed" id="removed" open={here}>
      <summary autofocus={props.focus === 'removed'}>
        <h2 class="inline-heading">{t.draft.removed(props.items.length)}</h2>
      </summary>
      <ul class="items">
        {props.items.map((it) => {
          const url = itemUrl(study.id, it.id);
          return (
            <li
              class="item removed-item"
              id={`item-${it.id}`}
              tabindex={-1}
              autofocus={props.focus === `item-${it.id}`}
            >
              <span class="item-text">{it.text}</span>{' '}
              <span class="badge">
                {it.status === 'merged' ? t.draft.statusMerged(it.mergedInto ?? 0) : t.draft.statusDeleted}
              </span>{' '}
              <a href={`${url}/history`}>{t.draft.history}</a>
              {props.canEdit && it.status === 'deleted' && (
                <form method="post" action={`${url}/restore`} class="inline">
                  <Csrf token={props.csrf} />
                  <input type="hidden" name="version" value={String(it.version)} />{' '}
                  <button type="submit" class="small secondary">
                    {t.draft.restore}
                  </button>
                </form>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
