/// <reference types="vite/client" />
/**
 * The tab's translations. The entry carries none: every catalogue (shared/src/i18n/messages, both
 * languages) comes from one chunk that main.tsx starts loading before React mounts, alongside the
 * sign-in and the first page's reads, and the app renders once it is there. Same strings, same one
 * i18n layer (`t` from @samen/shared); only how they arrive differs from the server, which has them all
 * at start (shared/src/i18n/index.ts).
 */
import { addCatalogue, type Namespace } from '@samen/shared';

/** messages/niveau-templates.ts holds the namespace `niveauTemplates` as `niveauTemplatesNl` and `niveauTemplatesEn`. */
export const namespaceOf = (file: string): string =>
  file
    .replace(/^.*\//, '')
    .replace(/\.ts$/, '')
    .replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

const FILES = import.meta.glob<Record<string, object>>(['../../shared/src/i18n/messages/*.ts', '!**/*.test.ts']);

/** Every catalogue file, read into its namespace (fails on a file that does not follow the naming). */
export const readCatalogues = async (): Promise<Record<string, { nl: object; en: object }>> =>
  Object.fromEntries(
    await Promise.all(
      Object.entries(FILES).map(async ([file, load]) => {
        const ns = namespaceOf(file);
        const module = await load();
        const nl = module[`${ns}Nl`];
        const en = module[`${ns}En`];
        if (!nl || !en) throw new Error(`${file}: geen ${ns}Nl en ${ns}En`);
        return [ns, { nl, en }] as const;
      }),
    ),
  );

let loading: Promise<void> | null = null;

/** Adds every catalogue to the i18n layer (once; later calls get the same promise). */
export const loadCatalogues = (): Promise<void> =>
  (loading ??= readCatalogues().then((all) => {
    for (const [ns, catalogue] of Object.entries(all)) addCatalogue(ns as Namespace, catalogue as never);
  }));
