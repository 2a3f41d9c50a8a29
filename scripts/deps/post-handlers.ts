/**
 * POST handlers in src/routes/** and whether each validates its body through zod before the handler runs:
 * among its middleware is `formValidator` (src/http/validate.ts, a wrapper of @hono/zod-validator),
 * `zValidator` itself, or a validator our own code builds from those (`buttonValidator`, a route file's
 * `validForm(...)` or `const newForm = formValidator(...)`), found by following the definitions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface PostHandler {
  file: string;
  line: number;
  path: string;
  validated: boolean;
}

const ROOT_VALIDATORS = ['formValidator', 'zValidator', 'fastFormValidator'];

const parse = (root: string, file: string) =>
  ts.createSourceFile(
    file,
    readFileSync(join(root, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );

/** Calls (by callee name) anywhere inside a node. */
function calledNames(node: ts.Node): Set<string> {
  const out = new Set<string>();
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n)) {
      const e = n.expression;
      if (ts.isIdentifier(e)) out.add(e.text);
      else if (ts.isPropertyAccessExpression(e)) out.add(e.name.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return out;
}

/** Functions and constants (in any of the files) whose definition calls a validator, to a fixpoint. */
function validatorNames(sources: ts.SourceFile[]): Set<string> {
  const defs: Array<[string, Set<string>]> = [];
  for (const s of sources)
    ts.forEachChild(s, function visit(n) {
      if (ts.isFunctionDeclaration(n) && n.name && n.body) defs.push([n.name.text, calledNames(n.body)]);
      else if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer)
        defs.push([n.name.text, calledNames(n.initializer)]);
      ts.forEachChild(n, visit);
    });
  const known = new Set(ROOT_VALIDATORS);
  for (let grew = true; grew;) {
    grew = false;
    for (const [name, calls] of defs)
      if (!known.has(name) && [...calls].some((c) => known.has(c))) {
        known.add(name);
        grew = true;
      }
  }
  return known;
}

export function postHandlers(root: string, files: string[]): PostHandler[] {
  const mine = files.filter((f) => f.startsWith('src/routes/') || f.startsWith('src/http/'));
  const sources = mine.map((f) => parse(root, f));
  const validators = validatorNames(sources);
  const out: PostHandler[] = [];
  for (const source of sources.filter((s) => s.fileName.startsWith('src/routes/'))) {
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'post' &&
        node.arguments.length >= 2 &&
        ts.isStringLiteralLike(node.arguments[0]!)
      ) {
        const validated = node.arguments
          .slice(1, -1)
          .some(
            (a) =>
              (ts.isCallExpression(a) && [...calledNames(a)].some((n) => validators.has(n))) ||
              (ts.isIdentifier(a) && validators.has(a.text)),
          );
        out.push({
          file: source.fileName,
          line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
          path: (node.arguments[0] as ts.StringLiteral).text,
          validated,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}
