/**
 * Builds the Forms importer from config: only with Graph (STORE=sharepoint) and at least one
 * mapping. It reads the list Formulierantwoorden on the partnership's site with the app-only
 * token (Sites.Selected), the same as the store. Built once by compose.ts and shared through deps by `importeer`
 * and the schedule, so their runs take turns.
 */
import type { Config } from '../config.js';
import type { Deps } from '../deps.js';
import type { Lease } from '../store/lease.js';
import { appTokenFor } from './app-credential.js';
import { createGraphClient } from './client.js';
import { formsImporter, type FormsImporter } from './forms-import.js';
import { startFormsSchedule, type Every } from './forms-schedule.js';

/** The importer for this config (built once, by the composition root), or null without Graph or mappings. */
export const formsImporterOf = (config: Config): FormsImporter | null => {
  const sp = config.sharepoint;
  // No ledger given: the importer remembers imported rows in deps.stores.formsImports, so a row
  // imported before a restart is never imported again (a later cancellation on the card holds).
  return sp && config.formsImport.length > 0
    ? formsImporter({ client: createGraphClient({ baseUrl: sp.graphBaseUrl, token: appTokenFor(sp.credentials) }), siteId: sp.siteId }, config.formsImport)
    : null;
};

/** Starts the scheduled import when a form is linked; the stop functions for main.ts (none without forms). */
export const scheduledFormsImport = (deps: Deps, lease: Lease, every?: Every): (() => void)[] => {
  const importer = deps.formsImporter;
  if (!importer) return [];
  const schedule = startFormsSchedule(deps, importer, { lease, intervalMinutes: deps.config.formsImportIntervalMinutes, ...(every ? { every } : {}) });
  return [schedule.stop];
};
