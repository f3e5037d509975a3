/**
 * Which environment variables fill themselves and which an administrator sets. Derived from the
 * project files themselves (teamsapp*.yml, infra/azure.bicep), so there is one source of truth.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Secrets: written by the toolkit to env/.env.<env>.user, never to a committed file. */
export const isSecret = (name: string): boolean => name.startsWith('SECRET_');

/** Built-ins the toolkit asks for interactively when they are empty. */
export const PROMPTED = new Set(['AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME']);

/** Settings an administrator may leave empty (the app works without them; see docs/deploy.md). */
export const OPTIONAL = new Set(['COORDINATOR_IDS', 'COORDINATOR_GROUP_ID', 'SHAREPOINT_SITE_ID', 'SHAREPOINT_SCHOOL_SITES']);

/**
 * Stand-ins for values that only exist after `provision`, so a fresh clone can still build and check
 * a package. Recognisable on sight (…-4000-8000-0000000000xx, voorbeeld.*): never upload such a zip.
 */
export const EXAMPLE_VALUES: Readonly<Record<string, string>> = {
  TEAMS_APP_ID: '00000000-0000-4000-8000-000000000a01',
  BOT_ID: '00000000-0000-4000-8000-000000000b01',
  AAD_APP_CLIENT_ID: '00000000-0000-4000-8000-000000000c01',
  BOT_DOMAIN: 'samen-verder.voorbeeld.azurewebsites.net',
  BOT_ENDPOINT: 'https://samen-verder.voorbeeld.azurewebsites.net',
  TAB_DOMAIN: 'samen-verder.voorbeeld.azurewebsites.net',
  TAB_ENDPOINT: 'https://samen-verder.voorbeeld.azurewebsites.net',
};

export const ymlFileOf = (env: string): string => (env === 'local' ? 'teamsapp.local.yml' : 'teamsapp.yml');

interface Action {
  readonly uses?: string;
  readonly with?: { readonly run?: string };
  readonly writeToEnvironmentFile?: Readonly<Record<string, string>>;
}

/** Outputs an action writes without being asked (aadApp/update generates the scope id when empty). */
const IMPLICIT_OUTPUTS: Readonly<Record<string, readonly string[]>> = {
  'aadApp/update': ['AAD_APP_ACCESS_AS_USER_PERMISSION_ID'],
};

/** Names an action writes: writeToEnvironmentFile values, implicit outputs, `::set-teamsfx-env NAME=`. */
const writtenBy = (action: Action): string[] => [
  ...Object.values(action.writeToEnvironmentFile ?? {}),
  ...(IMPLICIT_OUTPUTS[action.uses ?? ''] ?? []),
  ...[...(action.with?.run ?? '').matchAll(/::set-teamsfx-env\s+([A-Za-z_][A-Za-z0-9_]*)=/g)].map((m) => m[1] ?? ''),
];

export const writtenByYml = (ymlText: string): string[] => {
  const doc = parse(ymlText) as Record<string, Action[] | undefined>;
  const stages = ['provision', 'deploy', 'publish'].flatMap((stage) => doc[stage] ?? []);
  return stages.flatMap(writtenBy);
};

/** Bicep outputs: arm/deploy writes each one to the env file under its own name. */
export const bicepOutputs = (bicepText: string): string[] =>
  [...bicepText.matchAll(/^output\s+([A-Za-z_][A-Za-z0-9_]*)\s/gm)].map((m) => m[1] ?? '');

/** Everything provisioning fills in for this environment. */
export const provisionedNames = (root: string, env: string): Set<string> => {
  const yml = readFileSync(join(root, ymlFileOf(env)), 'utf8');
  const usesArm = /uses:\s*arm\/deploy/.test(yml);
  const bicepPath = join(root, 'infra', 'azure.bicep');
  const outputs = usesArm && existsSync(bicepPath) ? bicepOutputs(readFileSync(bicepPath, 'utf8')) : [];
  return new Set([...writtenByYml(yml), ...outputs]);
};
