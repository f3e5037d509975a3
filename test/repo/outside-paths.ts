/**
 * Finds relative paths in the repository's tracked text files that lead outside the repository root:
 * `../x` in code, config, scripts and Markdown links, resolved from the folder of the file that names it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const TEXT = /\.(ts|tsx|mts|cts|js|mjs|cjs|json|md|yml|yaml|bicep|html|css|sh|txt)$|(^|\/)(run|Dockerfile)$/;
/** A run of `../` steps and what follows it, up to a quote, space, bracket or backtick. */
const RELATIVE = /(?<![\w.@/-])((?:\.\.\/)+[^\s'"`)\]>,;]*)/g;

export interface OutsidePath {
  readonly file: string;
  readonly line: number;
  readonly path: string;
}

export const trackedFiles = (root: string): string[] =>
  execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\0')
    .filter((f) => f.length > 0 && TEXT.test(f));

/** Every relative path in `text` (a file at `file`, relative to `root`) that resolves outside `root`. */
export const outsidePathsIn = (root: string, file: string, text: string): OutsidePath[] => {
  const found: OutsidePath[] = [];
  const base = path.resolve(root, path.dirname(file));
  text.split('\n').forEach((lineText, i) => {
    for (const match of lineText.matchAll(RELATIVE)) {
      const target = path.resolve(base, match[1] ?? '');
      const inside = path.relative(root, target);
      if (inside.startsWith('..') || path.isAbsolute(inside)) found.push({ file, line: i + 1, path: match[1] ?? '' });
    }
  });
  return found;
};

export const outsidePaths = (root: string): OutsidePath[] =>
  trackedFiles(root).flatMap((file) => outsidePathsIn(root, file, readFileSync(path.join(root, file), 'utf8')));
