import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessions } from '../../db/schema';
import { purgeExpiredSessions } from '../../db/auth/users';
import { hashToken } from '../../src/auth/tokens';
import { signedIn, testApp } from '../_setup';

describe('purgeExpiredSessions', () => {
  it('removes expired sessions only, and a purged session no longer signs anyone in', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    await signedIn(app, db);
    expect(purgeExpiredSessions(db)).toBe(0);
    const mine = hashToken(agent.cookies.get('mf_session')!);
    db.update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.tokenHash, mine))
      .run();
    expect(purgeExpiredSessions(db)).toBe(1);
    expect(db.select().from(sessions).all()).toHaveLength(1);
    expect((await agent.get('/studies')).status).toBe(303);
  });
});
