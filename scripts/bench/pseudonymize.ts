import { pseudonymize } from '../../src/pseudonymize';
import { syntheticCase } from './pseudonymize-input';

/** Times pseudonymisation of synthetic case text of growing size; the last line is one JSON object. */
const figures: Record<string, number> = {};
for (const kb of [400, 800, 1600, 5000]) {
  const text = syntheticCase(kb * 1000);
  const t0 = performance.now();
  const { replacements } = pseudonymize(text, { lang: 'nl' });
  const seconds = (performance.now() - t0) / 1000;
  console.log(`${String(kb).padStart(5)} KB  ${seconds.toFixed(2)} s  ${replacements.length} replacements`);
  figures[`seconds${kb}KB`] = Number(seconds.toFixed(3));
}
console.log(JSON.stringify(figures));
