import { parentPort } from 'node:worker_threads';
import { tasks, type TaskName } from './tasks';

type Job = { id: number; task: TaskName; args: unknown[] };

// One job at a time per worker: the pool only sends the next when this one has answered.
parentPort!.on('message', async ({ id, task, args }: Job) => {
  try {
    const fn = tasks[task] as (...a: unknown[]) => unknown;
    parentPort!.postMessage({ id, ok: true, value: await fn(...args) });
  } catch (e) {
    const err = e as Error;
    parentPort!.postMessage({
      id,
      ok: false,
      error: { name: err.name, message: err.message, stack: err.stack },
    });
  }
});
parentPort!.postMessage({ ready: true });
