/** Builds the Forms importer from config: only with Graph (STORE=sharepoint) and at least one mapping. */
import type { Deps } from '../deps.js';
import { appTokenProvider, localTokenProvider } from './app-credential.js';
import { createGraphClient } from './client.js';
import { formsImporter, memoryLedger, type FormsImporter } from './forms-import.js';

const cache = new WeakMap<Deps['config'], FormsImporter | null>();

export const formsImporterFor = (deps: Deps): FormsImporter | null => {
  const { config } = deps;
  if (cache.has(config)) return cache.get(config) ?? null;
  const sp = config.sharepoint;
  const importer =
    sp && config.formsImport.length > 0
      ? formsImporter(
          createGraphClient({ baseUrl: sp.graphBaseUrl, token: sp.credentials ? appTokenProvider(sp.credentials) : localTokenProvider }),
          config.formsImport,
          // Rows already imported are also recognised by the RSVP rule (a repeat changes nothing);
          // the ledger only saves work within one process.
          memoryLedger(),
        )
      : null;
  cache.set(config, importer);
  return importer;
};
