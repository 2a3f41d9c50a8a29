/**
 * `npm run --silent deps`: the layer picture in figures — violations, cycles, route→db imports, audit
 * calls outside services, files per folder. The last line is one JSON object.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cycles, layerOf, layerViolations, mixedBarrels, readGraph } from './deps/graph.js';

const root = join(import.meta.dirname, '..');
const graph = readGraph(root);
const violations = layerViolations(graph);
const cyc = cycles(graph);
for (const v of violations) console.log(`violation  ${v.from} → ${v.to}  (${v.rule})`);
for (const c of cyc) console.log(`cycle      ${c.join(' ↔ ')}`);
const routeFiles = graph.files.filter((f) => f.startsWith('src/routes/'));
const routeDb = graph.edges.filter(
  (e) => e.from.startsWith('src/routes/') && layerOf(e.to) === 'db' && !e.typeOnly,
);
const auditCalls = graph.files
  .filter((f) => layerOf(f) !== 'service' && !f.startsWith('db/'))
  .reduce((n, f) => n + (readFileSync(join(root, f), 'utf8').match(/\bappendAudit\(/g)?.length ?? 0), 0);
const perFolder: Record<string, number> = {};
for (const f of graph.files) {
  const dir = f.split('/').slice(0, -1).join('/');
  perFolder[dir] = (perFolder[dir] ?? 0) + 1;
}
console.log(
  JSON.stringify({
    files: graph.files.length,
    layer_violations: violations.length,
    cycles: cyc.length,
    files_in_cycles: cyc.reduce((n, c) => n + c.length, 0),
    mixed_barrels: mixedBarrels(graph).length,
    route_files: routeFiles.length,
    route_to_db_imports: routeDb.length,
    audit_calls_outside_services: auditCalls,
    largest_folders: Object.entries(perFolder)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6),
  }),
);
