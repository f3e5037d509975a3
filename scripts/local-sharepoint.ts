/**
 * SharePoint mode without a tenant, for `npm run start:sharepoint` (scripts/start.mjs): starts the
 * repository's Graph fake (test/graph-fake) on 127.0.0.1, adds one partnership site and creates its
 * lists with the real provisioner (`npm run provision:sharepoint`'s own code). Prints one line
 * `SHAREPOINT_ENV {json}` with the environment the server needs (STORE, SHAREPOINT_SITE_ID,
 * GRAPH_BASE_URL: a loopback Graph needs no credentials), then serves until stopped.
 * Everything lives in memory: each start is a fresh site, which the server fills with sample data.
 * A development tool only: production code never imports the fake (dependency-cruiser).
 */
import { startGraphFake, type GraphFake } from '../test/graph-fake/graph-fake.js';
import { run as provision } from './provision-sharepoint.js';

export const SITE_ID = 'samen-verder.sharepoint.local,lokaal,swv';

export interface LocalSharePoint {
  readonly fake: GraphFake;
  readonly env: Readonly<Record<string, string>>;
}

export const startLocalSharePoint = async (print: (line: string) => void = () => {}): Promise<LocalSharePoint> => {
  const fake = await startGraphFake();
  fake.addSite(SITE_ID, 'Samenwerkingsverband (lokaal)');
  const code = await provision(['--site', SITE_ID], { GRAPH_BASE_URL: fake.baseUrl }, print);
  if (code !== 0) {
    await fake.close();
    throw new Error('De lijsten konden niet worden aangemaakt op de lokale Graph-standin.');
  }
  return { fake, env: { STORE: 'sharepoint', SHAREPOINT_SITE_ID: SITE_ID, GRAPH_BASE_URL: fake.baseUrl } };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const { fake, env } = await startLocalSharePoint((line) => {
    if (!line.startsWith('  ')) process.stderr.write(`${line}\n`);
  });
  process.stdout.write(`SHAREPOINT_ENV ${JSON.stringify(env)}\n`);
  const stop = () => void fake.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
