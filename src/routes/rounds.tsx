import { Hono } from 'hono';
import type { StudyEnv } from '../http/study-access';
import type { KeyProvider } from '../panel/key';

export function roundRoutes(_keyOf: KeyProvider) {
  return new Hono<StudyEnv>();
}
