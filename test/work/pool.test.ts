import { execFileSync } from 'node:child_process';
import { getPriority } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { findPii } from '../../src/pseudonymize';
import {
  PoolBusyError,
  PoolTimeoutError,
  PoolWorkerError,
  WORKER_NICE,
  WorkerPool,
} from '../../src/work/pool';

const pools: WorkerPool[] = [];
const make = (opts: ConstructorParameters<typeof WorkerPool>[0]) => {
  const p = new WorkerPool(opts);
  pools.push(p);
  return p;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

const text = 'Mevrouw Jansen belde op 06-12345678.';
const opts = { names: [], lang: 'nl' as const };

describe('WorkerPool', () => {
  it('runs a TypeScript engine in a worker under vitest, with the same result as on the main thread', async () => {
    const pool = make({ size: 1 });
    const inWorker = await pool.run('findPii', [text, opts]);
    expect(inWorker).toEqual(findPii(text, opts));
    expect(inWorker.length).toBeGreaterThan(0);
  });

  it.runIf(process.platform === 'linux')(
    'runs its workers at a lower priority than the thread that answers requests',
    async () => {
      const before = getPriority(0);
      const pool = make({ size: 1 });
      expect(await pool.run('priority', [])).toBe(Math.min(19, before + WORKER_NICE));
      expect(getPriority(0)).toBe(before);
    },
  );

  it('refuses a task at once when every worker is busy and the queue is full', async () => {
    const pool = make({ size: 1, maxQueue: 1 });
    const running = pool.run('spin', [600]);
    const queued = pool.run('spin', [10]);
    await expect(pool.run('spin', [10])).rejects.toBeInstanceOf(PoolBusyError);
    expect(await running).toBe(600);
    expect(await queued).toBe(10);
  });

  it('moves an upload to the worker instead of copying it, and reads it there', async () => {
    const pool = make({ size: 1 });
    const bytes = new TextEncoder().encode('Cliënt belde op maandag.');
    const read = await pool.run('readUpload', ['verslag.txt', bytes], { transfer: [bytes.buffer] });
    expect(read).toEqual({ ok: true, text: 'Cliënt belde op maandag.' });
    // Transferred: this thread no longer holds the bytes.
    expect(bytes.byteLength).toBe(0);
  });

  it('stops a task that runs over its time budget and keeps serving the next one', async () => {
    const pool = make({ size: 1 });
    const started = performance.now();
    await expect(pool.run('spin', [10_000], { timeoutMs: 300 })).rejects.toBeInstanceOf(PoolTimeoutError);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(await pool.run('spin', [5])).toBe(5);
  });

  it('loses only the worker when a task exceeds the heap limit', async () => {
    const pool = make({ size: 1, memoryMb: 32 });
    const huge = 'Jan de Vries belde. '.repeat(400_000);
    await expect(pool.run('findPii', [huge, opts], { timeoutMs: 30_000 })).rejects.toBeInstanceOf(
      PoolWorkerError,
    );
    expect(await pool.run('spin', [5])).toBe(5);
  }, 40_000);

  it('loads its TypeScript worker under tsx too (npm start)', () => {
    const out = execFileSync(
      'npx',
      [
        'tsx',
        '-e',
        "import { WorkerPool } from './src/work/pool.ts'; const p = new WorkerPool({ size: 1 }); p.run('spin', [1]).then((v) => { console.log('spun', v); return p.close(); });",
      ],
      { encoding: 'utf8' },
    );
    expect(out).toContain('spun 1');
  });
});
