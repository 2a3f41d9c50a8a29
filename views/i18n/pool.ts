import { defineTexts } from './define';

export const pool = defineTexts(
  {
    title: 'Deelverzameling per panellid (grote itempool)',
    intro:
      'Bij veel items krijgt elk panellid een willekeurige deelverzameling: evenwichtig verdeeld, gestratificeerd naar cluster, zodat elk item minstens het gekozen aantal beoordelingen krijgt als iedereen antwoordt. De verdeling wordt bij het openen gemaakt en bewaard (met een vaste seed, dus reproduceerbaar).',
    enabled: 'Elk panellid beoordeelt een deel van de items',
    size: 'Aantal items per panellid',
    minPerItem: 'Minimaal aantal beoordelingen per item',
    randomOrder: 'Items per panellid in willekeurige volgorde (binnen elk cluster)',
    save: 'Opslaan',
    current: (size: number, min: number, seed: number) =>
      `Ingesteld: ${size} items per panellid, minstens ${min} beoordelingen per item (seed ${seed}).`,
    off: 'Nu ziet elk panellid alle items.',
    hint: (items: number, panel: number) =>
      `Deze ronde heeft nu ${items} items en ${panel} actieve panelleden.`,
    errSize: 'Geef een heel getal van 1 tot 1000.',
    errMin: 'Geef een heel getal van 1 tot 100.',
    errInfeasible: (needed: number) =>
      `De deelverzameling is te klein: met dit panel moet elk panellid minstens ${needed} items zien om elk item het minimum aantal beoordelingen te geven. Verhoog het aantal of verlaag het minimum; de ronde is niet geopend.`,
    reportTitle: 'Wie welk item zag',
    reportIntro: (size: number, min: number, seed: number, order: string) =>
      `Elk panellid kreeg ${size} items (minstens ${min} beoordelingen per item, gestratificeerd naar cluster, seed ${seed}; ${order}); wie na het openen bij het panel kwam, kreeg een eigen evenwichtige deelverzameling. De statistiek per item gaat over de panelleden die het item zagen: n in de itemtabel; een item met minder dan ${min} geldige beoordelingen is daar gemarkeerd.`,
    orderRandom: 'willekeurige volgorde per panellid',
    orderFixed: 'vaste volgorde',
    item: 'Item',
    shown: 'Gezien door (toegewezen)',
    answered: 'Beoordeeld door',
    belowMin: (min: number) => `minder dan ${min}`,
  },
  {
    title: 'Subset per panellist (large item pool)',
    intro:
      'With many items each panellist gets a random subset: balanced, stratified by cluster, so that every item gets at least the chosen number of ratings if everyone answers. The allocation is made and stored at opening (with a fixed seed, so it is reproducible).',
    enabled: 'Each panellist rates part of the items',
    size: 'Items per panellist',
    minPerItem: 'Minimum ratings per item',
    randomOrder: 'Items in random order per panellist (within each cluster)',
    save: 'Save',
    current: (size: number, min: number, seed: number) =>
      `Set: ${size} items per panellist, at least ${min} ratings per item (seed ${seed}).`,
    off: 'Every panellist now sees every item.',
    hint: (items: number, panel: number) =>
      `This round now has ${items} items and ${panel} active panellists.`,
    errSize: 'Enter a whole number from 1 to 1000.',
    errMin: 'Enter a whole number from 1 to 100.',
    errInfeasible: (needed: number) =>
      `The subset is too small: with this panel each panellist must see at least ${needed} items for every item to get the minimum number of ratings. Raise the size or lower the minimum; the round has not been opened.`,
    reportTitle: 'Who saw which item',
    reportIntro: (size: number, min: number, seed: number, order: string) =>
      `Each panellist got ${size} items (at least ${min} ratings per item, stratified by cluster, seed ${seed}; ${order}); whoever joined the panel after opening got a balanced subset of their own. The statistics per item are over the panellists who saw it: n in the item table; an item with fewer than ${min} valid ratings is marked there.`,
    orderRandom: 'random order per panellist',
    orderFixed: 'fixed order',
    item: 'Item',
    shown: 'Seen by (allocated)',
    answered: 'Rated by',
    belowMin: (min: number) => `fewer than ${min}`,
  },
);
