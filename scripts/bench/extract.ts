import { clustersFromPhases, mergeActivities, proposeClusters, type ActivityInput } from '../../src/cluster';
import { extractActivities } from '../../src/extract';
import { generateCases } from './cases';
import { measureEditor } from './editor';

const CASES = 500;
const SEED = 1;
const PHASES = [
  { id: 'intake' as const, label: 'Aanmelding en kennismaking' },
  { id: 'analyse' as const, label: 'Probleemverheldering' },
  { id: 'plan' as const, label: 'Hulpverleningsplan en afspraken' },
  { id: 'uitvoering' as const, label: 'Uitvoering en begeleiding' },
  { id: 'afsluiting' as const, label: 'Evaluatie en afsluiting' },
];

/** Figures for the last line; each measured step adds its own. */
const figures: Record<string, number> = { cases: CASES };

function measure<T>(name: string, fn: () => T): { value: T; seconds: number } {
  const t0 = performance.now();
  const value = fn();
  const seconds = (performance.now() - t0) / 1000;
  console.log(`${name.padEnd(28)} ${seconds.toFixed(3)} s`);
  return { value, seconds };
}

const round = (x: number, digits = 3): number => Number(x.toFixed(digits));

const cases = measure('generate cases', () => generateCases(CASES, SEED)).value;
const words = cases.reduce((n, c) => n + c.text.split(/\s+/).length, 0);
console.log(`${cases.length} cases, ${Math.round(words / cases.length)} words on average`);

const extraction = measure('extract activities', () =>
  cases.flatMap((c): ActivityInput[] =>
    extractActivities(c.text, { lang: 'nl' }).map((a) => ({ caseId: c.id, ...a })),
  ),
);
const merging = measure('merge near-duplicates', () => mergeActivities(extraction.value, { lang: 'nl' }));
const clustering = measure('propose rubric clusters', () => proposeClusters(merging.value, { lang: 'nl' }));
const phaseClusters = measure('clusters from phases', () =>
  clustersFromPhases(merging.value, PHASES, { lang: 'nl' }),
);

const activities = extraction.value.length;
const items = merging.value;
console.log(
  `${activities} activities (${(activities / CASES).toFixed(1)} per case) → ${items.length} draft items`,
);
console.log(`items found in ≥ 10% of cases: ${items.filter((i) => i.caseCount >= CASES / 10).length}`);
for (const c of clustering.value) {
  console.log(`  ${c.number} ${c.label} (${c.itemIndexes.length} items, ${c.subAspects.length} sub-aspects)`);
}

const pipeline = extraction.seconds + merging.seconds + clustering.seconds + phaseClusters.seconds;
console.log(`whole pipeline (extract + merge + cluster): ${pipeline.toFixed(3)} s (target < 5 s)`);

Object.assign(figures, {
  extract_s: round(pipeline),
  extraction_s: round(extraction.seconds),
  merge_s: round(merging.seconds),
  cluster_s: round(clustering.seconds + phaseClusters.seconds),
  activities,
  items: items.length,
  clusters: clustering.value.length,
});

// The editor page of a study with 300 items and 1,000 evidence links (median of repeated requests).
const editor = await measureEditor();
console.log(`editor page median             ${editor.editor_median_ms} ms (target < 100 ms)`);
Object.assign(figures, editor);
console.log(JSON.stringify(figures));
