import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import { addPanel, openedRound, panellistAgent, roundsWorld } from '../rounds/_fixture';

let server: SMTPServer | undefined;
afterEach(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
});

async function startSmtp(inbox: { to: string[]; data: string }[]): Promise<number> {
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

describe('invitations when a round opens', () => {
  it('say on opening what really happens: access through the link, the invitation sent separately', async () => {
    const w = await roundsWorld();
    const draft = await (
      await w.agent.post(`/studies/${w.studyId}/rounds`, { kind: 'rating', title: 'R1' })
    ).headers.get('location');
    const html = await (await w.agent.get(draft!)).text();
    expect(html).not.toContain('worden alle actieve panelleden uitgenodigd');
    expect(html).toContain('krijgen alle actieve panelleden toegang via hun persoonlijke link');
  });

  it('e-mails the editable invitation text to everyone taking part (also who completed), not to who stopped', async () => {
    const inbox: { to: string[]; data: string }[] = [];
    const port = await startSmtp(inbox);
    const w = await roundsWorld({
      config: {
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: port,
        SMTP_SECURE: false,
        SMTP_FROM: 'onderzoek@example.org',
      },
    });
    const [anna, bram] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating', closesAt: '2031-03-07' });
    await panellistAgent(w.app).post(`${bram!.path}/stop`);
    const base = `/studies/${w.studyId}/rounds/${round.id}`;
    const page = await (await w.agent.get(base)).text();
    expect(page).toContain('Uitnodiging: een nieuwe ronde staat voor u klaar');
    const res = await w.agent.post(`${base}/invitations/send`, {
      action: 'send',
      subject: 'Uitnodiging ronde 1',
      body: 'Beste {naam},\n\nStart via {link} vóór {sluitdatum}.',
    });
    expect(res.status).toBe(200);
    expect(inbox.map((m) => m.to[0]).sort()).toEqual(['anna@example.org']);
    expect(inbox[0]!.data).toContain('Uitnodiging ronde 1');
    expect(inbox[0]!.data.replace(/=\r?\n/g, '')).toContain(anna!.path);
    expect(
      listAudit(w.db, w.studyId).some((e) => e.action === 'round.invitation' && e.summary === 'email: 1'),
    ).toBe(true);
  });

  it('exports the invitation list for mail merge through the guarded CSV writer', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const res = await w.agent.post(`/studies/${w.studyId}/rounds/${round.id}/invitations.csv`);
    expect(res.status).toBe(200);
    const csv = await res.text();
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('naam,e-mail,link,sluitdatum');
    expect(csv).toContain(`http://localhost:3000${anna!.path}`);
  });
});
