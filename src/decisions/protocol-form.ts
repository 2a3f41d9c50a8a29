import { z } from 'zod';
import { LIMITS } from '../limits';
import { PRESETS, type BandRef, type ConsensusProtocol } from '../consensus';

const text = z.string().max(LIMITS.line).optional().default('');
const percent = (key: string) =>
  z.coerce.number({ message: key }).min(50, { message: key }).max(100, { message: key });
const optionalNumber = (key: string) =>
  z
    .string()
    .max(LIMITS.line)
    .optional()
    .default('')
    .transform((v) => v.trim().replace(',', '.'))
    .refine((v) => v === '' || (Number.isFinite(Number(v)) && Number(v) >= 0), { message: key })
    .transform((v) => (v === '' ? null : Number(v)));

/** The protocol form as posted (strings); one schema for every preset, the preset decides what is read. */
export const protocolFormSchema = z.object({
  preset: z.enum(['comet', 'percent', 'rand', 'custom'], { message: 'consensus.errPreset' }),
  decideOn: z.enum(['importance', 'frequency', 'both'], { message: 'consensus.errDecideOn' }),
  countIncomplete: z.enum(['yes', 'no'], { message: 'consensus.errCountIncomplete' }),
  maxRounds: text,
  threshold: text,
  iqrBound: text,
  outRule: text,
  band: z.enum(['top', 'bottom', 'range']).optional().default('top'),
  bandFrom: text,
  bandTo: text,
  maxIqr: optionalNumber('consensus.errMaxIqr'),
  maxDi: optionalNumber('consensus.errMaxDi'),
  outThreshold: text,
  outBand: z.enum(['top', 'bottom', 'range']).optional().default('bottom'),
  outFrom: text,
  outTo: text,
  reason: z.string().max(LIMITS.note).optional().default(''),
});

export type ProtocolForm = z.output<typeof protocolFormSchema>;

export interface ScaleBounds {
  importance: { min: number; max: number };
  frequency: { min: number; max: number };
}

type Issue = { field: string; message: string };

function bandOf(
  kind: 'top' | 'bottom' | 'range',
  from: string,
  to: string,
  field: string,
  issues: Issue[],
  bounds: { min: number; max: number },
): BandRef {
  if (kind !== 'range') return kind;
  const a = Number(from);
  const b = Number(to);
  if (!Number.isInteger(a) || !Number.isInteger(b) || a > b || a < bounds.min || b > bounds.max) {
    issues.push({ field, message: 'consensus.errBand' });
  }
  return { from: a, to: b };
}

function thresholdOf(v: string, field: string, issues: Issue[]): number {
  const parsed = percent('consensus.errThreshold').safeParse(v.trim().replace(',', '.'));
  if (!parsed.success) issues.push({ field, message: 'consensus.errThreshold' });
  return parsed.success ? parsed.data : 0;
}

/**
 * Turns the validated form into the engine's protocol. Rules defined on 1–9 (COMET, RAND) are refused when a
 * deciding dimension uses another scale, because they would then never reach consensus.
 */
export function protocolFromForm(
  f: ProtocolForm,
  scales: ScaleBounds,
  reasonRequired: boolean,
): { protocol: ConsensusProtocol; maxRounds: number; reason: string } | { issues: Issue[] } {
  const issues: Issue[] = [];
  const base = { decideOn: f.decideOn, countIncomplete: f.countIncomplete === 'yes' };
  const dims = f.decideOn === 'both' ? (['importance', 'frequency'] as const) : [f.decideOn];
  const bounds = {
    min: Math.max(...dims.map((d) => scales[d].min)),
    max: Math.min(...dims.map((d) => scales[d].max)),
  };
  let protocol: ConsensusProtocol;
  if (f.preset === 'comet' || f.preset === 'rand') {
    if (dims.some((d) => scales[d].min !== 1 || scales[d].max !== 9))
      issues.push({ field: 'preset', message: 'consensus.errNinePoint' });
    protocol = { ...PRESETS[f.preset], ...base };
  } else if (f.preset === 'percent') {
    protocol = {
      ...PRESETS.percent,
      ...base,
      thresholdPercent: thresholdOf(f.threshold, 'threshold', issues),
      iqrBound: f.iqrBound === 'on',
      out: f.outRule === 'on',
    };
  } else {
    protocol = {
      ...PRESETS.custom,
      ...base,
      thresholdPercent: thresholdOf(f.threshold, 'threshold', issues),
      agreementBand: bandOf(f.band, f.bandFrom, f.bandTo, 'band', issues, bounds),
      maxIqr: f.maxIqr,
      maxDi: f.maxDi,
      out:
        f.outRule === 'on'
          ? {
              thresholdPercent: thresholdOf(f.outThreshold, 'outThreshold', issues),
              band: bandOf(f.outBand, f.outFrom, f.outTo, 'outBand', issues, bounds),
            }
          : null,
    };
  }
  const maxRounds = Number(f.maxRounds.trim());
  if (!Number.isInteger(maxRounds) || maxRounds < 1 || maxRounds > 10 || f.maxRounds.trim() === '') {
    issues.push({ field: 'maxRounds', message: 'consensus.errMaxRounds' });
  }
  const reason = f.reason.trim();
  if (reasonRequired && !reason) issues.push({ field: 'reason', message: 'consensus.errReason' });
  return issues.length ? { issues } : { protocol, maxRounds, reason };
}

function bandValues(ref: BandRef, prefix: string, kindKey: string): Record<string, string> {
  if (typeof ref === 'string') return { [kindKey]: ref };
  return { [kindKey]: 'range', [`${prefix}From`]: String(ref.from), [`${prefix}To`]: String(ref.to) };
}

/** Form values showing a stored protocol. */
export function protocolFormValues(p: ConsensusProtocol, maxRounds: number): Record<string, string> {
  const values: Record<string, string> = {
    preset: p.preset,
    decideOn: p.decideOn,
    countIncomplete: p.countIncomplete ? 'yes' : 'no',
    maxRounds: String(maxRounds),
    threshold: '75',
    outThreshold: '75',
    band: 'top',
    outBand: 'bottom',
    outRule: 'on',
  };
  if (p.preset === 'percent') {
    Object.assign(values, {
      threshold: String(p.thresholdPercent),
      iqrBound: p.iqrBound ? 'on' : '',
      outRule: p.out ? 'on' : '',
    });
  }
  if (p.preset === 'custom') {
    Object.assign(values, {
      threshold: String(p.thresholdPercent),
      ...bandValues(p.agreementBand, 'band', 'band'),
      maxIqr: p.maxIqr === null ? '' : String(p.maxIqr),
      maxDi: p.maxDi === null ? '' : String(p.maxDi),
      outRule: p.out ? 'on' : '',
      ...(p.out
        ? { outThreshold: String(p.out.thresholdPercent), ...bandValues(p.out.band, 'out', 'outBand') }
        : {}),
    });
  }
  return values;
}
