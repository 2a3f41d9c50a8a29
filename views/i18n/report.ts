import type { StoppingResult } from '../../src/consensus';
import { defineTexts } from './define';

export const report = defineTexts(
  {
    tab: 'Rapportage',
    indexTitle: 'Rapportage per ronde',
    indexIntro:
      'Het rapport van een ronde toont de cijfers per item, de besluiten volgens het protocol, de spreiding per stakeholdergroep, de uitval en de vergelijking met de vorige ronde.',
    noRounds: 'Er zijn nog geen rondes geopend.',
    roundCol: 'Ronde',
    kindCol: 'Soort',
    statusCol: 'Status',
    kind_rating: 'beoordeling',
    kind_review: 'inhoudelijke toets',
    kind_coverage: 'dekking',
    status_draft: 'concept',
    status_open: 'open',
    status_closed: 'gesloten',
    openReport: 'Rapport bekijken',
    exportsTitle: 'Exports van alle beoordelingsrondes',
    exportsIntro:
      'Antwoorden in lange vorm, per panellid alleen het pseudoniem: geen namen of e-mailadressen.',
    csv: 'CSV',
    xlsx: 'Excel (XLSX)',
    json: 'JSON',
    title: (n: number, title: string) => `Rapport ronde ${n}: ${title}`,
    notClosed:
      'Deze ronde is nog niet gesloten. De cijfers zijn voorlopig en de besluiten worden pas vastgelegd als de ronde sluit.',
    panelCounts: (invited: number, counted: number) =>
      `${invited} panelleden uitgenodigd, ${counted} geteld volgens het protocol.`,
    lateAnswers: (n: number) =>
      `${n} ${n === 1 ? 'antwoord kwam' : 'antwoorden kwamen'} na het sluiten binnen de uitlooptijd; ze tellen mee en zijn in de exports gemarkeerd (kolom late).`,
    graceRunning: 'De uitlooptijd van deze ronde loopt nog: de besluiten volgen als die voorbij is.',
    protocolTitle: 'Gebruikt protocol',
    protocolDefault: 'Er is geen protocol opgeslagen; de standaard is gebruikt.',
    protocolChanges: 'Wijzigingen van het protocol',
    changedAt: (date: string) => `Gewijzigd op ${date}`,
    closedOn: (date: string) => `Gesloten op ${date}.`,
    summaryTitle: 'Samenvatting',
    tally: (i: number, o: number, n: number) =>
      `${i} ${i === 1 ? 'item' : 'items'} opnemen, ${o} weglaten, ${n} zonder consensus.`,
    belowMinSummary: (count: number, min: number) =>
      `Let op: ${count} ${count === 1 ? 'item berust' : 'items berusten'} op minder dan de ${min} geldige beoordelingen per item die voor deze ronde met deelverzamelingen zijn ingesteld. Hun uitkomst (ook consensus) is gemarkeerd en zegt weinig; leg ze in een volgende ronde opnieuw voor of beslis met die kanttekening.`,
    belowMinBadge: (min: number) => `minder dan ${min}`,
    belowMinDecision: (n: number, min: number) => `berust op n = ${n}, minder dan het minimum van ${min}`,
    adviceTitle: 'Advies over stoppen',
    advice: (a: StoppingResult) =>
      a.advice === 'all-decided'
        ? `Alle ${a.items} items hebben consensus bereikt (opnemen of weglaten); een volgende ronde is niet nodig.`
        : a.advice === 'stable'
          ? a.undecided === 1
            ? 'Het item zonder consensus is stabiel sinds de vorige ronde; een volgende ronde verandert het waarschijnlijk niet. Bespreek het in de slotbijeenkomst.'
            : `De ${a.undecided} items zonder consensus zijn stabiel sinds de vorige ronde; een volgende ronde verandert ze waarschijnlijk niet. Bespreek ze in de slotbijeenkomst.`
          : a.advice === 'max-rounds'
            ? `${
                a.ratingRound === a.maxRounds
                  ? `Ronde ${a.roundNumber} was de laatste van ${a.maxRounds} geplande beoordelingsrondes`
                  : `Ronde ${a.roundNumber} was beoordelingsronde ${a.ratingRound}, terwijl er ${a.maxRounds} gepland waren`
              }; ${a.undecided === 1 ? '1 item heeft geen consensus. Bespreek het' : `${a.undecided} items hebben geen consensus. Bespreek ze`} in de slotbijeenkomst.`
            : a.undecided === 1
              ? `1 item heeft geen consensus en beweegt nog (of is nog niet vergeleken); laat het opnieuw beoordelen in ronde ${a.nextRoundNumber}.`
              : `${a.undecided} items hebben geen consensus en ${a.unstable} daarvan ${a.unstable === 1 ? 'beweegt' : 'bewegen'} nog (of ${a.unstable === 1 ? 'is' : 'zijn'} nog niet vergeleken); laat ze opnieuw beoordelen in ronde ${a.nextRoundNumber}.`,
    itemsTitle: 'Items',
    dimension: 'Dimensie',
    dim_importance: 'Belang',
    dim_frequency: 'Frequentie',
    showDimension: 'Toon cijfers voor',
    sortBy: (col: string) => `Sorteer op ${col}`,
    colNumber: 'Nr.',
    colItem: 'Item',
    colN: 'n',
    colCannotJudge: 'Kan niet oordelen',
    colMedian: 'Mediaan',
    colQuartiles: 'Q1–Q3',
    colIqr: 'IKA',
    colMean: 'Gem.',
    colSd: 'SD',
    colAgreement: '% overeenstemming',
    colComet: 'COMET',
    colDi: 'RAND DI',
    colCriticality: 'Kritiekheid',
    colDissent: 'Bezwaren',
    colDecision: 'Besluit',
    colChart: 'Verdeling',
    colDivergent: 'Groepen',
    colStability: 'Stabiliteit',
    colDeltaAgreement: 'Δ overeenst.',
    colDeltaCv: 'Δ CV',
    colChanged: '% gewijzigd',
    colP: 'p (Wilcoxon)',
    grid_core: 'kern',
    grid_critical: 'kritiek',
    grid_optional: 'optioneel',
    grid_drop: 'vervalt',
    divergent: 'uiteenlopend',
    stable: 'stabiel',
    unstable: 'beweegt',
    overridden: 'overruled',
    computedWas: (d: string) => `regel: ${d}`,
    notStored: 'voorlopig',
    details: 'Details',
    methodNote:
      'Kan niet oordelen telt niet mee in de cijfers. Kwartielen en mediaan volgens lineaire interpolatie (R type 7); SD met n − 1; IKA = Q3 − Q1; % overeenstemming = aandeel geldige oordelen in de bovenste band. Kritiekheid = mediaan belang × mediaan frequentie.',
    kendallTitle: 'Overeenstemming over de rangorde (Kendalls W)',
    kendallLine: (dim: string, w: string, m: number, n: number, chi: string, p: string) =>
      `${dim}: W = ${w} (${m} panelleden die alle ${n} items beoordeelden; χ² = ${chi}, ${p}).`,
    kendallIncompleteLine: (w: string, m: number, n: number, ratings: number, chi: string, p: string) =>
      `Met "kan ik niet beoordelen" volgens Skillings–Mack: W = ${w} (${m} panelleden, ${n} items, ${ratings} van ${m * n} oordelen; χ² = ${chi}, ${p}).`,
    kendallIncompleteUndefined:
      'Ook met "kan ik niet beoordelen" volgens Skillings–Mack niet te berekenen (items die nooit samen beoordeeld zijn, of alleen gelijke oordelen).',
    kendallLeftOut: (n: number) =>
      `${n} panelleden gaven minder dan twee geldige oordelen en tellen niet mee.`,
    kendallMethod:
      'Methode: de Skillings–Mack-toets voor onvolledige rangordes. Per panellid worden de beoordeelde items gerangschikt (gelijke oordelen krijgen de gemiddelde rang), niet beoordeelde items krijgen de middelste rang, en de knopen worden gecorrigeerd; W = SM / (m(n − 1)). Zonder "kan ik niet beoordelen" is dit precies Kendalls W; met ontbrekende oordelen haalt W ook bij volledige eensgezindheid de 1 niet helemaal, omdat niet beoordeelde items op de middelste rang staan.',
    kendallUndefined: (dim: string) => `${dim}: niet te berekenen (te weinig volledige panelleden of items).`,
    groupsTitle: 'Stakeholdergroepen',
    groupsIntro:
      'Een item heet uiteenlopend als in de ene groep ten minste 70% overeenstemt en in een andere minder dan 50%.',
    groupsNone: 'Er is maar één stakeholdergroep; er valt niets te vergelijken.',
    divergentCount: (n: number) => `${n} ${n === 1 ? 'item loopt' : 'items lopen'} uiteen tussen groepen.`,
    noGroup: '(geen groep)',
    groupCol: 'Groep',
    attritionTitle: 'Deelname en uitval',
    invited: 'Uitgenodigd',
    started: 'Begonnen',
    completed: 'Afgerond',
    total: 'Totaal',
    leaversTitle: 'Beoordeelden de uitvallers anders?',
    leaversMethod: (prev: number) =>
      `Vergeleken zijn de panelleden die in ronde ${prev} belang beoordeelden: wie deze ronde niet afrondde (uitvallers) tegen wie dat wel deed (blijvers). Per item zijn mediaan en % overeenstemming in ronde ${prev} per groep berekend; hieronder het gemiddelde over de items, en het aantal items waarop de overeenstemming meer dan 15 punten verschilt.`,
    leaversCol: 'Uitvallers',
    stayersCol: 'Blijvers',
    meanMedian: 'Gemiddelde mediaan',
    meanAgreement: 'Gemiddelde % overeenstemming',
    panellistsCol: 'Panelleden',
    itemsDiffering: (d: number, n: number) =>
      `Op ${d} van de ${n} items verschilt de overeenstemming meer dan 15 punten.`,
    noLeavers: 'Er vielen geen panelleden uit.',
    stabilityTitle: 'Vergelijking met de vorige ronde',
    stabilityIntro: (prev: number) =>
      `Vergeleken met ronde ${prev}, per item op de beslissende dimensie: verandering in % overeenstemming en in de variatiecoëfficiënt (SD/gemiddelde), het aandeel panelleden dat hun oordeel wijzigde, en de Wilcoxon-rangtekentoets op gepaarde oordelen (exacte p bij minder dan 50 paren zonder knopen en zonder ongewijzigde oordelen, anders — zoals R's wilcox.test — normale benadering met continuïteits- en knopencorrectie). Stabiel: overeenstemming verandert hoogstens 15 punten en geen significante verschuiving (p < 0,05).`,
    stableCount: (s: number, n: number) => `${s} van de ${n} vergeleken items zijn stabiel.`,
    noPrevious: 'Dit is de eerste beoordelingsronde; er is geen vorige ronde om mee te vergelijken.',
    dissentTitle: 'Principiële bezwaren',
    dissentIntro:
      'Panelleden kunnen bij een item een principieel bezwaar maken. Redenen staan hier zonder naam.',
    dissentNone: 'Er zijn in deze ronde geen principiële bezwaren gemaakt.',
    dissentCount: (n: number) => `${n} ${n === 1 ? 'bezwaar' : 'bezwaren'}`,
    noReason: '(zonder reden)',
    itemTitle: (number: string) => `Item ${number}`,
    backToReport: 'Terug naar het rapport',
    chartTitle: (dim: string, number: string) => `Verdeling ${dim}, item ${number}`,
    chartDesc: (parts: string) => `Aantal geldige oordelen per schaalpunt: ${parts}.`,
    chartCannotJudge: (n: number) => `Kan niet oordelen: ${n}.`,
    overrideTitle: 'Besluit overrulen',
    overrideIntro:
      'Wijk je af van de regel, geef dan een reden. Die blijft zichtbaar in het rapport en komt in het logboek.',
    overrideDecision: 'Besluit',
    overrideKeep: 'volg de regel (geen overruling)',
    overrideReason: 'Reden',
    overrideSave: 'Besluit opslaan',
    overrideSaved: 'Het besluit is opgeslagen.',
    errOverride: 'Kies een besluit.',
    errOverrideReason: 'Geef een reden voor de overruling.',
    notDecided: 'Deze ronde is nog niet gesloten; er is nog geen besluit om te overrulen.',
    reviewTitle: 'Inhoudelijke toets',
    verdictKeep: 'Behouden',
    verdictReformulate: 'Herformuleren',
    verdictRemove: 'Verwijderen',
    answers: 'Antwoorden',
    cviIntro:
      'I-CVI = aandeel experts dat 3 of 4 geeft; gemodificeerde kappa corrigeert voor toeval; drempel 1,00 bij 3–5 experts, 0,83 bij 6–8 en 0,78 bij 9 of meer.',
    sCvi: (v: string, ua: string) => `S-CVI/Ave = ${v}; S-CVI/UA = ${ua}.`,
    colExperts: 'Experts',
    colICvi: 'I-CVI',
    colKappa: 'κ*',
    colAcceptable: 'Voldoet',
    yes: 'ja',
    no: 'nee',
    coverageNote: 'Voor een dekkingsronde is er geen itemrapport; hieronder de deelname.',
    coverageTitle: 'Dekking per cluster',
    coverageSummary: (clusters: number, incomplete: number, missing: number) =>
      `${clusters} ${clusters === 1 ? 'cluster' : 'clusters'} voorgelegd; bij ${incomplete} ${incomplete === 1 ? 'cluster' : 'clusters'} antwoordde ten minste één panellid ‘deels’ of ‘nee’; ${missing} ${missing === 1 ? 'ontbrekende activiteit' : 'ontbrekende activiteiten'} genoemd.`,
    coverageCluster: 'Cluster',
    coverageYes: 'Ja',
    coveragePartly: 'Deels',
    coverageNo: 'Nee',
    coverageYesPercent: '% ja',
    coverageMissingTitle: 'Ontbrekende activiteiten volgens het panel',
    coverageMissingNote:
      'Zoals panelleden ze schreven, per cluster in alfabetische volgorde, zonder wie wat schreef.',
    coverageNoMissing: 'Niemand noemde een ontbrekende activiteit.',
    proposalsTitle: 'Voorgestelde activiteiten en hun verwerking',
    proposalsNone: 'Het panel stelde in deze ronde geen nieuwe activiteiten voor.',
    proposalCol: 'Voorgestelde activiteit',
    outcomeCol: 'Verwerking',
    outcomeOpen: 'nog niet verwerkt',
    outcome_accepted: 'opgenomen als nieuw item',
    outcome_merged: 'samengevoegd met een bestaand item',
    outcome_rejected: 'niet overgenomen',
  },
  {
    tab: 'Reports',
    indexTitle: 'Reports per round',
    indexIntro:
      'A round report shows the figures per item, the decisions by the protocol, the spread per stakeholder group, attrition and the comparison with the previous round.',
    noRounds: 'No round has been opened yet.',
    roundCol: 'Round',
    kindCol: 'Kind',
    statusCol: 'Status',
    kind_rating: 'rating',
    kind_review: 'content review',
    kind_coverage: 'coverage',
    status_draft: 'draft',
    status_open: 'open',
    status_closed: 'closed',
    openReport: 'View report',
    exportsTitle: 'Exports of all rating rounds',
    exportsIntro: 'Answers in long format, panellists by pseudonym only: no names or e-mail addresses.',
    csv: 'CSV',
    xlsx: 'Excel (XLSX)',
    json: 'JSON',
    title: (n: number, title: string) => `Report round ${n}: ${title}`,
    notClosed:
      'This round is not closed yet. The figures are provisional and decisions are only recorded when the round closes.',
    panelCounts: (invited: number, counted: number) =>
      `${invited} panellists invited, ${counted} counted under the protocol.`,
    lateAnswers: (n: number) =>
      `${n} ${n === 1 ? 'answer' : 'answers'} arrived after closing, within the grace period; they count and are marked in the exports (column late).`,
    graceRunning: 'This round’s grace period is still running: decisions follow when it ends.',
    protocolTitle: 'Protocol used',
    protocolDefault: 'No protocol was saved; the default was used.',
    protocolChanges: 'Changes to the protocol',
    changedAt: (date: string) => `Changed on ${date}`,
    closedOn: (date: string) => `Closed on ${date}.`,
    summaryTitle: 'Summary',
    tally: (i: number, o: number, n: number) =>
      `${i} ${i === 1 ? 'item' : 'items'} in, ${o} out, ${n} without consensus.`,
    belowMinSummary: (count: number, min: number) =>
      `Note: ${count} ${count === 1 ? 'item rests' : 'items rest'} on fewer than the ${min} valid ratings per item set for this round with item subsets. Their outcome (consensus included) is marked and says little; put them to the panel again in a next round or decide with that caveat.`,
    belowMinBadge: (min: number) => `fewer than ${min}`,
    belowMinDecision: (n: number, min: number) => `rests on n = ${n}, below the minimum of ${min}`,
    adviceTitle: 'Stopping advice',
    advice: (a: StoppingResult) =>
      a.advice === 'all-decided'
        ? `All ${a.items} items have reached consensus (in or out); no further round is needed.`
        : a.advice === 'stable'
          ? a.undecided === 1
            ? 'The item without consensus is stable since the previous round; another round is unlikely to change it. Discuss it in the closing meeting.'
            : `The ${a.undecided} items without consensus are stable since the previous round; another round is unlikely to change them. Discuss them in the closing meeting.`
          : a.advice === 'max-rounds'
            ? `${
                a.ratingRound === a.maxRounds
                  ? `Round ${a.roundNumber} was the last of ${a.maxRounds} planned rating rounds`
                  : `Round ${a.roundNumber} was rating round ${a.ratingRound} of ${a.maxRounds} planned`
              }; ${a.undecided === 1 ? '1 item has no consensus. Discuss it' : `${a.undecided} items have no consensus. Discuss them`} in the closing meeting.`
            : a.undecided === 1
              ? `1 item has no consensus and is still moving (or not yet compared); rate it again in round ${a.nextRoundNumber}.`
              : `${a.undecided} items have no consensus and ${a.unstable} of them ${a.unstable === 1 ? 'is' : 'are'} still moving (or not yet compared); rate them again in round ${a.nextRoundNumber}.`,
    itemsTitle: 'Items',
    dimension: 'Dimension',
    dim_importance: 'Importance',
    dim_frequency: 'Frequency',
    showDimension: 'Show figures for',
    sortBy: (col: string) => `Sort by ${col}`,
    colNumber: 'No.',
    colItem: 'Item',
    colN: 'n',
    colCannotJudge: 'Cannot judge',
    colMedian: 'Median',
    colQuartiles: 'Q1–Q3',
    colIqr: 'IQR',
    colMean: 'Mean',
    colSd: 'SD',
    colAgreement: '% agreement',
    colComet: 'COMET',
    colDi: 'RAND DI',
    colCriticality: 'Criticality',
    colDissent: 'Dissent',
    colDecision: 'Decision',
    colChart: 'Distribution',
    colDivergent: 'Groups',
    colStability: 'Stability',
    colDeltaAgreement: 'Δ agreement',
    colDeltaCv: 'Δ CV',
    colChanged: '% changed',
    colP: 'p (Wilcoxon)',
    grid_core: 'core',
    grid_critical: 'critical',
    grid_optional: 'optional',
    grid_drop: 'drop',
    divergent: 'divergent',
    stable: 'stable',
    unstable: 'moving',
    overridden: 'overridden',
    computedWas: (d: string) => `rule: ${d}`,
    notStored: 'provisional',
    details: 'Details',
    methodNote:
      'Cannot judge is left out of the figures. Quartiles and median by linear interpolation (R type 7); SD with n − 1; IQR = Q3 − Q1; % agreement = share of valid ratings in the top band. Criticality = median importance × median frequency.',
    kendallTitle: "Agreement on the ranking (Kendall's W)",
    kendallLine: (dim: string, w: string, m: number, n: number, chi: string, p: string) =>
      `${dim}: W = ${w} (${m} panellists who rated all ${n} items; χ² = ${chi}, ${p}).`,
    kendallIncompleteLine: (w: string, m: number, n: number, ratings: number, chi: string, p: string) =>
      `With "cannot judge" by Skillings–Mack: W = ${w} (${m} panellists, ${n} items, ${ratings} of ${m * n} ratings; χ² = ${chi}, ${p}).`,
    kendallIncompleteUndefined:
      'Not computable with "cannot judge" by Skillings–Mack either (items never rated together, or only equal ratings).',
    kendallLeftOut: (n: number) => `${n} panellists gave fewer than two valid ratings and are not counted.`,
    kendallMethod:
      'Method: the Skillings–Mack test for incomplete rankings. Each panellist\'s rated items are ranked (equal ratings share the average rank), unrated items get the middle rank, and ties are corrected for; W = SM / (m(n − 1)). Without "cannot judge" answers this is exactly Kendall\'s W; with missing ratings W stays somewhat below 1 even under full agreement, because unrated items sit at the middle rank.',
    kendallUndefined: (dim: string) => `${dim}: cannot be computed (too few complete panellists or items).`,
    groupsTitle: 'Stakeholder groups',
    groupsIntro:
      'An item is divergent when one group reaches at least 70% agreement and another stays below 50%.',
    groupsNone: 'There is only one stakeholder group; nothing to compare.',
    divergentCount: (n: number) => `${n} ${n === 1 ? 'item diverges' : 'items diverge'} between groups.`,
    noGroup: '(no group)',
    groupCol: 'Group',
    attritionTitle: 'Participation and attrition',
    invited: 'Invited',
    started: 'Started',
    completed: 'Completed',
    total: 'Total',
    leaversTitle: 'Did those who dropped out rate differently?',
    leaversMethod: (prev: number) =>
      `Among panellists who rated importance in round ${prev}, those who did not complete this round (leavers) are compared with those who did (stayers). Per item, each subgroup's median and % agreement in round ${prev} were computed; below are their means over items, and the number of items where agreement differs by more than 15 points.`,
    leaversCol: 'Leavers',
    stayersCol: 'Stayers',
    meanMedian: 'Mean median',
    meanAgreement: 'Mean % agreement',
    panellistsCol: 'Panellists',
    itemsDiffering: (d: number, n: number) =>
      `On ${d} of ${n} items agreement differs by more than 15 points.`,
    noLeavers: 'No panellists dropped out.',
    stabilityTitle: 'Comparison with the previous round',
    stabilityIntro: (prev: number) =>
      `Compared with round ${prev}, per item on the deciding dimension: change in % agreement and in the coefficient of variation (SD/mean), the share of panellists who changed their rating, and the Wilcoxon signed-rank test on paired ratings (exact p for fewer than 50 pairs without ties and without unchanged ratings, else — as R's wilcox.test — the normal approximation with continuity and tie correction). Stable: agreement changes by at most 15 points and no significant shift (p < 0.05).`,
    stableCount: (s: number, n: number) => `${s} of ${n} compared items are stable.`,
    noPrevious: 'This is the first rating round; there is no previous round to compare with.',
    dissentTitle: 'Dissent register',
    dissentIntro:
      'Panellists can register a principled objection to an item. Reasons are shown here without names.',
    dissentNone: 'No principled objections were registered in this round.',
    dissentCount: (n: number) => `${n} objection${n === 1 ? '' : 's'}`,
    noReason: '(no reason given)',
    itemTitle: (number: string) => `Item ${number}`,
    backToReport: 'Back to the report',
    chartTitle: (dim: string, number: string) => `Distribution of ${dim}, item ${number}`,
    chartDesc: (parts: string) => `Number of valid ratings per scale point: ${parts}.`,
    chartCannotJudge: (n: number) => `Cannot judge: ${n}.`,
    overrideTitle: 'Override the decision',
    overrideIntro:
      'If you depart from the rule, give a reason. It stays visible in the report and goes into the audit log.',
    overrideDecision: 'Decision',
    overrideKeep: 'follow the rule (no override)',
    overrideReason: 'Reason',
    overrideSave: 'Save decision',
    overrideSaved: 'The decision has been saved.',
    errOverride: 'Choose a decision.',
    errOverrideReason: 'Give a reason for the override.',
    notDecided: 'This round is not closed yet; there is no decision to override.',
    reviewTitle: 'Content review',
    verdictKeep: 'Keep',
    verdictReformulate: 'Reformulate',
    verdictRemove: 'Remove',
    answers: 'Answers',
    cviIntro:
      'I-CVI = share of experts rating 3 or 4; the modified kappa corrects for chance; threshold 1.00 for 3–5 experts, 0.83 for 6–8 and 0.78 for 9 or more.',
    sCvi: (v: string, ua: string) => `S-CVI/Ave = ${v}; S-CVI/UA = ${ua}.`,
    colExperts: 'Experts',
    colICvi: 'I-CVI',
    colKappa: 'κ*',
    colAcceptable: 'Meets',
    yes: 'yes',
    no: 'no',
    coverageNote: 'A coverage round has no item report; participation is shown below.',
    coverageTitle: 'Coverage per cluster',
    coverageSummary: (clusters: number, incomplete: number, missing: number) =>
      `${clusters} ${clusters === 1 ? 'cluster' : 'clusters'} put to the panel; for ${incomplete} at least one panellist answered ‘partly’ or ‘no’; ${missing} missing ${missing === 1 ? 'activity' : 'activities'} named.`,
    coverageCluster: 'Cluster',
    coverageYes: 'Yes',
    coveragePartly: 'Partly',
    coverageNo: 'No',
    coverageYesPercent: '% yes',
    coverageMissingTitle: 'Missing activities according to the panel',
    coverageMissingNote:
      'As panellists wrote them, per cluster in alphabetical order, without who wrote what.',
    coverageNoMissing: 'Nobody named a missing activity.',
    proposalsTitle: 'Proposed activities and how they were processed',
    proposalsNone: 'The panel proposed no new activities in this round.',
    proposalCol: 'Proposed activity',
    outcomeCol: 'Processing',
    outcomeOpen: 'not processed yet',
    outcome_accepted: 'added as a new item',
    outcome_merged: 'merged into an existing item',
    outcome_rejected: 'not taken over',
  },
);
