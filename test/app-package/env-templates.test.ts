import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseEnvFile } from '../../scripts/app-package/env-file.js';
import { bicepOutputs, isSecret, OPTIONAL, PROMPTED, provisionedNames, ymlFileOf } from '../../scripts/app-package/env-rules.js';
import { placeholdersIn } from '../../scripts/app-package/placeholders.js';
import { ENVS, REPO } from './project.js';

const read = (path: string): string => readFileSync(join(REPO, path), 'utf8');
const envOf = (env: string) => parseEnvFile(read(`env/.env.${env}`));

/** The files whose placeholders the toolkit (or `npm run package`) fills for an environment. */
const filesFor = (env: string): string[] => [
  'appPackage/manifest.template.json',
  'infra/aad.manifest.json',
  ymlFileOf(env),
  ...(env === 'local' ? [] : ['infra/azure.parameters.json']),
];

const placeholdersFor = (env: string): Array<readonly [string, string]> =>
  filesFor(env).flatMap((file) => placeholdersIn(read(file)).map((name) => [file, name] as const));

describe('env templates', () => {
  it.each(ENVS)('give every placeholder used for %s a value, or say who fills it in', (env) => {
    const values = envOf(env);
    const provisioned = provisionedNames(REPO, env);
    const unexplained = placeholdersFor(env)
      .filter(([, name]) => !isSecret(name))
      .filter(([, name]) => !(values.has(name) && (values.get(name) !== '' || provisioned.has(name) || PROMPTED.has(name) || OPTIONAL.has(name))))
      .map(([file, name]) => `${file}: ${name}`);
    expect(unexplained).toEqual([]);
  });

  it.each(ENVS)('keep no secret in env/.env.%s: every SECRET_ placeholder is written by provisioning to the .user file', (env) => {
    const values = envOf(env);
    expect([...values.keys()].filter(isSecret)).toEqual([]);
    const secrets = placeholdersFor(env).filter(([, name]) => isSecret(name)).map(([, name]) => name);
    expect(secrets.length).toBeGreaterThan(0);
    expect(secrets.filter((name) => !provisionedNames(REPO, env).has(name))).toEqual([]);
  });

  it.each(ENVS)('declare in env/.env.%s every value provisioning writes back', (env) => {
    const declared = envOf(env);
    const undeclared = [...provisionedNames(REPO, env)].filter((name) => !isSecret(name) && !declared.has(name));
    expect(undeclared).toEqual([]);
  });
});

describe('teamsapp.yml and infra', () => {
  it.each(['teamsapp.yml', 'teamsapp.local.yml'])('%s uses the toolkit file format v1.11 and builds the package from the template', (file) => {
    const doc = parse(read(file)) as { version: string; provision: Array<{ uses: string; with?: { manifestPath?: string } }> };
    expect(doc.version).toBe('v1.11');
    const uses = doc.provision.map((a) => a.uses);
    expect(uses).toEqual(expect.arrayContaining(['teamsApp/create', 'aadApp/create', 'aadApp/update', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/update']));
    const manifestPaths = doc.provision.flatMap((a) => (a.with?.manifestPath?.startsWith('./appPackage') ? [a.with.manifestPath] : []));
    expect(new Set(manifestPaths)).toEqual(new Set(['./appPackage/manifest.template.json']));
  });

  it('creates single-tenant Entra apps only', () => {
    for (const file of ['teamsapp.yml', 'teamsapp.local.yml']) {
      const audiences = [...read(file).matchAll(/signInAudience:\s*(\S+)/g)].map((m) => m[1]);
      expect(new Set(audiences)).toEqual(new Set(['AzureADMyOrg']));
    }
    expect(read('infra/azure.bicep')).toMatch(/msaAppType: 'SingleTenant'/);
  });

  it('passes the bicep template exactly the parameters it declares, every required one included', () => {
    const bicep = read('infra/azure.bicep');
    const declared = [...bicep.matchAll(/^param\s+(\w+)\s+\w+(\s*=)?/gm)].map((m) => ({ name: m[1] ?? '', required: !m[2] }));
    const given = Object.keys((JSON.parse(read('infra/azure.parameters.json')) as { parameters: object }).parameters);
    expect(given.filter((name) => !declared.some((d) => d.name === name))).toEqual([]);
    expect(declared.filter((d) => d.required && !given.includes(d.name)).map((d) => d.name)).toEqual([]);
  });

  it('gives secrets to bicep only as @secure() parameters and to the app only as Key Vault references', () => {
    const bicep = read('infra/azure.bicep');
    for (const name of ['botAadAppClientSecret', 'ssoAadAppClientSecret', 'linkSecret', 'surveyMarkerSecret']) {
      expect(bicep).toMatch(new RegExp(`@secure\\(\\)\\s*\\nparam ${name} `));
    }
    for (const setting of ['BOT_PASSWORD', 'GRAPH_CLIENT_SECRET', 'AZURE_STORAGE_CONNECTION_STRING', 'LINK_SECRET', 'SURVEY_MARKER_SECRET']) {
      expect(bicep).toMatch(new RegExp(`${setting}: '@Microsoft\\.KeyVault\\(SecretUri=`));
    }
  });

  it('keeps the survey marker key across provisions: made only when env/.env.<env>.user has none, never defaulted in bicep', () => {
    const bicep = read('infra/azure.bicep');
    expect(bicep).toMatch(/@secure\(\)\s*\nparam surveyMarkerSecret string\s*\n/);
    const run = (parse(read('teamsapp.yml')) as { provision: Array<{ with?: { run?: string } }> }).provision.map((a) => a.with?.run ?? '').find((r) => r.includes('SECRET_SURVEY_MARKER'));
    expect(run).toMatch(/if \(!process\.env\.SECRET_SURVEY_MARKER\)/);
  });

  it('outputs the endpoints the manifest and the deploy step read', () => {
    expect(bicepOutputs(read('infra/azure.bicep'))).toEqual(
      expect.arrayContaining(['BOT_AZURE_APP_SERVICE_RESOURCE_ID', 'TAB_DOMAIN', 'TAB_ENDPOINT', 'BOT_DOMAIN', 'BOT_ENDPOINT']),
    );
  });
});
