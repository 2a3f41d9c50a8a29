import type { ReasonCode, ReasonParams } from '../../db/schema';
import { defineTexts } from './define';

/** A version's reason: the generated part (code + parameters) in the reader's language, then what a person wrote. */
export interface VersionReason {
  reason: string;
  reasonCode: ReasonCode | null;
  reasonParams: ReasonParams | null;
}

function reasonText(words: Record<ReasonCode, (p: ReasonParams) => string>, v: VersionReason): string {
  const generated = v.reasonCode ? words[v.reasonCode](v.reasonParams ?? {}) : '';
  return [generated, v.reason.trim()].filter(Boolean).join(': ');
}

const REASONS_NL: Record<ReasonCode, (p: ReasonParams) => string> = {
  proposal: () => 'voorgesteld uit casussen',
  suggestion: () => 'suggestie uit nieuwe casussen aanvaard',
  evidence: (p) => `bewijs uit ${p['cases']} nieuwe ${p['cases'] === 1 ? 'casus' : 'casussen'} toegevoegd`,
  'panel-proposal': (p) => `voorgesteld door panel, ronde ${p['round']}`,
  'panel-merge': (p) => `samengevoegd met panelvoorstel uit ronde ${p['round']}: ${p['proposal']}`,
  split: (p) => `afgesplitst van #${p['from']}`,
  round: (p) => `ronde ${p['round']}`,
  'own-wording': (p) => `eigen formulering, ronde ${p['round']}`,
};

const REASONS_EN: Record<ReasonCode, (p: ReasonParams) => string> = {
  proposal: () => 'proposed from the cases',
  suggestion: () => 'suggestion from new cases accepted',
  evidence: (p) => `evidence from ${p['cases']} new ${p['cases'] === 1 ? 'case' : 'cases'} added`,
  'panel-proposal': (p) => `proposed by the panel, round ${p['round']}`,
  'panel-merge': (p) => `merged with the panel's proposal from round ${p['round']}: ${p['proposal']}`,
  split: (p) => `split off from #${p['from']}`,
  round: (p) => `round ${p['round']}`,
  'own-wording': (p) => `own wording, round ${p['round']}`,
};

const ACTIONS_NL: Record<string, string> = {
  create: 'aangemaakt',
  edit: 'herformuleerd',
  move: 'verplaatst',
  merge: 'samengevoegd',
  split: 'gesplitst',
  delete: 'verwijderd',
  restore: 'teruggezet',
  evidence: 'bewijs toegevoegd',
};
const ACTIONS_EN: Record<string, string> = {
  create: 'created',
  edit: 'reworded',
  move: 'moved',
  merge: 'merged',
  split: 'split',
  delete: 'deleted',
  restore: 'restored',
  evidence: 'evidence added',
};
const STATUS_NL: Record<string, string> = { active: 'actief', deleted: 'verwijderd', merged: 'samengevoegd' };
const STATUS_EN: Record<string, string> = { active: 'active', deleted: 'deleted', merged: 'merged' };

export const draft = defineTexts(
  {
    locale: 'nl-NL',
    tab: 'Concept',
    title: 'Concept-standaard',
    summary: (items: number, clusters: number, cases: number) =>
      `${items} items in ${clusters} clusters, uit ${cases} casussen.`,
    noCasesYet:
      'Er zijn nog geen casussen. Voeg eerst casusbeschrijvingen toe; daarna kunt u een concept laten voorstellen.',
    proposeIntro: (n: number) =>
      `Maatstaf zoekt in de ${n} casussen naar wat de hulpverlener doet, voegt gelijke activiteiten samen en stelt een indeling in clusters voor. Daarna past u alles zelf aan.`,
    emptyViewer: 'Er is nog geen concept.',
    grouping: 'Indeling',
    groupingRubrics: 'Clusters voorstellen op inhoud',
    groupingPhases: 'De fasen van de hulpverlening als clusters',
    propose: 'Concept voorstellen',
    rerun: 'Opnieuw zoeken in de casussen',
    rerunHint:
      'Na nieuwe casussen: alleen nieuwe items en nieuw bewijs komen als suggestie; uw bewerkingen blijven staan.',
    msgProposed: (items: number, clusters: number, subAspects: number) =>
      `Concept voorgesteld: ${items} items in ${clusters} clusters met ${subAspects} deelaspecten.`,
    msgEmptyCases: (n: number) =>
      ` In ${n} casus(sen) is geen activiteit gevonden (lege tekst of geen beschrijving van handelen).`,
    msgNoCases: 'Er zijn nog geen casussen om in te zoeken. Voeg eerst casusbeschrijvingen toe.',
    msgNoActivities:
      'In de casussen is geen enkele activiteit van de hulpverlener gevonden. Zijn het beschrijvingen van wat de hulpverlener doet, en staat er tekst in?',
    msgExists:
      'Er is al een concept. Gebruik "Opnieuw zoeken in de casussen" om nieuwe casussen mee te nemen.',
    msgSuggested: (items: number, evidence: number) =>
      items + evidence === 0
        ? 'Niets nieuws gevonden: alle activiteiten uit de casussen staan al in het concept.'
        : `${items} nieuwe items en ${evidence} keer nieuw bewijs voorgesteld. Bekijk de suggesties hieronder.`,
    msgMergeNeedsTwo: 'Kies minstens twee items om samen te voegen.',
    msgMoved: 'Item verplaatst.',
    msgDeleted: 'Item verwijderd. U vindt het onder "Verwijderd", waar u het kunt terugzetten.',
    msgStale:
      'Dit item is intussen gewijzigd door iemand anders. Er is niets opgeslagen; bekijk de nieuwe versie en probeer het opnieuw.',
    suggestions: (n: number) => `Suggesties uit de casussen (${n})`,
    suggestNewItem: 'nieuw item',
    suggestEvidence: (no: string) => `nieuw bewijs voor ${no}`,
    fromCases: (list: string) => `uit: ${list}`,
    accept: 'Overnemen',
    reject: 'Afwijzen',
    mergeSelected: 'Geselecteerde items samenvoegen',
    select: 'Selecteer item',
    unclustered: 'Nog niet ingedeeld',
    noItemsHere: 'Geen items.',
    evidenceCount: (links: number, cases: number) =>
      links === 0
        ? 'geen bewijs uit casussen'
        : `bewijs: ${links}× in ${cases} ${cases === 1 ? 'casus' : 'casussen'}`,
    history: 'geschiedenis',
    edit: 'bewerken',
    saved: 'Opgeslagen',
    conflict: (by: string, at: string) =>
      `Dit item is intussen gewijzigd door ${by} (${at}). Uw wijziging is niet opgeslagen.`,
    conflictCurrent: 'De huidige formulering is:',
    conflictLink: 'Bekijk de nieuwere versie',
    conflictKept:
      'Uw tekst staat hieronder nog. Pas die zo nodig aan en sla opnieuw op; dan vervangt u bewust de nieuwere versie.',
    editItem: 'Item bewerken',
    wording: 'Formulering',
    wordingHint: 'In gedragstermen: "De hulpverlener …"',
    cluster: 'Cluster of deelaspect',
    phase: 'Fase',
    noPhase: '(geen fase)',
    noCluster: '(nog niet ingedeeld)',
    reason: 'Reden',
    reasonOptional: 'Reden (niet verplicht)',
    reasonRequired: 'Reden (verplicht)',
    save: 'Opslaan',
    cancel: 'Annuleren',
    split: 'Splitsen',
    delete: 'Verwijderen',
    errText: 'Vul een formulering in.',
    errReason: 'Geef een reden, zodat later te volgen is waarom het item is verwijderd.',
    errParts: 'Vul minstens twee formuleringen in.',
    errTarget: 'Kies welke formulering u houdt.',
    errLabel: 'Geef het cluster een naam.',
    errChoice: 'Kies minstens één deelaspect of item voor het nieuwe cluster.',
    errCluster: 'Kies een cluster van hetzelfde niveau.',
    addItem: 'Item toevoegen',
    add: 'Toevoegen',
    addCluster: 'Cluster of deelaspect toevoegen',
    clusterLabel: 'Naam',
    parent: 'Onder',
    topLevel: '(nieuw cluster)',
    up: 'Omhoog',
    down: 'Omlaag',
    manageCluster: 'naam, samenvoegen, splitsen',
    removed: (n: number) => `Verwijderd en samengevoegd (${n})`,
    statusDeleted: 'verwijderd',
    statusMerged: (into: number) => `samengevoegd met #${into}`,
    restore: 'Terugzetten',
    evidenceTitle: 'Bewijs uit de casussen',
    noEvidence:
      'Voor dit item is geen bewijs uit casussen vastgelegd (bijvoorbeeld omdat het met de hand is toegevoegd).',
    inCase: (title: string) => `Hele casus: ${title}`,
    caseDetails: 'Gegevens van de casus',
    backToDraft: 'Terug naar het concept',
    historyTitle: 'Geschiedenis van het item',
    version: 'Versie',
    when: 'Wanneer',
    who: 'Wie',
    action: 'Wat',
    status: 'Status',
    wordingChanged: 'formulering gewijzigd',
    actionName: (a: string) => ACTIONS_NL[a] ?? a,
    versionReason: (v: VersionReason) => reasonText(REASONS_NL, v),
    statusName: (s: string) => STATUS_NL[s] ?? s,
    splitTitle: 'Item splitsen',
    splitParts: 'Nieuwe formuleringen (lege velden tellen niet mee)',
    part: (n: number) => `Deel ${n}`,
    morePart: 'Nog een deel',
    splitEvidence: 'Bij welk deel hoort elk bewijsstuk?',
    deleteTitle: 'Item verwijderen',
    mergeTitle: 'Items samenvoegen',
    mergeKeep: 'Welk item blijft bestaan?',
    mergeWording: 'Formulering van het samengevoegde item',
    mergeWordingHint: 'Laat leeg om de formulering van het gekozen item te houden.',
    merge: 'Samenvoegen',
    clusterTitle: 'Cluster',
    subTitle: 'Deelaspect',
    rename: 'Naam wijzigen',
    mergeCluster: 'Samenvoegen met een ander cluster',
    mergeInto: 'Samenvoegen met',
    splitCluster: 'Splitsen',
    splitClusterHint: 'De gekozen deelaspecten en items gaan naar een nieuw cluster direct hierna.',
    newClusterLabel: 'Naam van het nieuwe cluster',
    moveSubs: 'Deelaspecten die meegaan',
    moveItems: 'Items die meegaan',
  },
  {
    locale: 'en-GB',
    tab: 'Draft',
    title: 'Draft standard',
    summary: (items: number, clusters: number, cases: number) =>
      `${items} items in ${clusters} clusters, from ${cases} cases.`,
    noCasesYet: 'There are no cases yet. Add case descriptions first; then you can have a draft proposed.',
    proposeIntro: (n: number) =>
      `Maatstaf looks in the ${n} cases for what the practitioner does, merges equal activities and proposes a grouping into clusters. You then adjust everything yourself.`,
    emptyViewer: 'There is no draft yet.',
    grouping: 'Grouping',
    groupingRubrics: 'Propose clusters by content',
    groupingPhases: 'The phases of the help process as clusters',
    propose: 'Propose draft',
    rerun: 'Search the cases again',
    rerunHint:
      'After new cases: only new items and new evidence come as suggestions; your edits stay as they are.',
    msgProposed: (items: number, clusters: number, subAspects: number) =>
      `Draft proposed: ${items} items in ${clusters} clusters with ${subAspects} sub-aspects.`,
    msgEmptyCases: (n: number) =>
      ` No activity was found in ${n} case(s) (empty text or no description of acting).`,
    msgNoCases: 'There are no cases to search yet. Add case descriptions first.',
    msgNoActivities:
      'No activity of the practitioner was found in the cases. Do they describe what the practitioner does, and do they contain text?',
    msgExists: 'A draft exists already. Use "Search the cases again" to include new cases.',
    msgSuggested: (items: number, evidence: number) =>
      items + evidence === 0
        ? 'Nothing new found: every activity in the cases is in the draft already.'
        : `${items} new items and ${evidence} new pieces of evidence suggested. See the suggestions below.`,
    msgMergeNeedsTwo: 'Choose at least two items to merge.',
    msgMoved: 'Item moved.',
    msgDeleted: 'Item deleted. You find it under "Deleted", where you can restore it.',
    msgStale:
      'This item was changed by someone else in the meantime. Nothing was saved; look at the new version and try again.',
    suggestions: (n: number) => `Suggestions from the cases (${n})`,
    suggestNewItem: 'new item',
    suggestEvidence: (no: string) => `new evidence for ${no}`,
    fromCases: (list: string) => `from: ${list}`,
    accept: 'Accept',
    reject: 'Reject',
    mergeSelected: 'Merge selected items',
    select: 'Select item',
    unclustered: 'Not grouped yet',
    noItemsHere: 'No items.',
    evidenceCount: (links: number, cases: number) =>
      links === 0
        ? 'no evidence from cases'
        : `evidence: ${links}× in ${cases} ${cases === 1 ? 'case' : 'cases'}`,
    history: 'history',
    edit: 'edit',
    saved: 'Saved',
    conflict: (by: string, at: string) =>
      `This item was changed by ${by} in the meantime (${at}). Your change was not saved.`,
    conflictCurrent: 'The current wording is:',
    conflictLink: 'See the newer version',
    conflictKept:
      'Your text is still below. Adjust it if needed and save again; you then knowingly replace the newer version.',
    editItem: 'Edit item',
    wording: 'Wording',
    wordingHint: 'In behavioural terms: "The practitioner …"',
    cluster: 'Cluster or sub-aspect',
    phase: 'Phase',
    noPhase: '(no phase)',
    noCluster: '(not grouped yet)',
    reason: 'Reason',
    reasonOptional: 'Reason (optional)',
    reasonRequired: 'Reason (required)',
    save: 'Save',
    cancel: 'Cancel',
    split: 'Split',
    delete: 'Delete',
    errText: 'Enter a wording.',
    errReason: 'Give a reason, so it can be traced later why the item was deleted.',
    errParts: 'Enter at least two wordings.',
    errTarget: 'Choose which wording you keep.',
    errLabel: 'Give the cluster a name.',
    errChoice: 'Choose at least one sub-aspect or item for the new cluster.',
    errCluster: 'Choose a cluster of the same level.',
    addItem: 'Add item',
    add: 'Add',
    addCluster: 'Add cluster or sub-aspect',
    clusterLabel: 'Name',
    parent: 'Under',
    topLevel: '(new cluster)',
    up: 'Up',
    down: 'Down',
    manageCluster: 'name, merge, split',
    removed: (n: number) => `Deleted and merged (${n})`,
    statusDeleted: 'deleted',
    statusMerged: (into: number) => `merged into #${into}`,
    restore: 'Restore',
    evidenceTitle: 'Evidence from the cases',
    noEvidence:
      'No evidence from cases is recorded for this item (for example because it was added by hand).',
    inCase: (title: string) => `Whole case: ${title}`,
    caseDetails: 'Case details',
    backToDraft: 'Back to the draft',
    historyTitle: 'Item history',
    version: 'Version',
    when: 'When',
    who: 'Who',
    action: 'What',
    status: 'Status',
    wordingChanged: 'wording changed',
    actionName: (a: string) => ACTIONS_EN[a] ?? a,
    versionReason: (v: VersionReason) => reasonText(REASONS_EN, v),
    statusName: (s: string) => STATUS_EN[s] ?? s,
    splitTitle: 'Split item',
    splitParts: 'New wordings (empty fields do not count)',
    part: (n: number) => `Part ${n}`,
    morePart: 'One more part',
    splitEvidence: 'Which part does each piece of evidence belong to?',
    deleteTitle: 'Delete item',
    mergeTitle: 'Merge items',
    mergeKeep: 'Which item remains?',
    mergeWording: 'Wording of the merged item',
    mergeWordingHint: 'Leave empty to keep the wording of the chosen item.',
    merge: 'Merge',
    clusterTitle: 'Cluster',
    subTitle: 'Sub-aspect',
    rename: 'Rename',
    mergeCluster: 'Merge with another cluster',
    mergeInto: 'Merge with',
    splitCluster: 'Split',
    splitClusterHint: 'The chosen sub-aspects and items go to a new cluster right after this one.',
    newClusterLabel: 'Name of the new cluster',
    moveSubs: 'Sub-aspects that go along',
    moveItems: 'Items that go along',
  },
);
