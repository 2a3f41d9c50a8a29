import type { activeItems, reviewSuggestions, roundProposals } from '../../../db/rounds-process';
import { Csrf } from '../../components/form';
import { StudyNav } from '../../components/study-nav';
import type { Dict } from '../../i18n';
import { fmt } from '../participate/fmt';

type Suggestion = ReturnType<typeof reviewSuggestions>[number];
type Proposal = ReturnType<typeof roundProposals>[number];

export function ProcessPage(props: {
  t: Dict;
  csrf: string;
  study: { id: number; title: string };
  round: { id: number; number: number; title: string };
  suggestions: Suggestion[];
  proposals: Proposal[];
  items: ReturnType<typeof activeItems>;
  canEdit: boolean;
  notice?: string | undefined;
  error?: string | undefined;
}) {
  const { t, study, round, csrf } = props;
  const r = t.rounds;
  const base = `/studies/${study.id}/rounds/${round.id}`;
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="rounds" title={study.title} />
      <p>
        <a href={base}>← {fmt(r.roundN, { n: round.number })}: {round.title}</a>
      </p>
      <h1>{r.processing}</h1>
      <p class="hint">{r.processingIntro}</p>
      {props.notice && <p class="notice" role="status">{props.notice}</p>}
      {props.error && <p class="error-summary" role="alert">{props.error}</p>}
      <h2>{r.suggestionsPerItem}</h2>
      {props.suggestions.length === 0 && <p>{r.noSuggestions}</p>}
      {props.suggestions.map((s) => (
        <article class="card" id={`s-${s.id}`}>
          <h3>
            <span class="item-no">{s.number}</span> {s.text}
          </h3>
          <p>
            <strong>{s.pseudonym}</strong>: {s.verdict ? r[`verdict_${s.verdict}`] : ''}
            {s.late && <span class="badge"> {r.late}</span>}
            {s.outcome && <span class="badge"> {r[`outcome_${s.outcome}`]}</span>}
          </p>
          {s.proposal && <blockquote>{s.proposal}</blockquote>}
          {s.reason && <p>{s.reason}</p>}
          {s.comment && <p class="muted">{r.comment}: {s.comment}</p>}
          {s.currentText && s.currentText !== s.text && <p class="muted">{r.now}: {s.currentText}</p>}
          {s.outcomeReason && <p class="muted">{s.outcomeReason}</p>}
          {props.canEdit && !s.outcome && s.verdict !== 'keep' && s.verdict !== null && (
            <div class="two-col">
              <form method="post" action={`${base}/suggestions/${s.id}/accept`}>
                <Csrf token={csrf} />
                {s.verdict === 'reformulate' && (
                  <div class="field">
                    <label for={`w-${s.id}`}>{r.acceptReword}</label>
                    <textarea id={`w-${s.id}`} name="text" rows={2}>{s.proposal}</textarea>
                  </div>
                )}
                <button type="submit">{s.verdict === 'remove' ? r.acceptRemove : r.acceptReword}</button>
              </form>
              <RejectForm t={t} csrf={csrf} action={`${base}/suggestions/${s.id}/reject`} id={`r-${s.id}`} />
            </div>
          )}
        </article>
      ))}
      <h2>{r.proposals}</h2>
      {props.proposals.length === 0 && <p>{r.noProposals}</p>}
      {props.proposals.map((p) => (
        <article class="card" id={`p-${p.id}`}>
          <p class="muted">
            {p.clusterNumber} {p.clusterLabel} · <strong>{p.pseudonym}</strong>
            {p.late && <span class="badge"> {r.late}</span>}
            {p.outcome && <span class="badge"> {r[`outcome_${p.outcome}`]}</span>}
          </p>
          <blockquote>{p.text}</blockquote>
          {p.outcomeReason && <p class="muted">{p.outcomeReason}</p>}
          {props.canEdit && !p.outcome && (
            <div class="three-col">
              <form method="post" action={`${base}/proposals/${p.id}`}>
                <Csrf token={csrf} />
                <input type="hidden" name="action" value="new" />
                <div class="field">
                  <label for={`n-${p.id}`}>{r.asNewItem}</label>
                  <textarea id={`n-${p.id}`} name="text" rows={2}>{p.text}</textarea>
                </div>
                <button type="submit">{r.asNewItem}</button>
              </form>
              <form method="post" action={`${base}/proposals/${p.id}`}>
                <Csrf token={csrf} />
                <input type="hidden" name="action" value="merge" />
                <div class="field">
                  <label for={`m-${p.id}`}>{r.mergeInto}</label>
                  <select id={`m-${p.id}`} name="itemId">
                    {props.items.map((i) => (
                      <option value={String(i.id)}>{i.text}</option>
                    ))}
                  </select>
                </div>
                <div class="field">
                  <label for={`mt-${p.id}`}>{r.mergeText}</label>
                  <textarea id={`mt-${p.id}`} name="text" rows={2}></textarea>
                </div>
                <button type="submit" class="secondary">{r.mergeInto}</button>
              </form>
              <RejectForm t={t} csrf={csrf} action={`${base}/proposals/${p.id}`} id={`pr-${p.id}`} withAction />
            </div>
          )}
        </article>
      ))}
    </section>
  );
}

function RejectForm(props: { t: Dict; csrf: string; action: string; id: string; withAction?: boolean }) {
  const r = props.t.rounds;
  return (
    <form method="post" action={props.action}>
      <Csrf token={props.csrf} />
      {props.withAction && <input type="hidden" name="action" value="reject" />}
      <div class="field">
        <label for={props.id}>{r.rejectReason}</label>
        <textarea id={props.id} name="reason" rows={2} required></textarea>
      </div>
      <button type="submit" class="secondary">{r.reject}</button>
    </form>
  );
}
