import type { Phase, Scale } from '../../db/schema';
import type { Dict } from '../i18n';
import { StudyNav } from '../components/study-nav';

export function StudyOverviewPage(props: {
  t: Dict;
  study: { id: number; title: string; description: string; phases: Phase[]; importanceScale: Scale; frequencyScale: Scale; archivedAt: Date | null };
  caseCount: number;
  role: 'owner' | 'editor' | 'viewer';
}) {
  const { t, study } = props;
  // A band of one point reads "3 regelmatig", not "3–3 regelmatig".
  const span = (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`);
  const scale = (s: Scale) => `${span(s.min, s.max)} (${s.bands.map((b) => `${span(b.from, b.to)} ${b.label}`).join(' · ')})`;
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="overview" title={study.title} />
      <h1>{study.title}</h1>
      {study.archivedAt && <p class="notice">{t.studies.archived}</p>}
      {props.role === 'viewer' && <p class="notice">{t.studies.viewerNotice}</p>}
      {study.description && <p>{study.description}</p>}
      <div class="card">
        <h2>{t.studies.cases}</h2>
        <p>
          <a href={`/studies/${study.id}/cases`}>
            {props.caseCount} {t.studies.caseCount}
          </a>
        </p>
      </div>
      <div class="card">
        <h2>{t.studies.phases}</h2>
        <ol>
          {study.phases.map((p) => (
            <li>{p.label}</li>
          ))}
        </ol>
        <h2>{t.studies.importanceScale}</h2>
        <p>{scale(study.importanceScale)}</p>
        <h2>{t.studies.frequencyScale}</h2>
        <p>{scale(study.frequencyScale)}</p>
      </div>
    </section>
  );
}
