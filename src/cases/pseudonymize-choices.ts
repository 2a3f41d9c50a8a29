import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  applyReplacements,
  findPii,
  personIsClient,
  personPlaceholder,
  pseudonymize,
  type Replacement,
} from '../pseudonymize';
import type { ExtraKind, Lang } from '../domain';

export { EXTRA_KINDS, type ExtraKind } from '../domain';
export interface Extra {
  text: string;
  kind: ExtraKind;
}

const LABELS: Record<Lang, Record<Exclude<ExtraKind, 'person'>, string>> = {
  nl: {
    organisation: 'ORGANISATIE',
    place: 'PLAATS',
    address: 'ADRES',
    email: 'E-MAIL',
    phone: 'TELEFOON',
    other: 'VERWIJDERD',
  },
  en: {
    organisation: 'ORGANISATION',
    place: 'PLACE',
    address: 'ADDRESS',
    email: 'EMAIL',
    phone: 'PHONE',
    other: 'REMOVED',
  },
};
// The engine's kinds are for what it detects; an organisation, place or other detail counts as a name there.
const ENGINE_KIND = {
  person: 'name',
  organisation: 'name',
  place: 'address',
  address: 'address',
  email: 'email',
  phone: 'phone',
  other: 'name',
} as const satisfies Record<ExtraKind, Replacement['kind']>;

/**
 * The researcher's choices on the preview page, applied to the original text: which proposed replacements to
 * keep (by index in the proposal) and which extra strings to replace everywhere, each with the type chosen.
 */
export function chooseReplacements(
  original: string,
  proposed: Replacement[],
  keep: ReadonlySet<number>,
  extras: Extra[],
  lang: Lang,
): Replacement[] {
  const kept = proposed.filter((_, i) => keep.has(i));
  const out = [...kept];
  const taken = (s: number, e: number) => out.some((r) => s < r.end && e > r.start);
  let next = 1 + Math.max(0, ...kept.map((r) => Number(/(\d+)\]$/.exec(r.placeholder)?.[1] ?? 0)));
  const seen = new Set<string>();
  for (const extra of extras) {
    const text = extra.text.trim();
    if (text.length < 2 || seen.has(text)) continue;
    seen.add(text);
    const same = kept.find((r) => r.original === text);
    const placeholder =
      same?.placeholder ??
      (extra.kind === 'person'
        ? `[${lang === 'nl' ? 'PERSOON' : 'PERSON'} ${next++}]`
        : `[${LABELS[lang][extra.kind]}]`);
    for (let at = original.indexOf(text); at >= 0; at = original.indexOf(text, at + text.length)) {
      if (!taken(at, at + text.length))
        out.push({
          start: at,
          end: at + text.length,
          original: text,
          placeholder,
          kind: ENGINE_KIND[extra.kind],
        });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface PseudonymizeRequest {
  original: string;
  names: string[];
  lang: Lang;
  /**
   * Indexes of proposed replacements the researcher kept ticked, honoured only together with a valid `shown`
   * signature of the very proposal they saw; otherwise every proposal is applied.
   */
  keep?: number[] | undefined;
  shown?: string | undefined;
  extras?: Extra[] | undefined;
  /** Binds the signature to one study and researcher. */
  scope: string;
}

// Signs previews for this process only: after a restart an old preview simply applies every proposal.
const PREVIEW_KEY = randomBytes(32);

function fingerprint(scope: string, original: string, proposed: Replacement[]): string {
  const h = createHash('sha256').update(scope).update('\0').update(original).update('\0');
  for (const r of proposed) h.update(`${r.start}:${r.end}:${r.placeholder}\n`);
  return h.digest('base64url');
}

/**
 * The key previews are signed with, for a worker thread that builds a long preview (see src/cases/long-preview):
 * a worker has its own copy of this module, so it is handed the key of the thread that checks the signature.
 */
export function previewKey(): Uint8Array {
  return PREVIEW_KEY;
}

function sign(fp: string, key: Uint8Array = PREVIEW_KEY): string {
  return createHmac('sha256', key).update(fp).digest('base64url');
}

function signatureHolds(sig: string | undefined, fp: string, key: Uint8Array): boolean {
  if (!sig) return false;
  const want = Buffer.from(sign(fp, key));
  const got = Buffer.from(sig);
  return got.length === want.length && timingSafeEqual(got, want);
}

/**
 * Proposal and result together, for the preview page and for saving. The server always runs the pseudonymiser
 * itself; a proposal is left out only when the researcher unticked it on a preview we signed for exactly this
 * text and proposal. `shown` is the signature to put in the preview form.
 */
export function pseudonymizeCase(req: PseudonymizeRequest) {
  return choosePseudonyms(req, findPii(req.original, { names: req.names, lang: req.lang }));
}

/**
 * The researcher's choices applied to what the pseudonymiser proposed. The proposal (the heavy part) may come
 * from the worker pool; signing and checking use this thread's preview key unless another thread's is given.
 */
export function choosePseudonyms(
  req: PseudonymizeRequest,
  proposed: Replacement[],
  key: Uint8Array = PREVIEW_KEY,
) {
  const fp = fingerprint(req.scope, req.original, proposed);
  const honoured = req.keep !== undefined && signatureHolds(req.shown, fp, key);
  const keep = new Set(honoured ? req.keep!.filter((i) => Number.isInteger(i)) : proposed.map((_, i) => i));
  const chosen = chooseReplacements(req.original, proposed, keep, req.extras ?? [], req.lang);
  return { proposed, keep, chosen, text: applyReplacements(req.original, chosen), shown: sign(fp, key) };
}

/** The case text a short field belongs to: its stored (pseudonymised) text and, when known, its replacements. */
export interface FieldContext {
  text: string;
  chosen?: Replacement[];
}

const PERSON_IN_TEXT = /\[(?:CLIËNT|CLIENT|PERSOON|PERSON) (\d+)\]/g;

/**
 * A short free-text field of a case (title, practitioner): personal details replaced, no choices offered.
 * With the case text as context a person keeps the placeholder the text gives them, and a person only the field
 * names gets the next free number, so "[CLIËNT 1]" in a title never stands for someone else than in the text.
 */
export function pseudonymizeField(text: string, names: string[], lang: Lang, context?: FieldContext): string {
  if (!text) return text;
  if (!context) return pseudonymize(text, { names, lang }).text;
  const people = (context.chosen ?? []).filter((r) => r.kind === 'name');
  const known = new Map(people.map((r) => [r.original.toLowerCase(), r.placeholder]));
  let next = Math.max(0, ...[...context.text.matchAll(PERSON_IN_TEXT)].map((m) => Number(m[1])));
  const fresh = new Map<string, string>();
  const found = findPii(text, { names: [...names, ...people.map((r) => r.original)], lang });
  const reps = found.map((r) => {
    if (r.kind !== 'name') return r;
    const same = known.get(r.original.toLowerCase());
    if (same) return { ...r, placeholder: same };
    let placeholder = fresh.get(r.placeholder);
    if (!placeholder) {
      placeholder = personPlaceholder(++next, personIsClient(r.placeholder), lang);
      fresh.set(r.placeholder, placeholder);
    }
    return { ...r, placeholder };
  });
  return applyReplacements(text, reps);
}
