/**
 * Checks a filled-in app package before it is zipped: the official manifest and localization
 * schemas (draft-04, ajv-draft-04), then the rules Teams applies that a schema cannot say.
 * Every complaint is a Dutch sentence naming the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';

export const MANIFEST_VERSION = '1.22';

const compile = (schemaPath: string): ValidateFunction => {
  const { id: _id, ...schema } = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  // unicodeRegExp off: the localization schema has patterns (`\b]`) that only parse without the u flag.
  const ajv = new Ajv04({ strict: false, allErrors: true, unicodeRegExp: false });
  // Formats the schemas use (uri) are not checked by ajv without ajv-formats; the rules below check URLs.
  ajv.addFormat('uri', true);
  return ajv.compile(schema);
};

export interface Schemas {
  readonly manifest: ValidateFunction;
  readonly localization: ValidateFunction;
}

const compiled = new Map<string, Schemas>();

/** Compiled once per folder and version (compiling the manifest schema takes a few hundred ms). */
export const loadSchemas = (dir: string, version = MANIFEST_VERSION): Schemas => {
  const key = `${dir}|${version}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  const schemas = {
    manifest: compile(join(dir, `MicrosoftTeams.v${version}.schema.json`)),
    localization: compile(join(dir, `MicrosoftTeams.Localization.v${version}.schema.json`)),
  };
  compiled.set(key, schemas);
  return schemas;
};

export const schemaErrors = (validate: ValidateFunction, json: unknown, file: string): string[] =>
  validate(json) ? [] : (validate.errors ?? []).map((e) => `${file}: ${e.instancePath || '(root)'} ${e.message ?? ''}`.trim());

type Json = Record<string, unknown>;

const hostOf = (url: string): string | null => {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
};

/** The URLs Teams loads in an iframe, each with where it sits in the manifest. */
const loadedUrls = (m: Json): Array<readonly [string, string]> => {
  const tabs = (m.staticTabs as Json[] | undefined) ?? [];
  const config = (m.configurableTabs as Json[] | undefined) ?? [];
  return [
    ...config.map((t, i) => [`configurableTabs[${i}].configurationUrl`, String(t.configurationUrl)] as const),
    ...tabs.flatMap((t, i) =>
      (['contentUrl', 'websiteUrl'] as const).filter((k) => t[k] !== undefined).map((k) => [`staticTabs[${i}].${k}`, String(t[k])] as const),
    ),
  ];
};

/** Rules beyond the schema: https only, every loaded host and the SSO resource in validDomains. */
export const manifestRuleErrors = (m: Json): string[] => {
  const errors: string[] = [];
  const domains = new Set((m.validDomains as string[] | undefined) ?? []);
  for (const [where, url] of loadedUrls(m)) {
    if (!url.startsWith('https://')) errors.push(`manifest.json: ${where} moet met https:// beginnen (nu: ${url})`);
    const host = hostOf(url);
    if (host && !domains.has(host)) errors.push(`manifest.json: ${where} gebruikt ${host}, dat niet in validDomains staat`);
  }
  const sso = m.webApplicationInfo as Json | undefined;
  const resource = typeof sso?.resource === 'string' ? sso.resource : '';
  const match = resource.match(/^api:\/\/([^/]+)\/(.+)$/);
  if (!match) errors.push(`manifest.json: webApplicationInfo.resource moet api://<domein>/<client-id> zijn (nu: ${resource})`);
  else if (!domains.has(match[1] ?? '')) errors.push(`manifest.json: het domein van webApplicationInfo.resource (${match[1]}) staat niet in validDomains`);
  else if (match[2] !== sso?.id) errors.push('manifest.json: webApplicationInfo.resource moet eindigen op webApplicationInfo.id');
  return errors;
};

/** The localizable strings of a manifest, keyed as Teams' localization files key them. */
export const localizableStrings = (m: Json): Map<string, string> => {
  const out = new Map<string, string>();
  const name = m.name as Json;
  const description = m.description as Json;
  out.set('name.short', String(name.short));
  if (name.full !== undefined) out.set('name.full', String(name.full));
  out.set('description.short', String(description.short));
  out.set('description.full', String(description.full));
  ((m.staticTabs as Json[] | undefined) ?? []).forEach((t, i) => t.name !== undefined && out.set(`staticTabs[${i}].name`, String(t.name)));
  const bot = ((m.bots as Json[] | undefined) ?? [])[0];
  ((bot?.commandLists as Json[] | undefined) ?? []).forEach((list, l) =>
    (list.commands as Json[]).forEach((c, i) => {
      out.set(`bots[0].commandLists[${l}].commands[${i}].title`, String(c.title));
      out.set(`bots[0].commandLists[${l}].commands[${i}].description`, String(c.description));
    }),
  );
  return out;
};

/**
 * A localization file translates every localizable string of the manifest and nothing else; the
 * default language's file says exactly what the manifest says.
 */
export const localizationRuleErrors = (m: Json, file: string, strings: Json, isDefault: boolean): string[] => {
  const expected = localizableStrings(m);
  const keys = Object.keys(strings).filter((k) => k !== '$schema');
  const missing = [...expected.keys()].filter((k) => !(k in strings)).map((k) => `${file}: vertaling ontbreekt voor ${k}`);
  const extra = keys.filter((k) => !expected.has(k)).map((k) => `${file}: ${k} bestaat niet in het manifest`);
  const differs = isDefault
    ? [...expected].filter(([k, v]) => k in strings && strings[k] !== v).map(([k]) => `${file}: ${k} wijkt af van manifest.json (standaardtaal)`)
    : [];
  return [...missing, ...extra, ...differs];
};
