/**
 * The tab's initial JavaScript: what index.html loads before anything renders (entry script plus
 * modulepreloads; lazily imported chunks excluded), gzip-compressed as a server would send it.
 * Measured on the Vite build output (tab/dist) by the tab benchmark and by initial-js.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Issue #17: the entry JavaScript stays within this, gzip. */
export const INITIAL_JS_BUDGET_KB = 150;

/** The script and modulepreload URLs index.html names. */
export const initialScripts = (html: string): string[] => {
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)];
  return [...new Set(srcs.map((m) => m[1]!))];
};

/** KB (one decimal) of gzip over every initial script of the build in `dist`. */
export const initialJsGzipKb = (dist: string): number => {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const bytes = initialScripts(html).reduce((sum, src) => sum + gzipSync(readFileSync(path.join(dist, src.replace(/^\//, '')))).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
};
