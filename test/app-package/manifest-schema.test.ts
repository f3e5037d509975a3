import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAppPackage, PackageError } from '../../scripts/app-package/build.js';
import { loadSchemas, MANIFEST_VERSION, schemaErrors } from '../../scripts/app-package/validate.js';
import { copyProject, ENVS, REPO, MANIFEST_SCHEMAS, type Project } from './project.js';

const official = loadSchemas(MANIFEST_SCHEMAS);
const template = readFileSync(join(REPO, 'appPackage/manifest.template.json'), 'utf8');

let project: Project;
beforeEach(() => { project = copyProject(); });
afterEach(() => { project.remove(); });

const zipped = async (zipPath: string, file: string): Promise<unknown> => {
  const zip = await JSZip.loadAsync(readFileSync(join(project.root, zipPath)));
  return JSON.parse((await zip.file(file)?.async('string')) ?? 'null');
};

describe('app package: the official Teams schema', () => {
  it.each(ENVS)('builds a %s package from a fresh clone whose manifest passes the official schema', async (env) => {
    const result = await buildAppPackage({ root: project.root, env, schemaDir: MANIFEST_SCHEMAS });
    const manifest = await zipped(result.zipPath, 'manifest.json');
    expect(schemaErrors(official.manifest, manifest, 'manifest.json')).toEqual([]);
    expect(manifest).toMatchObject({ manifestVersion: MANIFEST_VERSION, $schema: expect.stringContaining(`/v${MANIFEST_VERSION}/`) });
  });

  it.each(['nl-NL.json', 'en-US.json'])('ships %s, which passes the official localization schema', async (file) => {
    const result = await buildAppPackage({ root: project.root, env: 'dev', schemaDir: MANIFEST_SCHEMAS });
    expect(schemaErrors(official.localization, await zipped(result.zipPath, file), file)).toEqual([]);
  });

});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test pokes into arbitrary manifest JSON
type Loose = any;

const broken = (edit: (m: Loose) => void): string => {
  const m = JSON.parse(template) as Loose;
  edit(m);
  return JSON.stringify(m);
};

describe('app package: a broken manifest is refused', () => {
  it.each([
    ['without a developer', broken((m) => delete m.developer), /manifest\.json: \(root\) must have required property 'developer'/],
    ['with a short name over 30 characters', broken((m) => (m.name.short = 'Samen Verder voor alle scholen in de regio')), /\/name\/short must NOT have more than 30 characters/],
    ['with a bot id that is not a GUID', broken((m) => (m.bots[0].botId = 'mijn-bot')), /\/bots\/0\/botId must match pattern/],
    ['with an unknown bot scope', broken((m) => (m.bots[0].scopes = ['personal', 'channel'])), /\/bots\/0\/scopes\/1 must be equal to one of the allowed values/],
    ['with a tab on plain http', broken((m) => (m.configurableTabs[0].configurationUrl = 'http://${{TAB_DOMAIN}}/#/config')), /configurationUrl moet met https:\/\/ beginnen/],
    ['with a tab host missing from validDomains', broken((m) => (m.validDomains = ['elders.example.org'])), /gebruikt .* dat niet in validDomains staat/],
    ['with an SSO resource for another app', broken((m) => (m.webApplicationInfo.resource = 'api://${{TAB_DOMAIN}}/${{BOT_ID}}')), /moet eindigen op webApplicationInfo.id/],
    ['with a command the translations do not know', broken((m) => m.bots[0].commandLists[0].commands.push({ title: 'agenda', description: 'Agenda' })), /en-US\.json: vertaling ontbreekt voor bots\[0\]\.commandLists\[0\]\.commands\[\d+\]\.title/],
    ['whose default-language file says something else', broken((m) => (m.description.short = 'Iets anders')), /nl-NL\.json: description\.short wijkt af van manifest\.json/],
  ])('refuses a manifest %s, naming the problem', async (_name, templateText, message) => {
    const build = buildAppPackage({ root: project.root, env: 'dev', schemaDir: MANIFEST_SCHEMAS, templateText });
    await expect(build).rejects.toBeInstanceOf(PackageError);
    await expect(build).rejects.toThrow(message);
  });

  it('lists every placeholder that has no value, and writes no zip', async () => {
    const templateText = template.replace('"Samen Verder"', '"${{APP_SHORT_NAME}}"').replace('${{DEVELOPER_NAME}}', '${{PUBLISHER}}');
    const build = buildAppPackage({ root: project.root, env: 'dev', schemaDir: MANIFEST_SCHEMAS, templateText });
    await expect(build).rejects.toThrow('niet ingevulde placeholders in env/.env.dev: APP_SHORT_NAME, PUBLISHER.');
  });

  it('refuses stand-in ids with --strict until provisioning has filled them in', async () => {
    const build = buildAppPackage({ root: project.root, env: 'dev', strict: true, schemaDir: MANIFEST_SCHEMAS });
    await expect(build).rejects.toThrow(/AAD_APP_CLIENT_ID, BOT_ID, TAB_DOMAIN, TAB_ENDPOINT, TEAMS_APP_ID\. Draai eerst `provision`/);
  });

  it('says which environment is unknown', async () => {
    await expect(buildAppPackage({ root: project.root, env: 'prod' })).rejects.toThrow(/Omgeving "prod" onbekend/);
  });
});
