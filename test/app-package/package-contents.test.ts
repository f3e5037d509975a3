import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCommand, COMMAND_NAMES } from '../../bot/src/conversation/commands.js';
import { parseRoute } from '../../tab/src/router.js';
import { buildAppPackage } from '../../scripts/app-package/build.js';
import { ACCENT_COLOR } from '../../scripts/app-package/icons.js';
import { copyProject, REPO, type Project } from './project.js';

let project: Project;
beforeEach(() => { project = copyProject(); });
afterEach(() => { project.remove(); });

const openZip = async (zipPath: string) => JSZip.loadAsync(readFileSync(join(project.root, zipPath)));

describe('app package zip', () => {
  it('holds exactly the manifest, both icons and both localization files', async () => {
    const { zipPath } = await buildAppPackage({ root: project.root, env: 'dev' });
    const zip = await openZip(zipPath);
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en-US.json', 'manifest.json', 'nl-NL.json', 'outline.png']);
    for (const file of ['color.png', 'outline.png', 'nl-NL.json', 'en-US.json']) {
      const inZip = await zip.file(file)!.async('nodebuffer');
      expect(inZip.equals(readFileSync(join(REPO, 'appPackage', file)))).toBe(true);
    }
  });

  it('fills the manifest from env/.env.<env>, with no placeholder left', async () => {
    const env = readFileSync(join(project.root, 'env/.env.dev'), 'utf8');
    const provisioned = 'TEAMS_APP_ID=5d1f2c4e-6a1b-4c9d-8e7f-0a1b2c3d4e5f\nBOT_ID=7b0c1d2e-3f40-4a5b-9c6d-7e8f9a0b1c2d\n'
      + 'AAD_APP_CLIENT_ID=9e8d7c6b-5a49-4382-a716-253443526170\nTAB_DOMAIN=samenverder-dev-x1y2z3.azurewebsites.net\n'
      + 'TAB_ENDPOINT=https://samenverder-dev-x1y2z3.azurewebsites.net\n';
    project.write('env/.env.dev', `${env}\n${provisioned}`);
    const result = await buildAppPackage({ root: project.root, env: 'dev', strict: true });
    const text = await (await openZip(result.zipPath)).file('manifest.json')!.async('string');
    expect(text).not.toContain('${{');
    expect(result.warnings).toEqual([]);
    expect(JSON.parse(text)).toMatchObject({
      id: '5d1f2c4e-6a1b-4c9d-8e7f-0a1b2c3d4e5f',
      bots: [{ botId: '7b0c1d2e-3f40-4a5b-9c6d-7e8f9a0b1c2d' }],
      configurableTabs: [{ configurationUrl: 'https://samenverder-dev-x1y2z3.azurewebsites.net/#/config' }],
      validDomains: ['samenverder-dev-x1y2z3.azurewebsites.net'],
      webApplicationInfo: {
        id: '9e8d7c6b-5a49-4382-a716-253443526170',
        resource: 'api://samenverder-dev-x1y2z3.azurewebsites.net/9e8d7c6b-5a49-4382-a716-253443526170',
      },
      accentColor: ACCENT_COLOR,
    });
  });

  it('writes the same bytes for the same input', async () => {
    const first = await buildAppPackage({ root: project.root, env: 'local' });
    const bytes = readFileSync(join(project.root, first.zipPath));
    await buildAppPackage({ root: project.root, env: 'local' });
    expect(readFileSync(join(project.root, first.zipPath)).equals(bytes)).toBe(true);
  });
});

describe('manifest content', () => {
  const manifest = JSON.parse(readFileSync(join(REPO, 'appPackage/manifest.template.json'), 'utf8'));
  const en = JSON.parse(readFileSync(join(REPO, 'appPackage/en-US.json'), 'utf8')) as Record<string, string>;
  const personal = manifest.bots[0].commandLists[0].commands as Array<{ title: string }>;

  // Teams shows at most 10 commands per list (manifest schema, maxItems 10); the bot knows more
  // (aanwezigheid, programma, selectie, uitzondering), and the help card names every one of them.
  it('lists up to 10 chat commands in Dutch, each one a different command the bot understands', () => {
    const names = personal.map((c) => parseCommand(c.title)?.name);
    expect(personal.length).toBeGreaterThan(0);
    expect(personal.length).toBeLessThanOrEqual(10);
    expect(names.every((n) => n !== undefined && (COMMAND_NAMES as readonly string[]).includes(n))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists the English command titles the bot also understands, as the same commands', () => {
    const english = personal.map((_, i) => en[`bots[0].commandLists[0].commands[${i}].title`] ?? '');
    expect(english.map((title) => parseCommand(title)?.name)).toEqual(personal.map((c) => parseCommand(c.title)?.name));
  });

  it.each([
    ['the channel tab configuration', manifest.configurableTabs[0].configurationUrl, 'config'],
    ['the personal tab Mijn bijeenkomsten', manifest.staticTabs[1].contentUrl, 'bijeenkomsten'],
  ])('points %s at a page the tab has', (_name, url: string, page) => {
    expect(parseRoute(url.slice(url.indexOf('#'))).page).toBe(page);
  });
});
