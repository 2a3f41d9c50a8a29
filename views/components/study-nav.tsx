import type { Dict } from '../i18n';

export type StudyTab =
  | 'overview'
  | 'cases'
  | 'draft'
  | 'panel'
  | 'rounds'
  | 'protocol'
  | 'report'
  | 'standard'
  | 'review'
  | 'team'
  | 'settings'
  | 'privacy'
  | 'audit';

/** The study's tabs; each feature adds its tab here. */
export function StudyNav(props: { t: Dict; studyId: number; current: StudyTab; title: string }) {
  const { t, studyId } = props;
  const base = `/studies/${studyId}`;
  const tabs: { id: StudyTab; href: string; label: string }[] = [
    { id: 'overview', href: base, label: t.studies.overview },
    { id: 'cases', href: `${base}/cases`, label: t.studies.cases },
    { id: 'draft', href: `${base}/draft`, label: t.draft.tab },
    { id: 'panel', href: `${base}/panel`, label: t.panel.tab },
    { id: 'rounds', href: `${base}/rounds`, label: t.rounds.tab },
    { id: 'protocol', href: `${base}/protocol`, label: t.consensus.tab },
    { id: 'report', href: `${base}/report`, label: t.report.tab },
    { id: 'standard', href: `${base}/standard`, label: t.standard.tab },
    { id: 'review', href: `${base}/reviews`, label: t.review.tab },
    { id: 'team', href: `${base}/team`, label: t.studies.team },
    { id: 'settings', href: `${base}/settings`, label: t.studies.settings },
    { id: 'privacy', href: `${base}/privacy`, label: t.privacy.tab },
    { id: 'audit', href: `${base}/audit`, label: t.studies.audit },
  ];
  return (
    <>
      <p class="muted">
        <a href="/studies">{t.common.studies}</a> / {props.title}
      </p>
      <nav class="tabs" aria-label={props.title}>
        {tabs.map((tab) => (
          <a href={tab.href} aria-current={tab.id === props.current ? 'page' : undefined}>
            {tab.label}
          </a>
        ))}
      </nav>
    </>
  );
}
