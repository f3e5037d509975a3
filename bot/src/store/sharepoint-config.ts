/** STORE=sharepoint settings, validated with the rest of the config (config.ts spreads `sharePointEnv`). */
import { z } from 'zod';
import type { AppCredentials } from '../graph/app-credential.js';
import { graphCredentialsOf, MISSING_CREDENTIALS, withoutTrailingSlash, type GraphEnv } from '../graph/graph-config.js';

const csv = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []));

export const sharePointEnv = {
  /** STORE=sharepoint: the partnership's site id (Graph form: host,siteCollectionId,webId). */
  SHAREPOINT_SITE_ID: z.string().min(1).optional(),
  /** STORE=sharepoint: schools with their own site, "schoolId=siteId" comma separated. */
  SHAREPOINT_SCHOOL_SITES: csv,
};

export interface SharePointConfig {
  readonly siteId: string;
  readonly schoolSites: Readonly<Record<string, string>>;
  readonly graphBaseUrl: string;
  /** null: a loopback Graph stand-in that takes any token. */
  readonly credentials: AppCredentials | null;
}

type SharePointEnv = GraphEnv & { readonly SHAREPOINT_SITE_ID?: string | undefined; readonly SHAREPOINT_SCHOOL_SITES: readonly string[] };

/** The SharePoint settings, or the Dutch reasons they are incomplete. */
export const sharePointFrom = (e: SharePointEnv): SharePointConfig | string[] => {
  const problems: string[] = [];
  if (!e.SHAREPOINT_SITE_ID) problems.push('SHAREPOINT_SITE_ID ontbreekt: het id van de SharePoint-site van het samenwerkingsverband.');
  const schoolSites: Record<string, string> = {};
  for (const pair of e.SHAREPOINT_SCHOOL_SITES) {
    const [school, site] = pair.split('=').map((s) => s.trim());
    if (school && site) schoolSites[school] = site;
    else problems.push(`SHAREPOINT_SCHOOL_SITES: "${pair}" is geen schoolId=siteId.`);
  }
  const graphBaseUrl = withoutTrailingSlash(e.GRAPH_BASE_URL ?? 'https://graph.microsoft.com');
  const credentials = graphCredentialsOf(e, graphBaseUrl);
  if (credentials === 'missing') problems.push(MISSING_CREDENTIALS);
  if (problems.length > 0 || !e.SHAREPOINT_SITE_ID || credentials === 'missing') return problems;
  return { siteId: e.SHAREPOINT_SITE_ID, schoolSites, graphBaseUrl, credentials };
};
