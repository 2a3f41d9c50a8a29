import type { Dict } from '../../i18n';
import { Csrf } from '../../components/form';

/** The information letter as paragraphs (blank lines separate them); the text is escaped like any other. */
function Letter(props: { text: string }) {
  return (
    <div class="letter">
      {props.text.split(/\n\s*\n/).map((para) => (
        <p>{para.trim()}</p>
      ))}
    </div>
  );
}

/**
 * The panellist's first page: the information letter, then consent; and always the way to stop. Once they
 * consented the same page shows the letter again with only the stop button.
 */
export function LetterPage(props: {
  t: Dict;
  csrf: string;
  base: string;
  letter: string;
  consented: boolean;
  notice?: string | undefined;
}) {
  const t = props.t.participate;
  return (
    <section>
      <h1>{t.letterTitle}</h1>
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      <Letter text={props.letter} />
      {!props.consented && (
        <form method="post" action={`${props.base}/consent`} class="card">
          <Csrf token={props.csrf} />
          <label class="check block">
            <input type="checkbox" name="agree" value="1" required /> {t.consentLabel}
          </label>
          <button type="submit">{t.consentButton}</button>
        </form>
      )}
      <form method="post" action={`${props.base}/stop`} class="card" hx-confirm={t.stopConfirm}>
        <Csrf token={props.csrf} />
        <h2>{t.stopTitle}</h2>
        <p>{t.stopBody}</p>
        <button type="submit" class="secondary">
          {t.stopButton}
        </button>
      </form>
      {props.consented && (
        <p>
          <a href={props.base}>{t.backToStart}</a>
        </p>
      )}
    </section>
  );
}

export function StoppedPage(props: { t: Dict }) {
  const t = props.t.participate;
  return (
    <section class="card" role="status">
      <h1>{t.stoppedTitle}</h1>
      <p>{t.stoppedBody}</p>
    </section>
  );
}
