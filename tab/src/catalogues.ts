/// <reference types="vite/client" />
/**
 * The tab's translations. The entry carries none: every catalogue (shared/src/i18n/messages, both
 * languages) comes from one chunk that main.tsx starts loading at once, alongside the sign-in, the boot
 * call and the app's code; mount.tsx adds them to the one i18n layer (`t` from @samen/shared) before the
 * app renders. Same strings as the server, which has them all at start (shared/src/i18n/index.ts). This
 * module reads them only, so the start-up code does not load i18next.
 */

/** messages/niveau-templates.ts holds the namespace `niveauTemplates` as `niveauTemplatesNl` and `niveauTemplatesEn`. */
export const namespaceOf = (file: string): string =>
  file
    .replace(/^.*\//, '')
    .replace(/\.ts$/, '')
    .replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

const FILES = import.meta.glob<Record<string, object>>(['../../shared/src/i18n/messages/*.ts', '!**/*.test.ts']);

/** Every catalogue file, read into its namespace (fails on a file that does not follow the naming). */
export type CatalogueFiles = Record<string, { nl: object; en: object }>;

export const readCatalogues = async (): Promise<CatalogueFiles> =>
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
