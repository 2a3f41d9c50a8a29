import { roundResults, SCORES, type ResultItem, type ResultScore } from '../../src/compliance';
import type { Cluster, HandbookInput, StandardItem } from '../../src/handbook';
import type { ReviewReportInput } from '../../src/review-report/build';

export const ITEMS = 300;
const phases = ['intake', 'analyse', 'plan', 'uitvoering', 'afsluiting'];
const verbs = [
  'bespreekt',
  'legt vast',
  'vraagt door naar',
  'maakt afspraken over',
  'evalueert',
  'informeert over',
];
const topics = [
  'de hulpvraag',
  'de doelen',
  'het netwerk van de cliënt',
  'de financiële situatie',
  'de veiligheid',
  'de voortgang',
];

/** 10 clusters × 5 sub-aspects × 6 items, with criteria, norms and rubric levels on every third item. */
export function generate(): HandbookInput {
  let k = 0;
  const clusters: Cluster[] = Array.from({ length: 10 }, (_, c) => ({
    number: String(c + 1),
    title: `Cluster over ${topics[c % topics.length]} (${c + 1})`,
    subAspects: Array.from({ length: 5 }, (_, s) => ({
      number: `${c + 1}.${s + 1}`,
      title: `Deelaspect ${c + 1}.${s + 1}`,
      items: Array.from({ length: ITEMS / 50 }, (_, i): StandardItem => {
        k += 1;
        const topic = topics[k % topics.length] ?? '';
        return {
          number: `${c + 1}.${s + 1}.${i + 1}`,
          text: `De hulpverlener ${verbs[k % verbs.length]} ${topic} met de cliënt (handeling ${k}).`,
          phase: phases[k % phases.length] ?? 'intake',
          criterion: `In het dossier is vastgelegd dat ${topic} met de cliënt is besproken, met datum en uitkomst (${k}).`,
          norm: { percentage: 70 + (k % 4) * 10, unit: 'dossiers' },
          evidenceSource: k % 5 === 0 ? 'observatie' : 'dossier',
          criticality: 12 + (k % 30),
          class: k % 7 === 0 ? 'critical' : k % 11 === 0 ? 'optional' : 'core',
          importanceMedian: 7,
          frequencyMedian: 4,
          rubric:
            k % 3 === 0 ? ['Niet zichtbaar.', 'Gedeeltelijk zichtbaar.', 'Volledig en met de cliënt.'] : [],
        };
      }),
    })),
  }));
  const all = clusters.flatMap((c) => c.subAspects.flatMap((s) => s.items));
  const round = (number: number, kind: 'review' | 'rating') => ({
    number,
    kind,
    title: `Ronde ${number}`,
    opensAt: '2025-01-06',
    closesAt: '2025-01-27',
    invited: 40,
    started: 36,
    completed: 33,
    itemsAdded: 12,
    itemsMerged: 5,
    itemsReworded: 40,
    itemsDropped: 8,
    itemsCarriedForward: 20,
  });
  return {
    study: { title: 'Benchmarkstandaard', description: 'Gegenereerde standaard met 300 items.', lang: 'nl' },
    version: { number: 1, status: 'adopted', adoptedAt: '2025-03-01', createdAt: '2025-02-01' },
    authors: ['Onderzoeksteam'],
    phases: phases.map((id) => ({ id, label: `Fase ${id}` })),
    clusters,
    excluded: [],
    method: {
      cases: {
        total: 60,
        bySource: [{ source: 'dossier', count: 60 }],
        byPhase: phases.map((phase) => ({ phase, count: 12 })),
      },
      panel: [{ group: 'Hulpverleners', count: 40 }],
      rounds: [round(1, 'review'), round(2, 'rating'), round(3, 'rating')],
      consensus: { description: 'COMET-regel.', changes: [] },
      overrides: [],
      memberChecks: [],
      dissent: [],
      feedback: [{ round: 3, items: 20 }],
      adoptionConfirmed: [],
    },
    appendix: {
      itemStats: [2, 3].map((r) => ({
        round: r,
        rows: all.map((x) => ({
          item: { number: x.number, round: r, roundNumber: x.number, text: x.text },
          importance: { n: 38, cannotJudge: 2, median: 7, iqr: 2 },
          frequency: { n: 37, cannotJudge: 3, median: 4, iqr: 1 },
          agreement: 0.78,
          decision: 'in',
        })),
      })),
    },
  };
}

/** A closed peer-review round over the generated standard's items: 8 dossiers each, 20 planned actions. */
export function generateReview(): ReviewReportInput {
  const items: ResultItem[] = generate().clusters.flatMap((c) =>
    c.subAspects
      .flatMap((s) => s.items)
      .map((x, k) => ({
        id: Number(c.number) * 1000 + k,
        lineage: x.number,
        number: x.number,
        text: x.text,
        clusterNumber: c.number,
        clusterLabel: c.title,
        normPercentage: x.norm?.percentage ?? null,
      })),
  );
  const scores: ResultScore[] = items.flatMap((x, k) =>
    Array.from({ length: 8 }, (_, d) => ({
      reviewerId: 1 + (d % 2),
      practitionerId: 1 + (d % 4),
      dossierId: d + 1,
      itemId: x.id,
      score: SCORES[(k + d) % SCORES.length] ?? null,
      note: '',
    })),
  );
  return {
    lang: 'nl',
    studyTitle: 'Benchmarkstandaard',
    round: { number: 2, title: 'Najaar', status: 'closed', startsOn: '2025-09-01', endsOn: '2025-10-01' },
    versionNumber: 1,
    results: roundResults(items, scores),
    actions: items.slice(0, 20).map((x) => ({
      item: `${x.number} ${x.text}`,
      action: 'Bespreken in het teamoverleg en vastleggen in het dossier.',
      owner: 'Teamleider',
      dueOn: '2025-12-01',
      status: 'open' as const,
    })),
    followedUp: [],
    trend: [1, 2].map((round) => ({ round, version: 1, compliance: 70 + round, applicable: 2000 })),
  };
}
