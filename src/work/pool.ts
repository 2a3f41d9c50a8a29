import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { LIMITS } from '../limits';
import type { TaskName, Tasks } from './tasks';

/** The nice value of a worker thread (set in worker.ts): heavy tasks give way to the thread that answers requests. */
export const WORKER_NICE = 10;

/** The queue is full: the caller should answer 503 with Retry-After. */
export class PoolBusyError extends Error {
  override name = 'PoolBusyError';
}
/** The task ran past its time budget; its worker was stopped. */
export class PoolTimeoutError extends Error {
  override name = 'PoolTimeoutError';
}
/** The worker died under the task (out of memory, or a crash). */
export class PoolWorkerError extends Error {
  override name = 'PoolWorkerError';
}

export interface PoolOptions {
  /** Worker threads; by default one fewer than the cores (at least one), so the main thread keeps a core. */
  size?: number;
  /** Tasks waiting beyond those running; one more is refused with PoolBusyError. */
  maxQueue?: number;
  /** Default time budget per task, in ms. */
  timeoutMs?: number;
  /** Heap limit per worker (MB): a task that needs more kills only its worker. */
  memoryMb?: number;
}

type Result<K extends TaskName> = Awaited<ReturnType<Tasks[K]>>;

interface Job {
  id: number;
  task: TaskName;
  args: unknown[];
  timeoutMs: number;
  transfer: ArrayBuffer[];
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  timer?: NodeJS.Timeout;
}

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

/**
 * A small pool of worker threads for the CPU-heavy pure functions (pseudonymisation, extraction and
 * clustering, handbook rendering), so a large request never blocks the thread that answers panellists'
 * autosaves. Bounded in every direction: a fixed number of workers, a bounded queue, a time budget per task
 * (the worker is terminated and replaced when it runs over) and a heap limit per worker.
 */
export class WorkerPool {
  readonly size: number;
  readonly maxQueue: number;
  readonly timeoutMs: number;
  private readonly memoryMb: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(opts: PoolOptions = {}) {
    this.size = opts.size ?? Math.max(1, availableParallelism() - 1);
    this.maxQueue = opts.maxQueue ?? 16;
    this.timeoutMs = opts.timeoutMs ?? LIMITS.taskSeconds * 1000;
    this.memoryMb = opts.memoryMb ?? 1024;
  }

  /** Runs a task in a worker; rejects with PoolBusyError at once when the queue is full. */
  run<K extends TaskName>(
    task: K,
    args: Parameters<Tasks[K]>,
    /** transfer: buffers of the arguments to move to the worker instead of copying (unusable here afterwards). */
    opts: { timeoutMs?: number; transfer?: ArrayBuffer[] } = {},
  ): Promise<Result<K>> {
    if (this.closed) return Promise.reject(new Error('pool closed'));
    const busy = this.slots.length >= this.size && this.slots.every((s) => s.job);
    if (busy && this.queue.length >= this.maxQueue) return Promise.reject(new PoolBusyError('queue full'));
    return new Promise((resolve, reject) => {
      this.queue.push({
        id: this.nextId++,
        task,
        args,
        timeoutMs: opts.timeoutMs ?? this.timeoutMs,
        transfer: opts.transfer ?? [],
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      this.dispatch();
    });
  }

  /** Tasks waiting for a worker (not counting those running). */
  get waiting(): number {
    return this.queue.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('pool closed'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private dispatch() {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => {
        this.retire(slot!);
        job.reject(new PoolTimeoutError(`${job.task} ran over ${job.timeoutMs} ms`));
        this.dispatch();
      }, job.timeoutMs);
      slot.worker.postMessage({ id: job.id, task: job.task, args: job.args }, job.transfer);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(ENTRY, {
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb },
    });
    // Idle workers must not keep a CLI or a test process alive.
    worker.unref();
    const slot: Slot = { worker };
    worker.on(
      'message',
      (msg: { id?: number; ok?: boolean; value?: unknown; error?: { message: string; stack?: string } }) => {
        const job = slot.job;
        if (!job || msg.id !== job.id) return;
        clearTimeout(slot.timer);
        slot.job = undefined;
        if (msg.ok) job.resolve(msg.value);
        else {
          const err = new Error(msg.error!.message);
          err.stack = msg.error!.stack;
          job.reject(err);
        }
        this.dispatch();
      },
    );
    const fail = (e: unknown) => {
      const job = slot.job;
      this.retire(slot);
      if (job) job.reject(new PoolWorkerError(`${job.task}: worker stopped (${(e as Error)?.message ?? e})`));
      this.dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) fail(new Error(`exit ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }

  private retire(slot: Slot) {
    clearTimeout(slot.timer);
    slot.job = undefined;
    const i = this.slots.indexOf(slot);
    if (i !== -1) this.slots.splice(i, 1);
    void slot.worker.terminate();
  }
}

let shared: WorkerPool | undefined;
/** The process-wide pool, started on first use. */
export function pool(): WorkerPool {
  return (shared ??= new WorkerPool());
}
