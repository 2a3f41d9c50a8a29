import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { cases, panellists, ratingAnswers, roundItems, rounds } from '../../db/schema';
import { PRESETS } from '../../src/consensus';
import { closeRound } from '../../src/services/decisions/close-round';
import { saveProtocol } from '../../src/services/decisions/save-protocol';
import { Agent, testApp } from '../_setup';
import { adoptedFixture } from '../handbook-data/_version';
import { openedRound } from '../rounds/_fixture';
import { ACTIVITIES } from '../standard/_fixture';

/**
 * The fixture's study over two rating rounds: round 1 numbers the items 1.1.1–1.1.3 and 2.1–2.3, round 2
 * re-rates item 5 as 2.2 and the team includes it by override; item 6 is out by consensus. Version 1 puts
 * items 4 and 5 under a "general" sub-aspect, in the draft's order, so they become 2.1.1 and 2.1.2 in the standard.
 */
async function setup() {
  const { app, db } = testApp();
  const f = await adoptedFixture(db, (fx) => {
    // a principled objection on the item the panel left out (round 1, item 6)
    const ri = db
      .select({ id: roundItems.id })
      .from(roundItems)
      .innerJoin(rounds, eq(rounds.id, roundItems.roundId))
      .where(
        and(eq(rounds.studyId, fx.study.id), eq(rounds.number, 1), eq(roundItems.refId, fx.draft[5]!.id)),
      )
      .get()!;
    db.update(ratingAnswers)
      .set({ dissent: true, dissentReason: 'Bellen namens de cliënt hoort erbij.' })
      .where(and(eq(ratingAnswers.roundItemId, ri.id), eq(ratingAnswers.panellistId, fx.panel[6]!.id)))
      .run();
  });
  const agent = new Agent(app);
  await agent.post('/login', { email: f.user.email, password: 'geheim-wachtwoord' });
  const base = `/studies/${f.study.id}/standard/versions/1`;
  const get = async (ext: 'md' | 'html') => (await agent.get(`${base}/handbook.${ext}`)).text();
  return { app, db, f, agent, base, get };
}

const section = (md: string, from: string, to: string) => {
  const start = md.indexOf(from);
  return md.slice(start, md.indexOf(to, start + from.length));
};

describe('the handbook of a multi-round study', () => {
  it('gives an item the same number in the standard page, chapter 4 and the scoring lists, and both numbers in appendix C', async () => {
    const { agent, base, get } = await setup();
    const md = await get('md');
    const page = await (await agent.get(base)).text();
    const item5 = ACTIVITIES[4][1];
    expect(page).toMatch(new RegExp(`2\\.1\\.2[^<]*</[^>]+>\\s*(<[^>]+>\\s*)*${item5.slice(0, 30)}`));
    expect(section(md, '## 4 De standaard', '## 5 ')).toContain(`**2.1.2** ${item5}`);
    expect(section(md, '## Bijlage A', '## Bijlage B')).toContain(`**2.1.2 ${item5}`);
    const appC = section(md, '## Bijlage C', '\u0000');
    // rounds 1 and 2 put it to the panel as 2.2
    expect(appC).toContain(`| 2.1.2 (ronde 1: 2.2) ${item5} |`);
    expect(appC).toContain(`| 2.1.2 (ronde 2: 2.2) ${item5} |`);
    expect(appC).toContain(`| 2.1.1 (ronde 1: 2.1) ${ACTIVITIES[3][1]} |`);
    // item 1 kept its number
    expect(appC).toContain(`| 1.1.1 ${ACTIVITIES[0][1]} |`);
    expect(md).not.toMatch(/\b\d+\.0\.\d+\b/);
  });

  it('puts the item the team included by override in the standard and on the scoring lists', async () => {
    const { get } = await setup();
    const md = await get('md');
    const item5 = ACTIVITIES[4][1];
    expect(section(md, '## Bijlage A', '## Bijlage B')).toContain(item5);
    expect(section(md, '## 4 De standaard', '## 5 ')).toContain(item5);
    expect(section(md, '### Niet opgenomen items', '## 5 ')).not.toContain(item5);
    expect(md).toContain('Opnemen (besluit onderzoekers)');
  });

  it('reports dissent on an item left out, with its final status', async () => {
    const { get } = await setup();
    const dissent = section(await get('md'), '### 2.8 Afwijkende standpunten', '### 2.9');
    expect(dissent).toContain(`ronde 1: 2.3 ${ACTIVITIES[5][1]}`);
    expect(dissent).toContain('niet opgenomen');
    expect(dissent).toContain('Bellen namens de cliënt hoort erbij.');
    expect(dissent).toContain('Vijf werkdagen is te krap.');
    expect(dissent).toContain('opgenomen in de standaard');
  });

  it('lists the item kept out under "Niet opgenomen" with the recorded decision', async () => {
    const { get } = await setup();
    const out = section(await get('md'), '### Niet opgenomen items', '## 5 ');
    expect(out).toContain(ACTIVITIES[5][1]);
    expect(out).toContain('consensus: niet opnemen');
  });

  it('exports byte-identical Markdown and HTML after a later round closes and the protocol changes', async () => {
    const { db, f, get } = await setup();
    const before = { md: await get('md'), html: await get('html') };
    const later = openedRound(db, f.user.id, f.study.id, {
      kind: 'review',
      title: 'Herziening na vaststelling',
    });
    closeRound(db, later.id, f.user.id);
    saveProtocol(db, f.study.id, f.user.id, {
      protocol: { ...PRESETS.percent },
      maxRounds: 3,
      reason: 'Na vaststelling strenger.',
    });
    const now = new Date();
    db.insert(cases)
      .values({
        studyId: f.study.id,
        title: 'Later',
        sourceType: 'dossier',
        phaseTags: ['intake'],
        text: 'Tekst.',
        wordCount: 1,
        createdAt: now,
        updatedAt: now,
      })
      .run();
    db.insert(panellists)
      .values({
        studyId: f.study.id,
        pseudonym: 'P099',
        name: 'Later',
        email: 'later@example.org',
        stakeholderGroup: 'Nieuw',
        tokenSalt: 's',
        tokenHash: `later-${f.study.id}`,
        createdAt: now,
      })
      .run();
    expect(await get('md')).toBe(before.md);
    expect(await get('html')).toBe(before.html);
    expect(before.md).not.toContain('Herziening na vaststelling');
    expect(before.md).not.toContain('Na vaststelling strenger.');
  });
});
