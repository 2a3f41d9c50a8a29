import { PHASE_IDS, type Lang, type Phase, type Scale, type ScalePreset } from '../domain';

export type { ScalePreset } from '../domain';

/** The default phases of process-oriented help in Dutch general social work (DOMAIN.md). */
export function defaultPhases(lang: Lang): Phase[] {
  const labels =
    lang === 'nl'
      ? [
          'aanmelding en kennismaking',
          'probleemverheldering',
          'hulpverleningsplan en afspraken',
          'uitvoering en begeleiding',
          'evaluatie en afsluiting',
        ]
      : [
          'intake and getting acquainted',
          'problem clarification',
          'help plan and agreements',
          'implementation and support',
          'evaluation and closure',
        ];
  return PHASE_IDS.map((id, i) => ({
    id,
    label: labels[i]!,
  }));
}

/** Importance: 1–9 with bands niet belangrijk / belangrijk / essentieel (top band 7–9); 1–5 with top band 4–5. */
export function importanceScale(preset: ScalePreset, lang: Lang): Scale {
  const [low, mid, high] =
    lang === 'nl'
      ? ['niet belangrijk', 'belangrijk', 'essentieel']
      : ['not important', 'important', 'essential'];
  if (preset === '1-9') {
    return {
      min: 1,
      max: 9,
      anchors: [low!, '', '', '', mid!, '', '', '', high!],
      bands: [
        { from: 1, to: 3, label: low! },
        { from: 4, to: 6, label: mid! },
        { from: 7, to: 9, label: high! },
      ],
    };
  }
  return {
    min: 1,
    max: 5,
    anchors: [low!, '', mid!, '', high!],
    bands: [
      { from: 1, to: 2, label: low! },
      { from: 3, to: 3, label: mid! },
      { from: 4, to: 5, label: high! },
    ],
  };
}

/** Frequency: 1–5 anchored to the share of cases in which the practitioner does this; or a plain 1–9. */
export function frequencyScale(preset: ScalePreset, lang: Lang): Scale {
  if (preset === '1-5') {
    const anchors =
      lang === 'nl'
        ? [
            'nooit/zelden (<10%)',
            'soms (10–30%)',
            'regelmatig (30–70%)',
            'vaak (70–90%)',
            '(bijna) altijd (>90%)',
          ]
        : [
            'never/rarely (<10%)',
            'sometimes (10–30%)',
            'regularly (30–70%)',
            'often (70–90%)',
            '(almost) always (>90%)',
          ];
    const [rare, reg, often] =
      lang === 'nl' ? ['zelden', 'regelmatig', 'vaak'] : ['rarely', 'regularly', 'often'];
    return {
      min: 1,
      max: 5,
      anchors,
      bands: [
        { from: 1, to: 2, label: rare! },
        { from: 3, to: 3, label: reg! },
        { from: 4, to: 5, label: often! },
      ],
    };
  }
  const [rare, reg, often] =
    lang === 'nl' ? ['zelden', 'regelmatig', 'vaak'] : ['rarely', 'regularly', 'often'];
  return {
    min: 1,
    max: 9,
    anchors: [
      lang === 'nl' ? 'nooit' : 'never',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      lang === 'nl' ? 'altijd' : 'always',
    ],
    bands: [
      { from: 1, to: 3, label: rare! },
      { from: 4, to: 6, label: reg! },
      { from: 7, to: 9, label: often! },
    ],
  };
}

export function scalePreset(s: Scale): ScalePreset {
  return s.max === 9 ? '1-9' : '1-5';
}
