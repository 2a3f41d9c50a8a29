import { z } from 'zod';
import { LIMITS } from '../../limits';
import { validEmail } from '../../panel/csv';

/** A single text field: absent counts as empty, a repeated field as its first value. */
const text = (max: number) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : (v ?? '')), z.string().trim().max(max));

/** A panellist added by hand; too long is said beside the field, not cut off silently. */
export const NewPanellistForm = z.object({
  name: text(LIMITS.line).refine((n) => n !== '', 'panel.errFormName'),
  email: text(LIMITS.line).refine(
    (e) => e === '' || e.length > LIMITS.line || validEmail(e),
    'panel.errFormEmail',
  ),
  organisation: text(LIMITS.line),
  role: text(LIMITS.line),
  stakeholderGroup: text(LIMITS.line),
});

/** What a refused panellist form shows again: every text trimmed and cut to what fits. */
export function panellistValues(raw: Record<string, string>) {
  const s = (k: string) => (raw[k] ?? '').trim().slice(0, LIMITS.line);
  return {
    name: s('name'),
    email: s('email'),
    organisation: s('organisation'),
    role: s('role'),
    stakeholderGroup: s('stakeholderGroup'),
  };
}

/** A panel CSV, pasted or uploaded (an uploaded file wins when it has content). */
export const PanelImportForm = z.object({
  csv: z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string()),
  file: z.instanceof(File).optional().catch(undefined),
});

/** A button that sends no fields of its own (the CSRF token aside). */
export const ButtonForm = z.object({});

const details = (max: number) => z.string().trim().max(max).default('');
export const DetailsForm = z.object({
  name: z.string().trim().min(1, 'panel.errFormName').max(200),
  email: details(200).refine((e) => e === '' || validEmail(e), 'panel.errFormEmail'),
  organisation: details(200),
  role: details(200),
  stakeholderGroup: details(200),
});
export const EraseForm = z.object({
  answers: z.enum(['keep', 'remove'], 'panel.errChoice'),
  reason: z.string().trim().min(1, 'panel.errReason').max(2000),
});
