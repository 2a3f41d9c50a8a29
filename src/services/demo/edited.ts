import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/audit';
import { loadDraft } from '../../../db/draft/draft';
import { addCluster } from '../../../db/draft/clusters';
import { mergeItems } from '../../../db/draft/items';
import { changeItem, insertItem } from '../../../db/draft/versions';
import { clusters, items } from '../../../db/schema';
import type { EvidenceSource } from '../../standard';

/** Criterion, norm and source of evidence of one activity of the demo standard. */
export interface DemoCriteria {
  criterion: string;
  source: EvidenceSource;
  /** null: explicitly "geen norm" (with the explanation saying why). */
  norm: number | null;
  unit: string;
  rubric?: string[];
  explanation?: string;
}

export interface EditedItem extends DemoCriteria {
  text: string;
  phase: string;
  /** Extracted activities of this phase that say the same are merged into this one. */
  match: RegExp;
  /** The wording the panel proposes in the first round and the researcher accepts. */
  reworded?: string;
  /** How the simulated panel rates it: settled in the first, second or third rating round, never, or left out. */
  settles: 1 | 2 | 3 | 'never' | 'out';
}

export interface EditedCluster {
  label: string;
  subAspects: { label: string; items: EditedItem[] }[];
}

const dossier = (criterion: string, norm: number | null = 80, extra: Partial<DemoCriteria> = {}) => ({
  criterion,
  source: 'dossier' as const,
  norm,
  unit: 'dossiers',
  ...extra,
});
const gesprek = (criterion: string, norm = 75, extra: Partial<DemoCriteria> = {}) => ({
  criterion,
  source: 'gesprek' as const,
  norm,
  unit: 'gesprekken',
  ...extra,
});

/**
 * The demo standard as a researcher edits it from the proposed draft: clusters named as aspects of the help,
 * activities in behavioural terms, and (added when the standard is made) a criterion, norm and source of
 * evidence for every activity.
 */
export const EDITED: EditedCluster[] = [
  {
    label: 'Kennismaking en aanmelding',
    subAspects: [
      {
        label: 'Eerste contact',
        items: [
          {
            text: 'De hulpverlener neemt binnen vijf werkdagen na de aanmelding contact op met de cliënt en maakt een afspraak voor een eerste gesprek.',
            phase: 'intake',
            match: /afspraak|brief|aanmeld|sms|belt|bel /i,
            settles: 1,
            ...dossier(
              'Het dossier vermeldt de datum van de aanmelding en de datum van het eerste contact; daartussen liggen ten hoogste vijf werkdagen.',
            ),
          },
          {
            text: 'De hulpverlener stelt zich voor en legt uit wat het maatschappelijk werk kan bieden en wat vertrouwelijk blijft.',
            phase: 'intake',
            match: /legt .*uit|stelt zich voor|vertrouwelijk/i,
            settles: 1,
            ...gesprek(
              'In het toetsingsgesprek vertelt de hulpverlener aan de hand van een recente aanmelding hoe het aanbod van het maatschappelijk werk en de grenzen van de vertrouwelijkheid zijn uitgelegd.',
            ),
          },
        ],
      },
      {
        label: 'Aanleiding van de aanmelding',
        items: [
          {
            text: 'De hulpverlener vraagt naar de aanleiding van de aanmelding en naar wat de cliënt van de hulp verwacht.',
            phase: 'intake',
            match: /./,
            settles: 1,
            ...gesprek(
              'In het toetsingsgesprek noemt de hulpverlener bij een recente aanmelding de aanleiding en wat de cliënt van de hulp verwachtte, in de woorden van de cliënt.',
            ),
          },
          {
            text: 'De hulpverlener vraagt in het eerste gesprek of de cliënt en de kinderen thuis veilig zijn.',
            phase: 'intake',
            match: /veilig|geweld|pijn|bang/i,
            settles: 2,
            ...dossier(
              'Het verslag van het eerste gesprek vermeldt dat naar de veiligheid is gevraagd en wat de cliënt antwoordde.',
              100,
              {
                explanation: 'Veiligheid gaat voor: hier geldt geen marge.',
              },
            ),
          },
        ],
      },
    ],
  },
  {
    label: 'Verheldering van de hulpvraag',
    subAspects: [
      {
        label: 'De problemen in kaart',
        items: [
          {
            text: 'De hulpverlener brengt samen met de cliënt in kaart wat er speelt op het gebied van wonen, geld, werk, gezondheid en relaties.',
            phase: 'analyse',
            match: /inkomst|schuld|geld|brief|wonen|huur|werk|school|gezond/i,
            settles: 1,
            ...dossier(
              'In het dossier staat uiterlijk na het tweede gesprek een overzicht van de leefgebieden, met per gebied wat er speelt.',
            ),
          },
          {
            text: 'De hulpverlener vat samen wat de cliënt vertelt en vraagt of de samenvatting klopt.',
            phase: 'analyse',
            match: /vat|samen|luister|vraagt door/i,
            settles: 2,
            criterion:
              'In een geobserveerd of opgenomen gesprek vat de hulpverlener ten minste één keer samen wat de cliënt zegt en checkt dat bij de cliënt.',
            source: 'observatie',
            norm: 70,
            unit: 'observaties',
            rubric: [
              'Niet waargenomen.',
              'Samengevat zonder te checken.',
              'Samengevat en gecheckt bij de cliënt.',
            ],
          },
        ],
      },
      {
        label: 'Netwerk en veiligheid',
        items: [
          {
            text: 'De hulpverlener vraagt wie in de omgeving van de cliënt steun kan bieden.',
            reworded:
              'De hulpverlener vraagt wie in de familie, de vriendenkring of de buurt van de cliënt steun kan bieden.',
            phase: 'analyse',
            match: /netwerk|familie|ouders|partner|vriend|buur|zus|broer|moeder|vader/i,
            settles: 3,
            ...gesprek(
              'In het toetsingsgesprek noemt de hulpverlener bij een recente casus wie in de omgeving van de cliënt steun kan bieden en hoe dat is nagegaan.',
            ),
          },
          {
            text: 'De hulpverlener doorloopt bij signalen van onveiligheid de stappen van de meldcode en overlegt met een collega.',
            phase: 'analyse',
            match: /veilig|meldcode|risico|geweld|pijn|Veilig Thuis/i,
            settles: 1,
            ...dossier(
              'Bij signalen van onveiligheid zijn de stappen van de meldcode doorlopen en met datum vastgelegd, inclusief het collegiaal consult.',
              100,
              {
                rubric: [
                  'Stappen niet doorlopen of niet vastgelegd.',
                  'Stappen doorlopen, collegiaal consult ontbreekt.',
                  'Alle stappen met datum vastgelegd, met collegiaal consult.',
                ],
                explanation: 'Veiligheid gaat voor: hier geldt geen marge.',
              },
            ),
          },
        ],
      },
    ],
  },
  {
    label: 'Het hulpverleningsplan',
    subAspects: [
      {
        label: 'Doelen en taken',
        items: [
          {
            text: 'De hulpverlener maakt met de cliënt schriftelijke afspraken over de doelen, in de woorden van de cliënt.',
            phase: 'plan',
            match: /plan|doel/i,
            settles: 1,
            ...dossier(
              'In het dossier staat een hulpverleningsplan met doelen in de woorden van de cliënt, wie wat doet en wanneer het wordt geëvalueerd; de cliënt heeft het gezien of ondertekend.',
              80,
              {
                rubric: [
                  'Geen plan in het dossier.',
                  'Plan met doelen, maar zonder taakverdeling of evaluatiemoment.',
                  'Volledig plan, met de cliënt opgesteld en door de cliënt gezien.',
                ],
                explanation: 'Schriftelijke afspraken maken de hulp toetsbaar voor cliënt en hulpverlener.',
              },
            ),
          },
          {
            text: 'De hulpverlener bespreekt met de cliënt wie wat doet en wanneer.',
            phase: 'plan',
            match: /afspra|wie wat|spreekt af|taak/i,
            settles: 1,
            ...dossier('Het plan noemt per doel wie wat doet en voor welke datum.'),
          },
        ],
      },
      {
        label: 'Evaluatiemoment',
        items: [
          {
            text: 'De hulpverlener legt in het plan vast wanneer de doelen samen met de cliënt worden geëvalueerd.',
            phase: 'plan',
            match: /evalu|termijn|weken/i,
            settles: 2,
            ...dossier('Het plan noemt een datum of termijn voor de evaluatie met de cliënt.'),
          },
          {
            text: 'De hulpverlener geeft de cliënt een afschrift van het plan.',
            phase: 'plan',
            match: /./,
            settles: 'out',
            ...dossier('Het dossier vermeldt dat de cliënt een afschrift van het plan heeft gekregen.', 75),
          },
        ],
      },
    ],
  },
  {
    label: 'Samenwerking met het netwerk en andere instanties',
    subAspects: [
      {
        label: 'Toestemming en informatie',
        items: [
          {
            text: 'De hulpverlener vraagt de cliënt toestemming voordat hij of zij contact opneemt met anderen, en legt die toestemming vast.',
            phase: 'uitvoering',
            match: /toestemming/i,
            settles: 1,
            ...dossier(
              'Bij elk contact met een derde staat in het dossier dat de cliënt daarvoor toestemming gaf, met datum.',
              90,
            ),
          },
          {
            text: 'De hulpverlener vertelt de cliënt na elk contact met een instantie wat er is besproken.',
            phase: 'uitvoering',
            match: /vertel|informeer|laat .*weten|contact op/i,
            settles: 2,
            ...gesprek(
              'In het toetsingsgesprek beschrijft de hulpverlener bij een recente casus hoe de cliënt na een contact met een instantie is geïnformeerd.',
            ),
          },
        ],
      },
      {
        label: 'Afstemming en verwijzing',
        items: [
          {
            text: 'De hulpverlener stemt de hulp af met de andere betrokken hulpverleners en spreekt af wie de regie heeft.',
            phase: 'uitvoering',
            match: /casemanager|wijkteam|overleg|huisarts|school|gemeente|instantie|begeleider/i,
            settles: 1,
            ...dossier('Het dossier noemt de andere betrokken hulpverleners en wie van hen de regie heeft.'),
          },
          {
            text: 'De hulpverlener verwijst de cliënt gericht door en gaat na of de verwijzing is aangekomen.',
            phase: 'uitvoering',
            match: /verwijs|doorverwijs|schuldhulp|advocaat|aanmeld/i,
            settles: 3,
            ...dossier(
              'Bij een verwijzing vermeldt het dossier naar wie is verwezen en dat is nagegaan of de cliënt daar is aangekomen.',
            ),
          },
        ],
      },
    ],
  },
  {
    label: 'Begeleiding tijdens de uitvoering',
    subAspects: [
      {
        label: 'Praktische ondersteuning',
        items: [
          {
            text: 'De hulpverlener helpt de cliënt bij brieven en formulieren en laat de cliënt zoveel mogelijk zelf doen.',
            phase: 'uitvoering',
            match: /brief|formulier|aanvraag|mail|invul/i,
            settles: 'never',
            ...gesprek(
              'In het toetsingsgesprek beschrijft de hulpverlener bij een recente casus welk deel van het papierwerk de cliënt zelf deed.',
            ),
          },
          {
            text: 'De hulpverlener neemt bij een dreigende afsluiting of uitzetting dezelfde dag contact op met de schuldeiser of verhuurder.',
            phase: 'uitvoering',
            match: /afsluit|uitzet|energie|verhuurder|schuldeiser|opschort/i,
            settles: 1,
            ...dossier(
              'Bij een dreigende afsluiting of uitzetting vermeldt het dossier het contact met de schuldeiser of verhuurder op dezelfde dag.',
              90,
            ),
          },
        ],
      },
      {
        label: 'Voortgang van de hulp',
        items: [
          {
            text: 'De hulpverlener bespreekt in elk gesprek met de cliënt hoe het staat met de afgesproken doelen.',
            phase: 'uitvoering',
            match: /./,
            settles: 1,
            ...dossier(
              'De gespreksverslagen vermelden per gesprek de voortgang op ten minste één afgesproken doel.',
            ),
          },
          {
            text: 'De hulpverlener bespreekt vastgelopen hulp in het collegiaal overleg en legt de uitkomst vast.',
            phase: 'uitvoering',
            match: /collega|intervisie|consult|team/i,
            settles: 'never',
            ...dossier(
              'Als de hulp langer dan zes weken stilstaat, vermeldt het dossier een collegiaal overleg en de uitkomst daarvan.',
              75,
            ),
          },
        ],
      },
    ],
  },
  {
    label: 'Evaluatie en afsluiting',
    subAspects: [
      {
        label: 'Evaluatie met de cliënt',
        items: [
          {
            text: 'De hulpverlener evalueert met de cliënt per doel of het is bereikt.',
            phase: 'afsluiting',
            match: /evalu|doel|bereikt/i,
            settles: 1,
            ...dossier(
              'De evaluatie met de cliënt is vastgelegd: per doel of het bereikt is, en wat de cliënt van de hulp vond.',
            ),
          },
          {
            text: 'De hulpverlener vraagt de cliënt wat hij of zij van de hulp vond.',
            phase: 'afsluiting',
            match: /vond|tevreden|ervaring|vraagt/i,
            settles: 2,
            ...gesprek(
              'In het toetsingsgesprek vertelt de hulpverlener wat een recent afgesloten cliënt van de hulp vond en wat de hulpverlener daarmee doet.',
              75,
              {
                norm: null,
                explanation:
                  'Geen norm: niet elke cliënt wil terugkijken. Het criterium wordt besproken, niet als percentage getoetst.',
              },
            ),
          },
        ],
      },
      {
        label: 'Afronding',
        items: [
          {
            text: 'De hulpverlener sluit de hulp af met een afsluitend gesprek en een afsluitverslag in het dossier.',
            phase: 'afsluiting',
            match: /afsl|afrond|sluit/i,
            settles: 1,
            ...dossier(
              'Het dossier bevat een afsluitverslag met de reden van afsluiting en de stand van de doelen.',
            ),
          },
          {
            text: 'De hulpverlener spreekt met de cliënt af waar hij of zij terecht kan als de problemen terugkomen.',
            phase: 'afsluiting',
            match: /./,
            settles: 2,
            ...gesprek(
              'In het toetsingsgesprek noemt de hulpverlener wat met een recent afgesloten cliënt is afgesproken over terugkomen.',
            ),
          },
        ],
      },
    ],
  },
];

/** Activities the demo panel adds in the first round, with their criteria. */
export const PANEL_ADDED: EditedItem[] = [
  {
    text: 'De hulpverlener vraagt of de cliënt eerder hulp heeft gehad en wat daarvan hielp.',
    phase: 'intake',
    match: /$^/,
    settles: 1,
    ...gesprek(
      'In het toetsingsgesprek vertelt de hulpverlener bij een recente aanmelding welke hulp de cliënt eerder kreeg en wat daarvan hielp.',
    ),
  },
];

const editedItems = () => [...EDITED.flatMap((c) => c.subAspects.flatMap((s) => s.items)), ...PANEL_ADDED];
const stem = (s: string) => s.replace(/[.,]?\s*$/, '').toLowerCase();

/** The edited activity an item text stems from (also after a panel's reformulation that adds words). */
export function editedItemFor(text: string): EditedItem | undefined {
  const t = text.toLowerCase();
  return editedItems().find((x) => [x.text, x.reworded ?? x.text].some((w) => t.startsWith(stem(w))));
}

/** Where an activity stands in the edited standard (the panel's additions last); for ordering a version. */
export function editedOrder(text: string): number {
  const x = editedItemFor(text);
  const i = x ? editedItems().indexOf(x) : -1;
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

/**
 * The researcher's editorial pass over the proposed draft: the edited clusters and sub-aspects are made, each
 * edited activity takes over the extracted activities of its phase that say the same (merged, so their case
 * evidence stays with it), extracted activities left over are removed with a reason, and the emptied clusters
 * of the proposal go. Every change is a recorded item version.
 */
export function editDraft(db: Db, studyId: number, userId: number): void {
  const d = loadDraft(db, studyId);
  const oldClusters = d.clusters.map((c) => c.id);
  const free = new Map(d.items.filter((x) => x.status === 'active').map((x) => [x.id, x]));
  const actor = { userId, reason: 'redactie: in gedragstermen en ingedeeld naar aspecten van de hulp' };
  for (const c of EDITED) {
    const top = addCluster(db, studyId, null, c.label);
    for (const s of c.subAspects) {
      const sub = addCluster(db, studyId, top.id, s.label);
      for (const [position, x] of s.items.entries()) {
        const hits = [...free.values()]
          .filter((i) => i.phaseId === x.phase && x.match.test(i.text))
          .slice(0, 6);
        for (const h of hits) free.delete(h.id);
        let id: number;
        if (hits.length > 1) {
          const res = mergeItems(
            db,
            studyId,
            hits[0]!.id,
            new Map(hits.map((h) => [h.id, h.version])),
            x.text,
            actor,
          );
          if (!res.ok) throw new Error(`demo: merging ${hits.map((h) => h.id).join(', ')} failed`);
          id = res.target.id;
        } else if (hits.length === 1) {
          const res = changeItem(db, studyId, hits[0]!.id, undefined, { text: x.text }, 'edit', actor);
          if (!res.ok) throw new Error(`demo: editing ${hits[0]!.id} failed`);
          id = res.item.id;
        } else {
          id = insertItem(
            db,
            studyId,
            { text: x.text, clusterId: sub.id, phaseId: x.phase, origin: 'manual' },
            actor,
          ).id;
        }
        changeItem(
          db,
          studyId,
          id,
          undefined,
          { clusterId: sub.id, phaseId: x.phase, position },
          'move',
          actor,
        );
      }
    }
  }
  for (const x of free.values())
    changeItem(db, studyId, x.id, undefined, { status: 'deleted' }, 'delete', {
      userId,
      reason: 'redactie: één gebeurtenis uit één casus, geen algemene handeling',
    });
  // The proposal's clusters are empty now (their items were merged, moved or removed).
  const stillUsed = db
    .select({ id: items.clusterId })
    .from(items)
    .where(and(eq(items.studyId, studyId), eq(items.status, 'active')))
    .all()
    .map((r) => r.id);
  const empty = oldClusters.filter((id) => !stillUsed.includes(id));
  if (empty.length) db.delete(clusters).where(inArray(clusters.id, empty)).run();
  appendAudit(db, {
    studyId,
    userId,
    action: 'draft.edit',
    entity: 'study',
    entityId: studyId,
    summary: `redactie: ${editedItems().length - PANEL_ADDED.length} handelingen in ${EDITED.length} clusters`,
  });
}
