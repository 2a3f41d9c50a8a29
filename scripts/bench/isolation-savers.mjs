// The isolation benchmark's autosaving panellists, in a thread of their own: the main thread of the benchmark
// builds a 5 MB upload and reads a 20 MB answer, and that work must not show up as autosave latency.
import { parentPort, workerData } from 'node:worker_threads';

const { base, paths, roundId, itemIds, paceMs } = workerData;
const lat = [];
let running = true;
parentPort.on('message', (msg) => {
  if (msg === 'stop') running = false;
});

const cookieOf = (res, name) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);

await Promise.all(
  paths.map(async (path, i) => {
    const first = await fetch(base + path);
    await first.arrayBuffer();
    const token = cookieOf(first, 'mf_csrf');
    const headers = {
      cookie: `mf_csrf=${token}`,
      'x-csrf-token': token,
      'hx-request': 'true',
      'content-type': 'application/x-www-form-urlencoded',
    };
    const save = async () => {
      const item = itemIds[Math.floor(Math.random() * itemIds.length)];
      const res = await fetch(`${base}${path}/r/${roundId}/i/${item}`, {
        method: 'POST',
        headers,
        body: `importance=${1 + Math.floor(Math.random() * 9)}&frequency=3&comment=`,
      });
      await res.arrayBuffer();
      return res.ok;
    };
    // One save each before measuring: the first request down a code path compiles it, on both sides.
    await save();
    await new Promise((r) => setTimeout(r, (i * paceMs) / paths.length));
    while (running) {
      const t0 = performance.now();
      let ok = false;
      try {
        ok = await save();
      } catch (e) {
        console.log(`autosave failed: ${e.message} ${e.cause?.message ?? ''}`);
      }
      const ms = performance.now() - t0;
      lat.push({ at: Date.now(), ms, ok });
      await new Promise((r) => setTimeout(r, Math.max(0, paceMs - ms)));
    }
  }),
);
parentPort.postMessage(lat);
