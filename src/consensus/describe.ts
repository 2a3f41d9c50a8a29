import type { BandRef, ConsensusProtocol, DecidingDimension } from './protocol';

import type { Lang } from '../domain';
export type { Lang } from '../domain';

const words = {
  en: {
    dims: { importance: 'importance', frequency: 'frequency', both: 'both importance and frequency' },
    top: 'the top band',
    bottom: 'the bottom band',
    range: (from: number, to: number) => `${from}–${to}`,
    on: (d: string) => `Decided on ${d}.`,
    both: 'An item is in (or out) only when the rule says so on both dimensions.',
    incomplete: (yes: boolean) =>
      yes
        ? 'Panellists who did not complete the round are counted.'
        : 'Only panellists who completed the round are counted.',
    comet:
      'COMET/GRADE rule (scale 1–9): consensus in when at least 70% rate 7–9 and fewer than 15% rate 1–3; consensus out when at least 70% rate 1–3 and fewer than 15% rate 7–9; otherwise no consensus.',
    rand: 'RAND/UCLA rule (scale 1–9): in when the median is 7–9 without disagreement, out when the median is 1–3 without disagreement (disagreement: interpercentile range P70 − P30 larger than IPRAS = 2.35 + 1.5·|5 − (P30 + P70)/2|); otherwise no consensus.',
    atLeast: (p: string, band: string) => `at least ${p}% of valid ratings fall in ${band}`,
    inWhen: (cond: string) => `Consensus in when ${cond}`,
    outWhen: (cond: string) => `consensus out when ${cond}`,
    otherwise: 'otherwise no consensus.',
    iqrScale: 'and the interquartile range is at most 1 on a 5-point or 2 on a 9-point scale',
    iqr: (v: string) => `the interquartile range is at most ${v}`,
    di: (v: string) => `the RAND disagreement index is at most ${v}`,
    also: (parts: string[]) => `For both, ${parts.join(' and ')}.`,
  },
  nl: {
    dims: { importance: 'belang', frequency: 'frequentie', both: 'zowel belang als frequentie' },
    top: 'de bovenste band',
    bottom: 'de onderste band',
    range: (from: number, to: number) => `${from}–${to}`,
    on: (d: string) => `Beslist op ${d}.`,
    both: 'Een item is alleen opgenomen (of afgewezen) als de regel dat op beide dimensies zegt.',
    incomplete: (yes: boolean) =>
      yes
        ? 'Panelleden die de ronde niet afmaakten tellen mee.'
        : 'Alleen panelleden die de ronde afmaakten tellen mee.',
    comet:
      'COMET/GRADE-regel (schaal 1–9): consensus over opnemen als ten minste 70% 7–9 geeft en minder dan 15% 1–3; consensus over weglaten als ten minste 70% 1–3 geeft en minder dan 15% 7–9; anders geen consensus.',
    rand: 'RAND/UCLA-regel (schaal 1–9): opnemen bij een mediaan van 7–9 zonder onenigheid, weglaten bij een mediaan van 1–3 zonder onenigheid (onenigheid: interpercentielafstand P70 − P30 groter dan IPRAS = 2,35 + 1,5·|5 − (P30 + P70)/2|); anders geen consensus.',
    atLeast: (p: string, band: string) => `ten minste ${p}% van de geldige oordelen in ${band} valt`,
    inWhen: (cond: string) => `Consensus over opnemen als ${cond}`,
    outWhen: (cond: string) => `consensus over weglaten als ${cond}`,
    otherwise: 'anders geen consensus.',
    iqrScale: 'en de interkwartielafstand hoogstens 1 is op een 5-puntsschaal of 2 op een 9-puntsschaal',
    iqr: (v: string) => `de interkwartielafstand hoogstens ${v} is`,
    di: (v: string) => `de RAND-onenigheidsindex hoogstens ${v} is`,
    also: (parts: string[]) => `Voor beide geldt bovendien dat ${parts.join(' en ')}.`,
  },
};

function formatNumber(value: number, lang: Lang): string {
  return lang === 'nl' ? String(value).replace('.', ',') : String(value);
}

function band(ref: BandRef, lang: Lang): string {
  const w = words[lang];
  return ref === 'top' ? w.top : ref === 'bottom' ? w.bottom : w.range(ref.from, ref.to);
}

function rule(p: ConsensusProtocol, lang: Lang): string {
  const w = words[lang];
  const n = (v: number) => formatNumber(v, lang);
  switch (p.preset) {
    case 'comet':
      return w.comet;
    case 'rand':
      return w.rand;
    case 'percent': {
      const spread = p.iqrBound ? ` ${w.iqrScale}` : '';
      const inPart = w.inWhen(`${w.atLeast(n(p.thresholdPercent), w.top)}${spread}`);
      const outPart = p.out ? `; ${w.outWhen(`${w.atLeast(n(p.thresholdPercent), w.bottom)}${spread}`)}` : '';
      return `${inPart}${outPart}; ${w.otherwise}`;
    }
    case 'custom': {
      const inPart = w.inWhen(w.atLeast(n(p.thresholdPercent), band(p.agreementBand, lang)));
      const outPart = p.out
        ? `; ${w.outWhen(w.atLeast(n(p.out.thresholdPercent), band(p.out.band, lang)))}`
        : '';
      const limits = [
        ...(p.maxIqr === null ? [] : [w.iqr(n(p.maxIqr))]),
        ...(p.maxDi === null ? [] : [w.di(n(p.maxDi))]),
      ];
      return `${inPart}${outPart}; ${w.otherwise}${limits.length ? ` ${w.also(limits)}` : ''}`;
    }
  }
}

function dimensions(decideOn: DecidingDimension, lang: Lang): string {
  const w = words[lang];
  return decideOn === 'both' ? `${w.on(w.dims.both)} ${w.both}` : w.on(w.dims[decideOn]);
}

/** The consensus rule in plain words, for the protocol page and the method section of the report. */
export function describeProtocol(p: ConsensusProtocol, lang: Lang): string {
  return [rule(p, lang), dimensions(p.decideOn, lang), words[lang].incomplete(p.countIncomplete)].join(' ');
}
