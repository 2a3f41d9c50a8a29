import type { ProcessOverview } from '../../../db/rounds/process-view';
import { StudyNav } from '../../components/study-nav';
import type { Dict } from '../../i18n';
import { fmt } from '../participate/fmt';
import { ActivityCard, type MergeTargets } from './process-activity';
import { ProcessProgress, type ProcessCtx } from './process-forms';
import { ItemBlock, isOpen } from './process-item';

/** The block the last action touched (`item-12`, `act-5`): kept visible under the filter, focused, with its message. */
export interface ProcessFocus {
  at: string;
  notice?: string | undefined;
  error?: string | undefined;
  ownText?: string | undefined;
}

/**
 * Working a closed review round's suggestions into the draft: per item the panel's merged proposals (anonymous,
 * with counts), items everyone kept folded into one list, then proposed activities per cluster.
 */
export function ProcessPage(props: {
  t: Dict;
  csrf: string;
  study: { id: number; title: string; phases: { id: string; label: string }[] };
  round: { id: number; number: number; title: string };
  overview: ProcessOverview;
  targets: MergeTargets;
  canEdit: boolean;
  open: boolean;
  focus?: ProcessFocus | undefined;
  error?: string | undefined;
}) {
  const { t, study, round, overview: o, focus } = props;
  const r = t.rounds;
  const base = `/studies/${study.id}/rounds/${round.id}`;
  const ctx: ProcessCtx = { t, csrf: props.csrf, base, open: props.open, canEdit: props.canEdit };
  const at = (id: string) => (focus?.at === id ? focus : undefined);
  const items = o.items.filter((it) => !props.open || isOpen(it) || at(`item-${it.roundItemId}`));
  const phase = new Map(study.phases.map((p) => [p.id, p.label]));
  const clusters = o.clusters
    .map((c) => ({ ...c, groups: c.groups.filter((g) => !props.open || !g.outcome || at(`act-${g.repId}`)) }))
    .filter((c) => c.groups.length > 0);
  // A refusal whose block is not on the page (unknown or filtered away) is shown at the top instead.
  const placed =
    items.some((it) => at(`item-${it.roundItemId}`)) ||
    clusters.some((c) => c.groups.some((g) => at(`act-${g.repId}`)));
  const error = props.error ?? (placed ? undefined : focus?.error);
  return (
    <section>
      <StudyNav t={t} studyId={study.id} current="rounds" title={study.title} />
      <p>
        <a href={base}>
          ← {fmt(r.roundN, { n: round.number })}: {round.title}
        </a>
      </p>
      <h1>{r.processing}</h1>
      <p class="hint">{r.processingIntro}</p>
      {error && (
        <p class="error-summary" role="alert" tabindex={-1} autofocus>
          {error}
        </p>
      )}
      <div class="proc-bar">
        <nav aria-label={r.showLabel} class="proc-filter">
          <span class="muted">{r.showLabel}:</span>{' '}
          <a href={`${base}/process?open=1`} aria-current={props.open ? 'page' : undefined}>
            {r.showOpen}
          </a>{' '}
          <a href={`${base}/process`} aria-current={props.open ? undefined : 'page'}>
            {r.showAll}
          </a>
        </nav>
        <ProcessProgress t={t} done={o.progress.done} total={o.progress.total} />
      </div>

      <h2>
        {r.itemsWithSuggestions} <span class="muted">({items.length})</span>
      </h2>
      {items.length === 0 && <p>{props.open && o.items.length ? r.allDone : r.noSuggestions}</p>}
      {items.map((it) => {
        const f = at(`item-${it.roundItemId}`);
        return (
          <ItemBlock
            ctx={ctx}
            item={it}
            focus={!!f}
            notice={f?.notice}
            error={f?.error}
            ownText={f?.ownText}
          />
        );
      })}
      {o.quiet.length > 0 && (
        <details class="proc-quiet">
          <summary>{fmt(r.quietSummary, { n: o.quiet.length })}</summary>
          <p class="hint">{r.quietHint}</p>
          <ul>
            {o.quiet.map((q) => (
              <li id={`item-${q.roundItemId}`}>
                <span class="item-no">{q.number}</span> {q.text}
              </li>
            ))}
          </ul>
        </details>
      )}

      <h2>{r.proposals}</h2>
      {clusters.length === 0 && <p>{o.clusters.length ? r.allDone : r.noProposals}</p>}
      {clusters.map((c) => (
        <section class="proc-cluster" aria-labelledby={`h-pc-${c.key}`}>
          <h3 id={`h-pc-${c.key}`}>
            {c.key === 'none' ? (
              r.noCluster
            ) : (
              <>
                <span class="item-no">{c.number}</span> {c.label}
              </>
            )}
          </h3>
          {c.groups.map((g) => {
            const f = at(`act-${g.repId}`);
            const label = g.phaseId ? (phase.get(g.phaseId) ?? g.phaseId) : undefined;
            return (
              <ActivityCard
                ctx={ctx}
                group={g}
                phaseLabel={label}
                targets={props.targets}
                focus={!!f}
                notice={f?.notice}
                error={f?.error}
              />
            );
          })}
        </section>
      ))}
    </section>
  );
}
