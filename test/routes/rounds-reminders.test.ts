import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { reminders } from '../../db/schema';
import { addPanel, openedRound, panellistAgent, PANEL, roundsWorld } from '../rounds/_fixture';

interface Received {
  to: string[];
  data: string;
}

let server: SMTPServer | undefined;
afterEach(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
});

async function startSmtp(inbox: Received[]): Promise<number> {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, cb) {
      let data = '';
      stream.on('data', (d: Buffer) => (data += d.toString('utf8')));
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        cb();
      });
    },
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
  return (server.server.address() as AddressInfo).port;
}

describe('reminders', () => {
  it('e-mails only those who have not completed, through a real SMTP server, with their own link, and records it', async () => {
    const inbox: Received[] = [];
    const port = await startSmtp(inbox);
    const w = await roundsWorld({
      config: {
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: port,
        SMTP_SECURE: false,
        SMTP_FROM: 'onderzoek@example.org',
      },
    });
    const panel = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating', closesAt: '2031-03-07' });
    const bram = panel[1]!;
    const b = panellistAgent(w.app);
    await b.get(bram.path);
    await b.post(`${bram.path}/r/${round.id}/finish`);
    const base = `/studies/${w.studyId}/rounds/${round.id}`;
    const res = await w.agent.post(`${base}/reminders/send`, {
      action: 'send',
      subject: 'Herinnering ronde',
      body: 'Beste {naam},\n\nGa naar {link} vóór {sluitdatum}.',
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Verstuurd: 1. Mislukt: 0. Zonder e-mailadres: 1.');
    expect(inbox.map((m) => m.to)).toEqual([['anna@example.org']]);
    const mail = inbox[0]!.data.replace(/=\r?\n/g, '');
    expect(mail).toContain('Beste Anna de Vries');
    expect(mail).toContain(panel[0]!.path);
    expect(mail).toContain('7 maart 2031');
    expect(w.db.select().from(reminders).where(eq(reminders.channel, 'email')).all()).toMatchObject([
      { panellistId: panel[0]!.id, error: null },
    ]);
  });

  it('offers a mail-merge CSV and copyable links for the same people, without SMTP', async () => {
    const w = await roundsWorld();
    const panel = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const base = `/studies/${w.studyId}/rounds/${round.id}`;
    const page = await (await w.agent.get(base)).text();
    expect(page).toContain('SMTP is ingesteld');
    const csv = await (await w.agent.post(`${base}/reminders.csv`)).text();
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('naam,e-mail,link,sluitdatum');
    for (const p of PANEL) expect(csv).toContain(p.name);
    expect(csv).toContain(panel[2]!.path);
    const links = await (await w.agent.post(`${base}/reminders/links`)).text();
    expect(links).toContain(panel[0]!.path);
    expect(links).not.toContain(PANEL[0]!.name);
    expect(
      w.db
        .select()
        .from(reminders)
        .all()
        .map((r) => r.channel)
        .sort(),
    ).toEqual(['copy', 'copy', 'copy', 'csv', 'csv', 'csv']);
  });
});

describe('member check', () => {
  it('publishes a summary that panellists see through their link and can confirm or comment on', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'review' });
    const base = `/studies/${w.studyId}/rounds/${round.id}`;
    await w.agent.post(`${base}/close`);
    expect(
      (await w.agent.post(`${base}/member-check`, { summary: 'Het panel wil meer nadruk op afspraken.' }))
        .status,
    ).toBe(303);
    const a = panellistAgent(w.app);
    const home = await (await a.get(anna!.path)).text();
    expect(home).toContain('Het panel wil meer nadruk op afspraken.');
    const checkId = /\/m\/(\d+)/.exec(home)![1];
    expect(
      (await a.post(`${anna!.path}/m/${checkId}`, { agrees: '0', comment: 'Ook op evaluatie' })).status,
    ).toBe(303);
    const researcher = await (await w.agent.get(base)).text();
    expect(researcher).toContain('P001');
    expect(researcher).toContain('klopt niet helemaal');
    expect(researcher).toContain('Ook op evaluatie');
  });
});
