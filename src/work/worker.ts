import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { WORKER_NICE } from './pool';
import { tasks, type TaskName } from './tasks';

// On Linux a nice value belongs to a thread, and pid 0 means the calling thread: this lowers only the worker, so
// on a machine with few cores the main thread (autosaves, page views) gets the CPU first whenever it needs it.
// Elsewhere it lowers the whole process, or is not allowed; either way the work itself is unchanged.
try {
  setPriority(0, WORKER_NICE);
} catch {
  /* not permitted here */
}

type Job = { id: number; task: TaskName; args: unknown[] };

// One job at a time per worker: the pool only sends the next when this one has answered.
parentPort!.on('message', async ({ id, task, args }: Job) => {
  try {
    const fn = tasks[task] as (...a: unknown[]) => unknown;
    const value = await fn(...args);
    // Bytes that own their whole buffer (a rendered page or document) move to the main thread instead of being
    // copied there; a view on a shared pool buffer is copied as before.
    const own =
      value instanceof Uint8Array &&
      value.buffer instanceof ArrayBuffer &&
      value.byteOffset === 0 &&
      value.byteLength === value.buffer.byteLength;
    parentPort!.postMessage({ id, ok: true, value }, own ? [value.buffer] : []);
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
