/**
 * The import graph of the application (src/, db/, views/) and the layer rules it must keep:
 * routes → services → db query modules and pure engines → domain vocabulary; views import only types,
 * constants and i18n. Read by test/architecture.test.ts and by `npm run deps` (counts for humans).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export type Layer = 'http' | 'service' | 'worker' | 'db' | 'engine' | 'domain' | 'view';

export interface Edge {
  from: string;
  to: string;
  /** Only types cross this edge (`import type`, or every named import is a type). */
  typeOnly: boolean;
}

const ROOTS = ['src', 'db', 'views'];
const EXTENSIONS = ['.ts', '.tsx'];

/**
 * What every layer may use: the domain vocabulary (languages, phases, source types, round kinds), field limits,
 * the environment, and the personal-link scheme (how a link is derived, hashed for storage and compared), which
 * the query modules need to store and check links by hash only.
 */
const DOMAIN_FILES = new Set(['src/domain.ts', 'src/limits.ts', 'src/env.ts', 'src/tokens.ts']);

export function layerOf(file: string): Layer {
  if (file.startsWith('views/')) return 'view';
  if (DOMAIN_FILES.has(file)) return 'domain';
  if (file.startsWith('db/')) return 'db';
  if (
    file.startsWith('src/routes/') ||
    file.startsWith('src/http/') ||
    file === 'src/app.ts' ||
    file === 'src/server.ts'
  )
    return 'http';
  if (file.startsWith('src/services/')) return 'service';
  // The worker pool runs engines (and renders the longest previews) off the request thread.
  if (file.startsWith('src/work/')) return 'worker';
  return 'engine';
}

/** Which layers a layer may import values from (type-only imports are free, except into views' rule below). */
const MAY_IMPORT: Record<Layer, Layer[]> = {
  http: ['http', 'service', 'worker', 'db', 'engine', 'domain', 'view'],
  service: ['service', 'worker', 'db', 'engine', 'domain'],
  worker: ['worker', 'engine', 'domain', 'view'],
  db: ['db', 'domain'],
  engine: ['engine', 'domain'],
  domain: ['domain'],
  view: ['view', 'domain'],
};

/** Files only the service layer may import: the audit log is written in the transaction of the change. */
const SERVICE_ONLY = ['db/audit.ts'];

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'migrations' && name !== 'static' && name !== 'node_modules') walk(path, out);
    } else if (EXTENSIONS.some((e) => name.endsWith(e)) && !name.endsWith('.d.ts')) out.push(path);
  }
}

function resolveImport(root: string, fromFile: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(root, dirname(fromFile), spec);
  const candidates = [
    base,
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.js$/, '.tsx'),
    ...EXTENSIONS.map((e) => base + e),
    ...EXTENSIONS.map((e) => join(base, 'index' + e)),
  ];
  for (const c of candidates) {
    try {
      if (statSync(c).isFile()) return relative(root, c);
    } catch {
      /* next candidate */
    }
  }
  return undefined;
}

function importsOf(root: string, file: string): Edge[] {
  const text = readFileSync(join(root, file), 'utf8');
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    false,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const edges: Edge[] = [];
  const add = (spec: string, typeOnly: boolean) => {
    const to = resolveImport(root, file, spec);
    if (to) edges.push({ from: file, to, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named =
        clause?.namedBindings && ts.isNamedImports(clause.namedBindings)
          ? clause.namedBindings.elements
          : undefined;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const named =
        node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      add(
        node.moduleSpecifier.text,
        node.isTypeOnly || (!!named && named.length > 0 && named.every((e) => e.isTypeOnly)),
      );
    } else if (
      ts.isCallExpression(node) &&
      node.arguments.length === 1 &&
      ts.isStringLiteral(node.arguments[0]!) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      add((node.arguments[0] as ts.StringLiteral).text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

export interface Graph {
  files: string[];
  edges: Edge[];
}

export function readGraph(root: string): Graph {
  const files: string[] = [];
  for (const r of ROOTS) walk(join(root, r), files);
  const rel = files.map((f) => relative(root, f)).sort();
  return { files: rel, edges: rel.flatMap((f) => importsOf(root, f)) };
}

export interface Violation {
  from: string;
  to: string;
  rule: string;
}

export function layerViolations(graph: Graph): Violation[] {
  const out: Violation[] = [];
  for (const e of graph.edges) {
    const from = layerOf(e.from);
    const to = layerOf(e.to);
    if (SERVICE_ONLY.includes(e.to) && from !== 'service' && from !== 'db' && !e.typeOnly)
      out.push({ ...e, rule: `${e.to} is written by services only, in the transaction of the change` });
    if (e.typeOnly) continue;
    if (!MAY_IMPORT[from].includes(to)) out.push({ ...e, rule: `${from} may not import values from ${to}` });
  }
  return out;
}

/** Barrels (index files) that mix database modules with pure ones pull the database into engine imports. */
export function mixedBarrels(graph: Graph): string[] {
  const out: string[] = [];
  for (const f of graph.files.filter((f) => /\/index\.tsx?$/.test(f))) {
    const layers = new Set(graph.edges.filter((e) => e.from === f && !e.typeOnly).map((e) => layerOf(e.to)));
    if (layers.has('db') && layers.has('engine')) out.push(f);
  }
  return out;
}

/** Strongly connected components with more than one file (Tarjan), over value and type imports alike. */
export function cycles(graph: Graph, { valuesOnly = false } = {}): string[][] {
  const next = new Map<string, string[]>();
  for (const f of graph.files) next.set(f, []);
  for (const e of graph.edges) if (!valuesOnly || !e.typeOnly) next.get(e.from)?.push(e.to);
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const strong = (v: string) => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (next.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const f of graph.files) if (!idx.has(f)) strong(f);
  return out;
}
