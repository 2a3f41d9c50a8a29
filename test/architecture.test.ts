import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, layerViolations, mixedBarrels, readGraph, type Graph } from '../scripts/deps/graph';
import { postHandlers } from '../scripts/deps/post-handlers';

const root = join(import.meta.dirname, '..');
const graph = readGraph(root);
const show = (v: { from: string; to: string; rule: string }) => `${v.from} → ${v.to}: ${v.rule}`;

describe('the layers of the code', () => {
  it('keeps every import in the direction routes → services → db query modules and engines → domain', () => {
    expect(layerViolations(graph).map(show)).toEqual([]);
  });

  it('has no import cycle, counting type imports', () => {
    expect(cycles(graph).map((c) => c.join(' ↔ '))).toEqual([]);
  });

  it('lets no route write the audit log: changes and their audit entries are one service or db function', () => {
    const routeAudit = graph.edges.filter((e) => e.from.startsWith('src/routes/') && e.to === 'db/audit.ts');
    expect(routeAudit.map((e) => e.from)).toEqual([]);
  });

  it('has no barrel that re-exports database modules beside pure ones', () => {
    expect(mixedBarrels(graph)).toEqual([]);
  });

  it('validates the body of every POST handler through zod before the handler runs', () => {
    const handlers = postHandlers(root, graph.files);
    expect(handlers.length).toBeGreaterThan(60);
    expect(handlers.filter((h) => !h.validated).map((h) => `${h.file}:${h.line} POST ${h.path}`)).toEqual([]);
  });
});

describe('the layer check itself', () => {
  const g = (edges: Array<[string, string, boolean?]>): Graph => ({
    files: [...new Set(edges.flatMap(([a, b]) => [a, b]))],
    edges: edges.map(([from, to, typeOnly]) => ({ from, to, typeOnly: typeOnly ?? false })),
  });

  it('reports an engine that imports the database and a view that imports an engine value', () => {
    const found = layerViolations(
      g([
        ['src/stats/median.ts', 'db/rounds/answers.ts'],
        ['views/pages/report/show.tsx', 'src/stats/median.ts'],
        ['views/pages/report/show.tsx', 'db/report/report.ts', true],
      ]),
    );
    expect(found.map((v) => v.rule)).toEqual([
      'engine may not import values from db',
      'view may not import values from engine',
    ]);
  });

  it('reports a route that imports the audit module, and a database module that imports an engine', () => {
    const found = layerViolations(
      g([
        ['src/routes/draft/items.tsx', 'db/audit.ts'],
        ['db/rounds/snapshot.ts', 'src/rounds/index.ts'],
        ['src/services/draft/run-extraction.ts', 'db/audit.ts'],
      ]),
    );
    expect(found.map((v) => v.from)).toEqual(['src/routes/draft/items.tsx', 'db/rounds/snapshot.ts']);
  });

  it('finds a cycle through type-only imports as well as one through values', () => {
    const found = cycles(
      g([
        ['a.ts', 'b.ts'],
        ['b.ts', 'a.ts', true],
        ['c.ts', 'd.ts'],
      ]),
    );
    expect(found).toEqual([['a.ts', 'b.ts']]);
  });
});
