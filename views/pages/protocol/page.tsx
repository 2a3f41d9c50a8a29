import type { Dict } from '../../i18n';
import type { FieldErrors } from '../../components/form';
import { StudyNav } from '../../components/study-nav';
import { formatDateTime, langOf } from '../../format';
import { ProtocolForm } from './form';

export interface ProtocolVersion {
  at: Date;
  description: string;
  maxRounds: number;
  reason: string;
}

export interface ProtocolPageProps {
  t: Dict;
  csrf: string;
  study: { id: number; title: string };
  description: string;
  maxRounds: number;
  isDefault: boolean;
  savedAt: Date | null;
  locked: boolean;
  canEdit: boolean;
  history: ProtocolVersion[];
  values: Record<string, string | string[] | undefined>;
  errors: FieldErrors;
  saved: boolean;
}

export function ProtocolPage(props: ProtocolPageProps) {
  const { t, study } = props;
  const c = t.consensus;
  const lang = langOf(t);
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="protocol" title={study.title} />
      <h1>{c.title}</h1>
      <p>{c.intro}</p>
      <div role="status" aria-live="polite">
        {props.saved && <p class="notice">{c.saved}</p>}
      </div>
      <div class="card" id="protocol-in-force">
        <h2>{c.inForce}</h2>
        {props.isDefault && <p class="notice">{c.defaultApplies}</p>}
        <p>{props.description}</p>
        <p>{c.maxRoundsShown(props.maxRounds)}</p>
        {props.savedAt && (
          <p class="muted">
            {c.savedAt}{' '}
            <time datetime={props.savedAt.toISOString()}>{formatDateTime(props.savedAt, lang)}</time>
          </p>
        )}
      </div>
      {props.locked && <p class="notice">{c.locked}</p>}
      {props.canEdit && (
        <ProtocolForm
          t={t}
          csrf={props.csrf}
          studyId={study.id}
          values={props.values}
          errors={props.errors}
          locked={props.locked}
        />
      )}
      <h2>{c.history}</h2>
      {props.history.length === 0 ? (
        <p class="muted">{c.historyEmpty}</p>
      ) : (
        <ol class="protocol-history">
          {props.history.map((h) => (
            <li>
              <time datetime={h.at.toISOString()}>{formatDateTime(h.at, lang)}</time>: {h.description}{' '}
              {c.maxRoundsShown(h.maxRounds)}
              {h.reason && (
                <>
                  {' '}
                  <strong>{c.reasonLabel}:</strong> {h.reason}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
