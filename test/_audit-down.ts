import type { Db } from '../db/client';

/**
 * Makes every audit insert on this connection fail (a temporary trigger), to show that a change and its audit
 * entry are written in one transaction: when the entry cannot be written, the change is not kept either.
 */
export function auditDown(db: Db): void {
  db.$client.exec(
    `CREATE TEMP TRIGGER audit_down BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit down'); END`,
  );
}
