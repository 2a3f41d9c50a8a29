import {
  ACTIONS,
  BENEFITS,
  CLIENT_ACTS,
  CLIENTS,
  CONTEXT,
  ORGS,
  PHASE_OPENERS,
  REFERRERS,
  SERVICES,
  TOWNS,
  type Phase,
} from './case-phrases';

export interface GeneratedCase {
  id: number;
  text: string;
}

const PHASES: Phase[] = ['intake', 'analyse', 'plan', 'uitvoering', 'afsluiting'];
const TARGET_WORDS = 300;

/** mulberry32: small, fast, and the same sequence on every platform for a given seed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

class CaseWriter {
  private readonly used = new Set<unknown>();
  private readonly sentences: string[] = [];
  private words = 0;
  readonly client: string;
  private readonly slots: Record<string, string>;

  constructor(private readonly random: () => number) {
    this.client = this.pick(CLIENTS);
    this.slots = {
      c: this.client,
      C: capitalise(this.client),
      ref: this.pick(REFERRERS),
      org: this.pick(ORGS),
      benefit: this.pick(BENEFITS),
      service: this.pick(SERVICES),
      town: this.pick(TOWNS),
      age: String(22 + Math.floor(random() * 55)),
    };
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.random() * xs.length)]!;
  }

  /** A sentence not yet used in this case, filled in; empty when all are used. */
  fresh(templates: readonly string[]): string {
    const left = templates.filter((t) => !this.used.has(t));
    if (left.length === 0) return '';
    const t = this.pick(left);
    this.used.add(t);
    return this.fill(t);
  }

  fill(template: string): string {
    return template.replace(/\{(\w+)\}/g, (_, k: string) => this.slots[k] ?? k);
  }

  add(sentence: string): void {
    if (!sentence) return;
    this.sentences.push(sentence);
    this.words += sentence.split(/\s+/).length;
  }

  /** One practitioner action of the phase not yet told in this case, with or without an opener. */
  action(phase: Phase, opener?: string): void {
    const fresh = ACTIONS[phase].filter((variants) => !this.used.has(variants));
    if (fresh.length === 0) return;
    const variants = this.pick(fresh);
    this.used.add(variants);
    const { verb, rest } = this.pick(variants);
    const body = this.fill(rest);
    this.add(opener ? `${opener} ${verb} ik ${body}.` : `Ik ${verb} ${body}.`);
  }

  get wordCount(): number {
    return this.words;
  }

  text(): string {
    return this.sentences.join(' ');
  }
}

function writeCase(random: () => number): string {
  const w = new CaseWriter(random);
  w.add(w.fresh(CONTEXT));
  if (random() < 0.6) w.add(w.fresh(CONTEXT));
  // Budget per phase: the help itself (uitvoering) takes most of a story.
  const budget: Record<Phase, number> = { intake: 50, analyse: 60, plan: 55, uitvoering: 85, afsluiting: 45 };
  let spent = w.wordCount;
  for (const phase of PHASES) {
    spent += budget[phase];
    w.action(phase, w.pick(PHASE_OPENERS[phase]));
    while (w.wordCount < spent) {
      const before = w.wordCount;
      if (random() < 0.25) w.add(w.fresh(CLIENT_ACTS));
      else w.action(phase, random() < 0.3 ? w.pick(['Daarna', 'Ook', 'Verder', 'Vervolgens']) : undefined);
      if (w.wordCount === before) break;
    }
  }
  for (let extra = 0; w.wordCount < TARGET_WORDS - 10 && extra < 4; extra++)
    w.add(w.fresh(CONTEXT.concat(CLIENT_ACTS)));
  return w.text();
}

/**
 * `n` synthetic Dutch case descriptions of about 300 words: first-person accounts by a practitioner, in
 * the past tense, through the five phases, mixed with context and what the client did. Deterministic for a
 * given seed, so benchmarks and the demo can reuse the same cases.
 */
export function generateCases(n: number, seed = 1): GeneratedCase[] {
  const random = rng(seed);
  return Array.from({ length: n }, (_, i) => ({ id: i + 1, text: writeCase(random) }));
}
