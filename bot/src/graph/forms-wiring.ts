/**
 * Builds the Forms importer from config: only with Graph (STORE=sharepoint) and at least one
 * mapping. It reads the list Formulierantwoorden on the partnership's site with the app-only
 * token (Sites.Selected), the same as the store. One importer per config, shared by `importeer` and the schedule, so their runs take turns.
 */
import type { Deps } from '../deps.js';
import type { Lease } from '../store/lease.js';
import { appTokenFor } from './app-credential.js';
import { createGraphClient } from './client.js';
import { formsImporter, type FormsImporter } from './forms-import.js';
import { startFormsSchedule, type Every } from './forms-schedule.js';

const cache = new WeakMap<Deps['config'], FormsImporter | null>();

export const formsImporterFor = (deps: Deps): FormsImporter | null => {
  const { config } = deps;
  if (cache.has(config)) return cache.get(config) ?? null;
  const sp = config.sharepoint;
  // No ledger given: the importer remembers imported rows in deps.stores.formsImports, so a row
  // imported before a restart is never imported again (a later cancellation on the card holds).
  const importer =
    sp && config.formsImport.length > 0
      ? formsImporter({ client: createGraphClient({ baseUrl: sp.graphBaseUrl, token: appTokenFor(sp.credentials) }), siteId: sp.siteId }, config.formsImport)
      : null;
  cache.set(config, importer);
  return importer;
};

/** Starts the scheduled import when a form is linked; the stop functions for main.ts (none without forms). */
export const scheduledFormsImport = (deps: Deps, lease: Lease, every?: Every): (() => void)[] => {
  const importer = formsImporterFor(deps);
  if (!importer) return [];
  const schedule = startFormsSchedule(deps, importer, { lease, intervalMinutes: deps.config.formsImportIntervalMinutes, ...(every ? { every } : {}) });
  return [schedule.stop];
};
