/**
 * POST handlers in src/routes/** and whether each validates its body through zod (`formValidator`, which
 * wraps @hono/zod-validator, or `zValidator` directly) before the handler runs.
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

const VALIDATORS = /^(formValidator|zValidator)$/;

export function postHandlers(root: string, files: string[]): PostHandler[] {
  const out: PostHandler[] = [];
  for (const file of files.filter((f) => f.startsWith('src/routes/'))) {
    const text = readFileSync(join(root, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'post' &&
        node.arguments.length >= 2 &&
        ts.isStringLiteralLike(node.arguments[0]!)
      ) {
        const validated = node.arguments.slice(1, -1).some(
          (a) =>
            (ts.isCallExpression(a) && ts.isIdentifier(a.expression) && VALIDATORS.test(a.expression.text)) ||
            // A validator built once and shared by several handlers of the same form.
            (ts.isIdentifier(a) && /(Validator|validator|Valid)$/.test(a.text)),
        );
        out.push({
          file,
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
