import type { Db } from '../../../db/client';
import { actionsOf } from '../../../db/review/plan';
import { earlierActionsOf } from './plan';
import { aggregateOf, groupResultsOf, trendOf } from './results';
import { findReviewRound, reviewItemsOf } from './review';
import { listVersions } from '../../../db/standard/standard';
import type { Study } from '../../../db/studies/studies';
import type { Dict } from '../../../views/i18n';
import { renderDocx, renderHtml, renderMarkdown, renderPdf } from '../../handbook';
import { CONTENT_TYPES, handbookFileName, type HandbookFormat } from '../../handbook-data';
import { buildReviewReport } from '../../review-report/build';

export interface ReportFile {
  body: string | Buffer;
  name: string;
  contentType: string;
}

/**
 * The group's report of one peer-review round as a file: results, improvement plan, the follow-up of earlier
 * actions and the trend up to this round. Undefined when the round is not one of the study's.
 */
export async function reviewReportFile(
  db: Db,
  study: Study,
  roundId: number,
  format: HandbookFormat,
  t: Dict,
): Promise<ReportFile | undefined> {
  const round = findReviewRound(db, study.id, roundId);
  if (!round) return undefined;
  const versions = new Map(listVersions(db, study.id).map((v) => [v.id, v.number]));
  const items = reviewItemsOf(db, round);
  const itemLabel = (lineage: string | null) => {
    const x = items.find((i) => i.lineage === lineage);
    return x ? `${x.number} ${x.text}` : t.review.noItem;
  };
  const doc = buildReviewReport(
    {
      lang: study.lang,
      studyTitle: study.title,
      round,
      versionNumber: versions.get(round.versionId) ?? 0,
      results: groupResultsOf(db, round),
      actions: actionsOf(db, round.id).map((a) => ({ ...a, item: itemLabel(a.itemLineage) })),
      followedUp: earlierActionsOf(db, round).map((a) => ({
        ...a,
        round: a.roundNumber,
        item: a.item ?? t.review.noItem,
      })),
      trend: trendOf(db, study.id)
        .filter((x) => x.round.number <= round.number)
        .map((x) => {
          // Another round is another group's: seen from this group it is above the group, so its total shows
          // only over at least three practitioners.
          const overall = x.round.id === round.id ? x.results.overall : aggregateOf(db, x.round)?.overall;
          return {
            round: x.round.number,
            version: versions.get(x.round.versionId) ?? 0,
            compliance: overall?.compliance ?? null,
            applicable: overall?.applicable ?? null,
          };
        }),
    },
    t,
  );
  const body =
    format === 'html'
      ? renderHtml(doc)
      : format === 'md'
        ? renderMarkdown(doc)
        : format === 'docx'
          ? await renderDocx(doc)
          : await renderPdf(doc);
  // Named like the handbook, with "toetsing"/"review" where the handbook says "standaard-v".
  const name = handbookFileName(study.title, round.number, format, study.lang).replace(
    /-(standaard|standard)-v/,
    study.lang === 'en' ? '-review-' : '-toetsing-',
  );
  return { body, name, contentType: CONTENT_TYPES[format] };
}
