import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Packages npm marks deprecated that came in through exceljs (archiver 5, unzipper 0.10, fast-csv 4). */
const DEPRECATED: [name: string, below?: number][] = [
  ['inflight'],
  ['fstream'],
  ['lodash.isequal'],
  ['rimraf', 4],
  ['glob', 9],
];

describe('production dependencies', () => {
  it('include none of the deprecated transitive packages that have a maintained replacement', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { version?: string; dev?: boolean }>;
    };
    const found = Object.entries(lock.packages)
      .filter(([path, p]) => path && !p.dev)
      .flatMap(([path, p]) => {
        const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
        const major = Number(p.version?.split('.')[0]);
        return DEPRECATED.some(([n, below]) => n === name && (below === undefined || major < below))
          ? [`${name}@${p.version}`]
          : [];
      });
    expect(found).toEqual([]);
  });
});
