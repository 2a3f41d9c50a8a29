import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/audit';
import { copyVersion, findDraftVersion, findVersion, listVersions } from '../../../db/standard/standard';
import { loadVersionContent, moveItem, updateItem, type StandardItemRow } from '../../../db/standard/items';
import { lastDecisions } from '../../../db/standard/source';
import { findStudy } from '../../../db/studies/studies';
import { adoptChecked, checklistFor } from '../standard/adopt';
import { createFromDecisions } from '../standard/from-decisions';
import type { CriteriaInput, EvidenceSource } from '../../standard';
import { editedItemFor, editedOrder, type DemoCriteria } from './edited';
import { seedFinalMemberCheck } from './member-check';

type Criteria = DemoCriteria;

// Hand-written criteria for activities the demo panel is likely to agree on; matched on words in the item.
const handWritten: [RegExp, Criteria][] = [
  [
    /afspraken|hulpverleningsplan|plan van aanpak/i,
    {
      criterion:
        'In het dossier staat een hulpverleningsplan met doelen in de woorden van de cliënt, wie wat doet en wanneer het wordt geëvalueerd; de cliënt heeft het gezien of ondertekend.',
      source: 'dossier',
      norm: 80,
      unit: 'dossiers',
      rubric: [
        'Geen plan in het dossier.',
        'Plan met doelen, maar zonder taakverdeling of evaluatiemoment.',
        'Volledig plan, met de cliënt opgesteld en door de cliënt gezien.',
      ],
      explanation: 'Schriftelijke afspraken maken de hulp toetsbaar voor cliënt en hulpverlener.',
    },
  ],
  [
    /veilig|geweld|meldcode/i,
    {
      criterion:
        'Bij signalen van onveiligheid zijn de stappen van de meldcode doorlopen en met datum vastgelegd, inclusief het collegiaal consult.',
      source: 'dossier',
      norm: 100,
      unit: 'dossiers',
      explanation: 'Veiligheid gaat voor: hier geldt geen marge.',
    },
  ],
  [
    /evalu/i,
    {
      criterion:
        'De evaluatie met de cliënt is vastgelegd: per doel of het bereikt is, en wat de cliënt van de hulp vond.',
      source: 'dossier',
      norm: 80,
      unit: 'dossiers',
    },
  ],
  [
    /kennismak|eerste gesprek|aanmeld|contact op/i,
    {
      criterion:
        'In het toetsingsgesprek licht de hulpverlener aan de hand van een recente aanmelding toe hoe het eerste contact verliep en wat met de cliënt is afgesproken.',
      source: 'gesprek',
      norm: 75,
      unit: 'gesprekken',
    },
  ],
  [
    /luistert|samenvat|doorvraagt|vraagt door/i,
    {
      criterion:
        'In een geobserveerd of opgenomen gesprek vat de hulpverlener ten minste één keer samen wat de cliënt zegt en checkt dat bij de cliënt.',
      source: 'observatie',
      norm: 70,
      unit: 'observaties',
      rubric: ['Niet waargenomen.', 'Samengevat zonder te checken.', 'Samengevat en gecheckt bij de cliënt.'],
    },
  ],
];

const defaults: Record<EvidenceSource, Omit<Criteria, 'source'>> = {
  dossier: {
    criterion:
      'Uit het dossier blijkt, met datum, dat de hulpverlener deze handeling heeft uitgevoerd en wat de uitkomst was.',
    norm: 80,
    unit: 'dossiers',
  },
  gesprek: {
    criterion:
      'In het toetsingsgesprek beschrijft de hulpverlener aan de hand van een recente casus hoe hij of zij deze handeling uitvoert.',
    norm: 75,
    unit: 'gesprekken',
  },
  observatie: {
    criterion: 'Bij observatie van een gesprek (live of opgenomen) is deze handeling zichtbaar.',
    norm: 70,
    unit: 'observaties',
  },
  anders: {
    criterion:
      'De hulpverlener laat met een voorbeeld uit de eigen praktijk zien dat deze handeling wordt uitgevoerd.',
    norm: 75,
    unit: 'voorbeelden',
  },
};

/**
 * The edited criteria of the demo's activities; for other items (a study seeded without the edited draft) a
 * sensible default: what is written down is checked in the file, what is said in a conversation.
 */
function criteriaFor(item: StandardItemRow): Criteria {
  const edited = editedItemFor(item.text);
  if (edited) return edited;
  const hit = handWritten.find(([re]) => re.test(item.text));
  if (hit) return hit[1];
  const source: EvidenceSource = /legt vast|noteert|schriftelijk|registreert|verwijs|meld/i.test(item.text)
    ? 'dossier'
    : /bespreekt|legt uit|informeert|vraagt|overlegt/i.test(item.text)
      ? 'gesprek'
      : 'dossier';
  return { source, ...defaults[source] };
}

const input = (x: StandardItemRow, c: Criteria): CriteriaInput => ({
  text: x.text,
  subAspectId: x.clusterId!,
  phaseId: x.phaseId,
  criterion: c.criterion,
  normPercentage: c.norm,
  noNorm: c.norm === null,
  normUnit: c.unit,
  evidenceSource: c.source,
  // Rubrics only where the level of execution really varies, and always on critical items.
  rubricLevels:
    c.rubric ??
    (x.criticalityClass === 'critical'
      ? ['Niet uitgevoerd.', 'Deels uitgevoerd of niet vastgelegd.', 'Volledig uitgevoerd en vastgelegd.']
      : []),
  explanation: c.explanation ?? '',
});

/**
 * The researcher orders the activities of each sub-aspect as in the edited draft (the order the panel saw them
 * in), so an item keeps its round number in the standard where it can.
 */
function putInEditedOrder(db: Db, versionId: number): void {
  for (let pass = 0; pass < 50; pass++) {
    const sorted = [...loadVersionContent(db, versionId).items].sort(
      (a, b) => (a.clusterId ?? 0) - (b.clusterId ?? 0) || a.position - b.position,
    );
    const swap = sorted.findIndex(
      (x, i) =>
        i > 0 &&
        sorted[i - 1]!.clusterId === x.clusterId &&
        editedOrder(sorted[i - 1]!.text) > editedOrder(x.text),
    );
    if (swap < 0) return;
    moveItem(db, versionId, sorted[swap]!.id, 'up');
  }
}

/**
 * Demo stage "standard" (runs last): version 1 from the decided items, with criteria and norms, adopted; then
 * version 2 as a draft with one criterion reworded, so the diff has something to show. Does nothing when the
 * study has no decided items yet or already has a standard.
 */
export function seedStandard(db: Db, studyId: number, userId: number): void {
  const study = findStudy(db, studyId);
  if (!study || listVersions(db, studyId).length > 0) return;
  if (!lastDecisions(db, studyId).some((d) => d.final === 'in')) return;
  const v1 = createFromDecisions(db, study, userId);
  const { items } = loadVersionContent(db, v1.id);
  for (const x of items) updateItem(db, v1.id, x.id, input(x, criteriaFor(x)));
  putInEditedOrder(db, v1.id);
  // The panel checks the final standard (its criteria) before adoption.
  seedFinalMemberCheck(db, studyId, userId, v1.id);
  // Adopted as a researcher would through the checklist: nothing blocks; the one warning it shows (an item that
  // reached no consensus in three rounds) is confirmed and so recorded.
  const draft = findVersion(db, studyId, 1)!;
  const checked = adoptChecked(
    db,
    draft,
    userId,
    checklistFor(db, draft).warnings.map((w) => w.code),
    'Versie 1',
  );
  if (!checked.ok) return;
  const v2 = copyVersion(
    db,
    studyId,
    userId,
    findVersion(db, studyId, 1)!,
    'Herziening na de eerste toetsingsronde',
  );
  const target =
    loadVersionContent(db, v2.id).items.find((x) => x.evidenceSource === 'dossier') ??
    loadVersionContent(db, v2.id).items[0];
  if (target) {
    const c = criteriaFor(target);
    updateItem(db, v2.id, target.id, {
      ...input(target, c),
      criterion: `${target.criterion} Een aantekening achteraf telt alleen als die binnen een week is gemaakt.`,
      normPercentage: Math.min(100, (target.normPercentage ?? c.norm ?? 75) + 5),
      rubricLevels: target.rubricLevels,
      explanation: target.explanation,
    });
  }
  if (findDraftVersion(db, studyId))
    appendAudit(db, {
      studyId,
      userId,
      action: 'standard.copy',
      entity: 'standard_version',
      entityId: v2.id,
      summary: 'Versie 1 → Versie 2',
    });
}
