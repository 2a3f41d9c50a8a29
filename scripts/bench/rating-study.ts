/**
 * The study both autosave benchmarks seed: a researcher, a draft of `items` activities in six clusters, a
 * panel that agreed to the information letter, and one opened rating round over the draft. Modules are
 * imported lazily, so a benchmark can seed before it starts the server.
 */
export async function seedRatingStudy(
  dbFile: string,
  keyFile: string,
  opts: { title: string; items: number; panellists: number; groups: string[] },
) {
  const { openDb } = await import('../../db/client');
  const { createUser } = await import('../../src/services/auth/accounts');
  const { createStudy } = await import('../../db/studies/studies');
  const { addPanellists, linkToken } = await import('../../db/panel/panel');
  const { recordConsent } = await import('../../db/panel/privacy');
  const { createRound, roundItemsOf } = await import('../../db/rounds/rounds');
  const { openRound } = await import('../../src/services/rounds/open');
  const { clusters, items } = await import('../../db/schema');
  const { loadServerKey } = await import('../../src/auth/panel-key');
  const { defaultPhases, frequencyScale, importanceScale } = await import('../../src/studies/defaults');
  const db = openDb(dbFile);
  const key = loadServerKey(keyFile);
  const email = 'bench@example.org';
  const password = 'bench-wachtwoord';
  const user = await createUser(db, { email, name: 'Bench', password });
  const study = createStudy(db, user.id, {
    title: opts.title,
    lang: 'nl',
    phases: defaultPhases('nl'),
    importanceScale: importanceScale('1-9', 'nl'),
    frequencyScale: frequencyScale('1-5', 'nl'),
  });
  const now = new Date();
  let lastItemId = 0;
  db.transaction((tx) => {
    for (let c = 0; c < 6; c++) {
      const cl = tx
        .insert(clusters)
        .values({
          studyId: study.id,
          parentId: null,
          position: c,
          label: `Cluster ${c + 1}`,
          createdAt: now,
          updatedAt: now,
        })
        .returning()
        .get();
      for (let i = 0; i < opts.items / 6; i++)
        lastItemId = tx
          .insert(items)
          .values({
            studyId: study.id,
            clusterId: cl.id,
            position: i,
            text: `De hulpverlener doet activiteit ${c + 1}.${i + 1}.`,
            origin: 'manual',
            createdAt: now,
            updatedAt: now,
          })
          .returning()
          .get().id;
    }
  });
  const panel = addPanellists(
    db,
    key,
    study.id,
    Array.from({ length: opts.panellists }, (_, i) => ({
      name: `Panellid ${i + 1}`,
      email: null,
      organisation: '',
      role: '',
      stakeholderGroup: opts.groups[i % opts.groups.length]!,
    })),
  );
  // Answers are accepted only after the panellist agreed to the information letter.
  for (const p of panel) recordConsent(db, study.id, p.id);
  const round = createRound(db, user.id, { studyId: study.id, kind: 'rating', title: `${opts.title}-ronde` });
  const opened = openRound(db, round.id, user.id);
  if (!opened.ok) throw new Error(opened.error);
  return {
    db,
    email,
    password,
    userId: user.id,
    studyId: study.id,
    roundId: round.id,
    lastItemId,
    itemIds: roundItemsOf(db, round.id).map((i) => i.id),
    paths: panel.map((p) => `/p/${linkToken(key, p)}`),
  };
}
