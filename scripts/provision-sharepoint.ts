/**
 * npm run provision:sharepoint -- [--dry-run] [--site <site-id>] [--school-site <site-id> ...]
 *
 * Creates or updates the lists of infra/sharepoint/lists.ts through Microsoft Graph: the central
 * lists (and, without separate school sites, the school lists) on the partnership's site, the
 * school lists on each --school-site. Idempotent; --dry-run only prints what would change, per list
 * and column (+ add, ~ repair, ! needs a person). Exit code 1 when a column needs a person.
 * Site and Graph credentials come from the same settings as the app (SHAREPOINT_SITE_ID,
 * GRAPH_BASE_URL, GRAPH_TENANT_ID/GRAPH_CLIENT_ID/GRAPH_CLIENT_SECRET).
 */
import { parseArgs } from 'node:util';
import { listsOf } from '../infra/sharepoint/lists.js';
import { provisionSite } from '../infra/sharepoint/provision.js';
import { loadConfig } from '../bot/src/config.js';
import { appTokenFor } from '../bot/src/graph/app-credential.js';
import { createGraphClient, statusOf } from '../bot/src/graph/client.js';

/**
 * SharePoint refused: with Sites.Selected the app's everyday role `write` may read and write items but not
 * create lists or columns; that takes `fullcontrol`, given for the provisioning run only.
 */
const refusedOn = (siteId: string, status: number): string =>
  `SharePoint weigert de app op site ${siteId} (HTTP ${status}): lijsten en kolommen aanmaken of wijzigen vraagt de rol ` +
  'FullControl (Sites.Selected), meer dan de rol Write waarmee de app gewoon werkt. Geef de app tijdelijk FullControl op deze site ' +
  '(bijv. Grant-PnPAzureADAppSitePermission ... -Permissions FullControl), draai dit opnieuw, en zet het recht daarna terug op Write ' +
  '(SWV-site) of haal het weg (schoolsite). Zie docs/deploy.md, stap 5.';

export const run = async (argv: readonly string[], env: Record<string, string | undefined>, print: (line: string) => void): Promise<number> => {
  const { values } = parseArgs({
    args: [...argv],
    options: { 'dry-run': { type: 'boolean', default: false }, site: { type: 'string' }, 'school-site': { type: 'string', multiple: true } },
  });
  const config = loadConfig({ ...env, STORE: 'sharepoint', ...(values.site ? { SHAREPOINT_SITE_ID: values.site } : {}) });
  const sp = config.sharepoint;
  if (!sp) return 1;
  const client = createGraphClient({ baseUrl: sp.graphBaseUrl, token: appTokenFor(sp.credentials) });
  const schoolSites = values['school-site'] ?? [];
  const targets = [
    { siteId: sp.siteId, specs: [...listsOf('central'), ...(schoolSites.length === 0 ? listsOf('school') : [])] },
    ...schoolSites.map((siteId) => ({ siteId, specs: listsOf('school') })),
  ];
  const dryRun = values['dry-run'] ?? false;
  let manual = 0;
  for (const target of targets) {
    let changes: Awaited<ReturnType<typeof provisionSite>>;
    try {
      changes = await provisionSite(client, target.siteId, target.specs, { dryRun });
    } catch (e) {
      const status = statusOf(e);
      if (status !== 401 && status !== 403) throw e;
      print(refusedOn(target.siteId, status));
      return 1;
    }
    const repairable = changes.filter((c) => c.kind !== 'manual').length;
    manual += changes.length - repairable;
    const summary = changes.length === 0 ? 'niets te doen' : `${repairable} wijziging(en)${repairable === changes.length ? '' : `, ${changes.length - repairable} met de hand`}`;
    print(`${dryRun ? 'Plan voor' : 'Bijgewerkt:'} site ${target.siteId}: ${summary}`);
    for (const change of changes) print(`  ${change.text}`);
  }
  if (manual > 0) {
    print(`${manual} kolom(men) met een ander type zijn niet aangepast (regels met !): Graph zet het type van een bestaande kolom niet veilig om.`);
    return 1;
  }
  return 0;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  run(process.argv.slice(2), process.env, (line) => console.log(line)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
