/**
 * The tab's initial JavaScript: everything that runs before the app can render anything, gzip-compressed
 * as a server would send it. That is index.html's inline start, the entry (its script and modulepreloads) with its static
 * imports, and the app it mounts (APP_SHELL: React, Fluent UI, the shell) with its static imports. The
 * entry loads the shell lazily so the sign-in and the boot call start first, but the shell is no less
 * initial for that. Pages and translations, loaded beside it, are not counted here; the tab benchmark
 * reports all JavaScript fetched before the first render as first_screen_js_gzip_kb.
 * Measured on the Vite build output (tab/dist, with its .vite/manifest.json) by the tab benchmark and
 * by initial-js.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Issue #17: the initial JavaScript stays within this, gzip. */
export const INITIAL_JS_BUDGET_KB = 150;

/** The module main.tsx mounts the app from (a key of Vite's manifest). */
export const APP_SHELL = 'src/app/mount.tsx';

/** The script and modulepreload URLs index.html names. */
export const initialScripts = (html: string): string[] => {
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)];
  return [...new Set(srcs.map((m) => m[1]!.replace(/^\//, '')))];
};

interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
}

/** The files (relative to dist) of the entry, the app shell and everything they import statically. */
export const initialFiles = (dist: string): string[] => {
  const files = new Set(initialScripts(readFileSync(path.join(dist, 'index.html'), 'utf8')));
  const manifestPath = path.join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} ontbreekt (build.manifest in tab/vite.config.ts)`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  if (!manifest[APP_SHELL]) throw new Error(`${APP_SHELL} staat niet in het manifest van de build`);
  const seen = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    files.add(chunk.file);
    (chunk.imports ?? []).forEach(visit);
  };
  Object.entries(manifest).filter(([, c]) => c.isEntry).forEach(([key]) => visit(key));
  visit(APP_SHELL);
  return [...files].filter((f) => f.endsWith('.js'));
};

/** The inline scripts of index.html (its early start, tab/src/app/early-boot.ts): initial JavaScript too. */
export const inlineScripts = (dist: string): string[] =>
  [...readFileSync(path.join(dist, 'index.html'), 'utf8').matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((code) => code.trim() !== '');

const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

const gzipBytes = (dist: string, files: readonly string[]): number =>
  files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(dist, f.replace(/^\//, '')))).length, 0);

/** KB (one decimal) of gzip over `files` of the build in `dist`. */
export const gzipKb = (dist: string, files: readonly string[]): number => kb(gzipBytes(dist, files));

/** KB (one decimal) of gzip over the initial JavaScript of the build in `dist`, index.html's inline scripts included. */
export const initialJsGzipKb = (dist: string): number =>
  kb(gzipBytes(dist, initialFiles(dist)) + inlineScripts(dist).reduce((sum, code) => sum + gzipSync(code).length, 0));
