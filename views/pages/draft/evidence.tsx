import type { Excerpt } from '../../../src/draft/excerpt';
import type { Dict } from '../../i18n';
import { StudyNav } from '../../components/study-nav';
import { draftUrl, type StudyRef } from './types';

export interface EvidenceView {
  caseId: number;
  caseTitle: string;
  start: number;
  end: number;
  excerpt: Excerpt;
}

/** Each case excerpt with the source sentence marked; the panel htmx loads under an item row. */
export function EvidenceList(props: { t: Dict; studyId: number; rows: EvidenceView[] }) {
  const { t } = props;
  if (props.rows.length === 0) return <p class="muted">{t.draft.noEvidence}</p>;
  return (
    <ul class="evidence">
      {props.rows.map((r) => (
        <li>
          <blockquote>
            {r.excerpt.cutBefore && '… '}
            {r.excerpt.before}
            <mark>{r.excerpt.marked}</mark>
            {r.excerpt.after}
            {r.excerpt.cutAfter && ' …'}
          </blockquote>
          <a href={`${draftUrl(props.studyId)}/cases/${r.caseId}?start=${r.start}&end=${r.end}#mark`}>
            {t.draft.inCase(r.caseTitle)}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function EvidencePage(props: {
  t: Dict;
  study: StudyRef;
  item: { id: number; text: string; number: string };
  rows: EvidenceView[];
}) {
  const { t, study } = props;
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="draft" title={study.title} />
      <h1>{t.draft.evidenceTitle}</h1>
      <p>
        <strong>{props.item.number}</strong> {props.item.text}
      </p>
      <EvidenceList t={t} studyId={study.id} rows={props.rows} />
      <p>
        <a href={`${draftUrl(study.id)}#item-${props.item.id}`}>{t.draft.backToDraft}</a>
      </p>
    </section>
  );
}

/** A whole case with one span marked, so the researcher can read the sentence in its context. */
export function CaseMarkedPage(props: {
  t: Dict;
  study: StudyRef;
  kase: { id: number; title: string; text: string };
  start: number;
  end: number;
}) {
  const { t, study, kase } = props;
  const s = Math.max(0, Math.min(props.start, kase.text.length));
  const e = Math.max(s, Math.min(props.end, kase.text.length));
  return (
    <article>
      <StudyNav t={t} studyId={study.id} current="draft" title={study.title} />
      <h1>{kase.title}</h1>
      <p>
        <a href={`/studies/${study.id}/cases/${kase.id}`}>{t.draft.caseDetails}</a> ·{' '}
        <a href={draftUrl(study.id)}>{t.draft.backToDraft}</a>
      </p>
      <div class="case-text">
        {kase.text.slice(0, s)}
        {e > s && (
          <mark id="mark" tabindex={-1}>
            {kase.text.slice(s, e)}
          </mark>
        )}
        {kase.text.slice(e)}
      </div>
    </article>
  );
}
