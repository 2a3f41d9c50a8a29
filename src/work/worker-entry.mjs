// Workers start without the parent's loader flags (execArgv: []), so they load our TypeScript the same way
// under `npm start` (tsx) and under vitest: by registering tsx here.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
