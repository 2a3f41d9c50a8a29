import type { StudyProgress } from '../../db/studies/overview';
import type { Phase, Scale } from '../../db/schema';
import type { Dict } from '../i18n';
import { StudyNav } from '../components/study-nav';
import type { Role } from '../../src/domain';

export function StudyOverviewPage(props: {
  t: Dict;
  study: {
    id: number;
    title: string;
    description: string;
    phases: Phase[];
    importanceScale: Scale;
    frequencyScale: Scale;
    archivedAt: Date | null;
  };
  progress: StudyProgress;
  role: Role;
}) {
  const { t, study, progress: p } = props;
  const s = t.studies;
  const base = `/studies/${study.id}`;
  // A band of one point reads "3 regelmatig", not "3–3 regelmatig".
  const span = (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`);
  const scale = (sc: Scale) =>
    `${span(sc.min, sc.max)} (${sc.bands.map((b) => `${span(b.from, b.to)} ${b.label}`).join(' · ')})`;
  const rt = t.rounds as unknown as Record<string, string>;
  const adopted = p.versions.find((v) => v.status === 'adopted');
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="overview" title={study.title} />
      <h1>{study.title}</h1>
      {study.archivedAt && <p class="notice">{s.archived}</p>}
      {props.role === 'viewer' && <p class="notice">{s.viewerNotice}</p>}
      {study.description && <p>{study.description}</p>}
      <h2>{s.stagesTitle}</h2>
      <ol class="stages">
        <li class="card">
          <h3>
            <a href={`${base}/cases`}>{s.stageCases}</a>
          </h3>
          <p>{s.stageCasesText(p.cases)}</p>
        </li>
        <li class="card">
          <h3>
            <a href={`${base}/draft`}>{s.stageDraft}</a>
          </h3>
          <p>{p.items ? s.stageDraftText(p.items, p.clusters) : s.stageDraftEmpty}</p>
        </li>
        <li class="card">
          <h3>
            <a href={`${base}/rounds`}>{s.stageRounds}</a>
          </h3>
          <p>{s.stagePanelText(p.panellists)}</p>
          {p.rounds.length > 0 && (
            <ul>
              {p.rounds.map((r) => (
                <li>
                  <a href={`${base}/rounds/${r.id}`}>
                    {r.number}. {r.title}
                  </a>{' '}
                  <span class="badge">{rt[`status_${r.status}`] ?? r.status}</span>
                  {r.status === 'closed' && (
                    <>
                      {' '}
                      · <a href={`${base}/rounds/${r.id}/report`}>{s.stageReport}</a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
        <li class="card">
          <h3>
            <a href={`${base}/standard`}>{s.stageStandard}</a>
          </h3>
          <p>
            {adopted
              ? s.stageStandardAdopted(adopted.number)
              : p.versions.length
                ? s.stageStandardDraft
                : s.stageStandardNone}
          </p>
          {adopted && (
            <p>
              {s.stageHandbook}:{' '}
              {(['html', 'pdf', 'docx', 'md'] as const).map((f, i) => (
                <>
                  {i > 0 && ' · '}
                  <a href={`${base}/standard/versions/${adopted.number}/handbook.${f}`}>{f.toUpperCase()}</a>
                </>
              ))}
            </p>
          )}
        </li>
      </ol>
      <div class="card">
        <h2>{s.phases}</h2>
        <ol>
          {study.phases.map((ph) => (
            <li>{ph.label}</li>
          ))}
        </ol>
        <h2>{s.importanceScale}</h2>
        <p>{scale(study.importanceScale)}</p>
        <h2>{s.frequencyScale}</h2>
        <p>{scale(study.frequencyScale)}</p>
      </div>
    </section>
  );
}
