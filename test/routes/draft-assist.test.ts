import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import { loadDraft } from '../../db/draft/draft';
import { createApp } from '../../src/app';
import { loadEnv } from '../../src/env';
import { addCase } from '../draft/routes-helpers';
import { createStudyVia, signedIn, tempDb } from '../_setup';

// Stored case text, pseudonymised on the way in as the case form does.
const CASE =
  'Mevrouw [CLIËNT 1] meldde zich via de huisarts. Ik heb haar binnen een week gebeld en een huisbezoek gepland. ' +
  'Samen hebben we een overzicht gemaakt van inkomsten en uitgaven.';

interface Stub {
  url: string;
  requests: { headers: IncomingMessage['headers']; body: Record<string, unknown> }[];
  reply: (res: import('node:http').ServerResponse) => void;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A small OpenAI-compatible chat-completions server on 127.0.0.1 whose answer each test sets. */
async function stubModel(): Promise<Stub> {
  const stub: Stub = { url: '', requests: [], reply: () => undefined };
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      stub.requests.push({ headers: req.headers, body: JSON.parse(raw) });
      stub.reply(res);
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/chat/completions`;
  return stub;
}

const completion = (content: string) => (res: import('node:http').ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content } }] }));
};

async function world(timeout = '5000') {
  const db = tempDb();
  const app = createApp({ db, config: loadEnv({ MAATSTAF_ASSIST_TIMEOUT_MS: timeout }) });
  const owner = await signedIn(app, db, 'Anna Onderzoeker');
  const id = await createStudyVia(owner.agent);
  const caseId = addCase(db, id, owner.userId, 'Casus van mevrouw Geheim', CASE).id;
  return { db, app, owner, id, caseId, base: `/studies/${id}/draft/assist` };
}

const openSuggestions = (db: ReturnType<typeof tempDb>, id: number) =>
  loadDraft(db, id).suggestions.filter((s) => s.status === 'open');

describe('the language-model assist', () => {
  it('is off by default: the page says so and a run stores nothing', async () => {
    const { db, owner, id, base } = await world();
    const html = await (await owner.agent.get(base)).text();
    expect(html).toContain('Het taalmodel staat uit voor deze studie.');
    expect(html).not.toContain('Voorstellen vragen aan het taalmodel');
    const res = await owner.agent.post(`${base}/run`, {});
    expect(res.status).toBe(303);
    expect(openSuggestions(db, id)).toHaveLength(0);
  });

  it('saves the settings with an audit entry that never shows the key', async () => {
    const { db, owner, id, base } = await world();
    const res = await owner.agent.post(`${base}/settings`, {
      enabled: 'on',
      endpoint: 'http://127.0.0.1:9/v1/chat/completions',
      model: 'lokaal-model',
      apiKey: 'sk-geheime-sleutel',
    });
    expect(res.status).toBe(303);
    const page = await (await owner.agent.get(base)).text();
    expect(page).toContain('Er is een sleutel opgeslagen.');
    expect(page).not.toContain('sk-geheime-sleutel');
    const entry = listAudit(db, id).find((a) => a.action === 'assist.settings');
    expect(entry).toBeDefined();
    expect(JSON.stringify(entry)).not.toContain('sk-geheime-sleutel');
    expect(JSON.parse(String(entry!.after))).toMatchObject({
      enabled: true,
      model: 'lokaal-model',
      hasKey: true,
    });
  });

  it('re-renders the settings with 422, the message beside the field and the typed values', async () => {
    const { owner, base } = await world();
    const res = await owner.agent.post(`${base}/settings`, {
      enabled: 'on',
      endpoint: 'ftp://x',
      model: 'm1',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Vul een adres in dat begint met http:// of https://.');
    expect(html).toContain('value="ftp://x"');
    expect(html).toContain('value="m1"');
  });

  it('sends only the case text and keeps only statements whose evidence is in the case and whose wording passes the checks', async () => {
    const { db, owner, id, caseId, base } = await world();
    const stub = await stubModel();
    const quote = 'Ik heb haar binnen een week gebeld en een huisbezoek gepland.';
    const at = CASE.indexOf(quote);
    stub.reply = completion(
      '```json\n' +
        JSON.stringify({
          statements: [
            {
              text: 'De hulpverlener neemt binnen een week contact op en plant een huisbezoek.',
              phase: 'intake',
              evidence: [{ quote, start: at, end: at + quote.length }],
            },
            {
              text: 'De hulpverlener maakt samen met de cliënt een overzicht van inkomsten en uitgaven.',
              phase: 'analyse',
              evidence: [{ quote: 'een overzicht gemaakt van inkomsten en uitgaven', start: 0, end: 5 }],
            },
            {
              text: 'De hulpverlener verwijst de cliënt naar de voedselbank.',
              phase: 'uitvoering',
              evidence: [{ quote: 'verwezen naar de voedselbank' }],
            },
            {
              text: 'Ik bel [CLIËNT 1] binnen een week.',
              phase: 'intake',
              evidence: [{ quote }],
            },
          ],
        }) +
        '\n```',
    );
    await owner.agent.post(`${base}/settings`, {
      enabled: 'on',
      endpoint: stub.url,
      model: 'lokaal-model',
      apiKey: 'sk-test',
    });
    const res = await owner.agent.post(`${base}/run`, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/studies/${id}/draft?msg=assisted&items=2&dropped=2`);

    expect(stub.requests).toHaveLength(1);
    const sent = stub.requests[0]!;
    expect(sent.headers.authorization).toBe('Bearer sk-test');
    expect(sent.body.model).toBe('lokaal-model');
    const messages = sent.body.messages as { role: string; content: string }[];
    expect(messages.at(-1)).toEqual({ role: 'user', content: CASE });
    expect(JSON.stringify(sent.body)).not.toContain('Geheim');

    const open = openSuggestions(db, id);
    expect(open.map((s) => s.text)).toEqual([
      'De hulpverlener neemt binnen een week contact op en plant een huisbezoek.',
      'De hulpverlener maakt samen met de cliënt een overzicht van inkomsten en uitgaven.',
    ]);
    const moved = 'een overzicht gemaakt van inkomsten en uitgaven';
    const fixed = CASE.indexOf(moved);
    expect(open[1]!.evidence).toEqual([{ caseId, start: fixed, end: fixed + moved.length }]);

    const entry = listAudit(db, id).find((a) => a.action === 'draft.assist');
    expect(entry?.summary).toMatch(/^lokaal-model · assist-1 · \d+ ms · 2 voorstellen$/);

    const draft = await (await owner.agent.get(`/studies/${id}/draft?msg=assisted&items=2&dropped=2`)).text();
    expect(draft).toContain('2 voorstellen van het taalmodel toegevoegd; 2 niet overgenomen');
    expect(draft).toContain('plant een huisbezoek');
  });

  it('tells the researcher when the model does not answer in time, and stores nothing', async () => {
    const { db, owner, id, base } = await world('300');
    const stub = await stubModel();
    stub.reply = (res) => setTimeout(() => completion('{"statements":[]}')(res), 1500);
    await owner.agent.post(`${base}/settings`, { enabled: 'on', endpoint: stub.url, model: 'traag' });
    const res = await owner.agent.post(`${base}/run`, {});
    expect(res.status).toBe(502);
    expect(await res.text()).toContain('Het taalmodel antwoordde niet op tijd.');
    expect(openSuggestions(db, id)).toHaveLength(0);
    const failed = listAudit(db, id).find((a) => a.action === 'draft.assist.failed');
    expect(failed?.summary).toMatch(/^traag · assist-1 · \d+ ms · 0 voorstellen · timeout/);
  });

  it('tells the researcher when the model answers with an error or with something that is not JSON', async () => {
    const { owner, base } = await world();
    const stub = await stubModel();
    await owner.agent.post(`${base}/settings`, { enabled: 'on', endpoint: stub.url, model: 'm' });
    stub.reply = (res) => {
      res.writeHead(500);
      res.end('kapot');
    };
    const failed = await owner.agent.post(`${base}/run`, {});
    expect(failed.status).toBe(502);
    expect(await failed.text()).toContain('Het taalmodel gaf een foutmelding terug.');
    stub.reply = completion('Hier zijn wat ideeën, maar geen JSON.');
    const garbled = await owner.agent.post(`${base}/run`, {});
    expect(await garbled.text()).toContain('geen bruikbare JSON');
  });

  it('tells the researcher when nothing listens at the address', async () => {
    const { owner, base } = await world();
    await owner.agent.post(`${base}/settings`, {
      enabled: 'on',
      endpoint: 'http://127.0.0.1:9/v1/chat/completions',
      model: 'm',
    });
    const res = await owner.agent.post(`${base}/run`, {});
    expect(res.status).toBe(502);
    expect(await res.text()).toContain('niet bereikbaar');
  });
});
