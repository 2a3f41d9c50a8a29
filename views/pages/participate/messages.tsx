import type { Dict } from '../../i18n';

/** The one page for unknown and revoked links: it names no study, round or person. */
export function InvalidLink(props: { t: Dict }) {
  const t = props.t.participate;
  return (
    <section class="card">
      <h1>{t.invalidTitle}</h1>
      <p>{t.invalidBody}</p>
    </section>
  );
}

export function RoundClosed(props: { t: Dict; home: string; notOpen?: boolean }) {
  const t = props.t.participate;
  return (
    <section class="card" role="status">
      <h1>{props.notOpen ? t.notOpenTitle : t.closedTitle}</h1>
      {!props.notOpen && <p>{t.closedBody}</p>}
      <p>
        <a href={props.home}>{t.backToStart}</a>
      </p>
    </section>
  );
}

/** A round with item subsets that gave this panellist nothing (they joined after it opened). */
export function RoundNoItems(props: { t: Dict; home: string }) {
  const t = props.t.participate;
  return (
    <section class="card" role="status">
      <h1>{t.noItemsTitle}</h1>
      <p>{t.noItemsBody}</p>
      <p>
        <a href={props.home}>{t.backToStart}</a>
      </p>
    </section>
  );
}
