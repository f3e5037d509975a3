/** Test support: a throwaway copy of the files the app package is built from, and where things are. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** The official Teams manifest schemas, vendored in the repo (source: test/schemas/README.md). */
export const MANIFEST_SCHEMAS = fileURLToPath(new URL('../../appPackage/schema', import.meta.url));
export const ENVS = ['local', 'dev'] as const;

const COPIED = ['appPackage/manifest.template.json', 'appPackage/nl-NL.json', 'appPackage/en-US.json', 'appPackage/color.png', 'appPackage/outline.png', 'appPackage/schema', 'env', 'teamsapp.yml', 'teamsapp.local.yml', 'infra/azure.bicep'];

export interface Project {
  readonly root: string;
  write(path: string, text: string): void;
  remove(): void;
}

export const copyProject = (): Project => {
  const root = mkdtempSync(join(tmpdir(), 'samen-app-package-'));
  for (const path of COPIED) cpSync(join(REPO, path), join(root, path), { recursive: true });
  return {
    root,
    write: (path, text) => writeFileSync(join(root, path), text),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
};
