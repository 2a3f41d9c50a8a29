import { z } from 'zod';
import { LIMITS } from '../limits';
import type { NewStudy, Study } from '../../db/studies/studies';
import { defaultPhases, frequencyScale, importanceScale, scalePreset } from './defaults';
import { formatPhases, parsePhases } from './phases';
import type { Lang } from '../domain';

/** The study form as typed, turned into a study's settings. */
export const StudyFormSchema = z
  .object({
    title: z.string().trim().min(1, 'studies.errTitle').max(LIMITS.line, 'studies.errTitle'),
    description: z.string().trim().max(LIMITS.note).default(''),
    lang: z.enum(['nl', 'en']).default('nl'),
    phases: z.string().max(LIMITS.note).default(''),
    importanceScale: z.enum(['1-9', '1-5']).default('1-9'),
    frequencyScale: z.enum(['1-5', '1-9']).default('1-5'),
    knownNames: z.string().max(LIMITS.letter).default(''),
  })
  .transform((f, ctx): NewStudy => {
    const phases = f.phases.trim() === '' ? defaultPhases(f.lang) : parsePhases(f.phases);
    if (!phases) {
      ctx.addIssue({ code: 'custom', path: ['phases'], message: 'studies.errPhases' });
      return z.NEVER;
    }
    return {
      title: f.title,
      description: f.description,
      lang: f.lang,
      phases,
      importanceScale: importanceScale(f.importanceScale, f.lang),
      frequencyScale: frequencyScale(f.frequencyScale, f.lang),
      knownNames: [
        ...new Set(
          f.knownNames
            .split(/\r?\n/)
            .map((n) => n.trim())
            .filter(Boolean),
        ),
      ],
    };
  });

export function studyFormValues(s: Study): Record<string, string> {
  return {
    title: s.title,
    description: s.description,
    lang: s.lang,
    phases: formatPhases(s.phases),
    importanceScale: scalePreset(s.importanceScale),
    frequencyScale: scalePreset(s.frequencyScale),
    knownNames: s.knownNames.join('\n'),
  };
}

export function newStudyValues(lang: Lang): Record<string, string> {
  return { lang, phases: formatPhases(defaultPhases(lang)), importanceScale: '1-9', frequencyScale: '1-5' };
}
