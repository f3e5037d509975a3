/**
 * Builds the Teams app package for one environment: fills the manifest template from
 * env/.env.<env>, validates manifest and localization files, and zips them with the icons.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import { readEnvFile } from './env-file.js';
import { EXAMPLE_VALUES, provisionedNames } from './env-rules.js';
import { fillPlaceholders, jsonStringContent } from './placeholders.js';
import { loadSchemas, localizationRuleErrors, manifestRuleErrors, schemaErrors, type Schemas } from './validate.js';

export const TEMPLATE = 'appPackage/manifest.template.json';

export interface BuildOptions {
  readonly root: string;
  readonly env: string;
  /** Refuse stand-in values for ids that only exist after provisioning. */
  readonly strict?: boolean;
  /** Folder with the manifest schemas; default appPackage/schema. */
  readonly schemaDir?: string;
  /** Manifest template text instead of the file (tests). */
  readonly templateText?: string;
}

export interface BuildResult {
  readonly zipPath: string;
  readonly manifest: Record<string, unknown>;
  readonly files: readonly string[];
  readonly warnings: readonly string[];
}

/** Problems that stop the build; the message lists them all. */
export class PackageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Het app-pakket is niet gemaakt:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Fixed timestamp: the same input gives the same zip, byte for byte. */
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');

interface Filled {
  readonly text: string;
  readonly warnings: string[];
}

const fillTemplate = (o: BuildOptions, template: string): Filled => {
  const values = readEnvFile(o.root, o.env);
  const provisioned = provisionedNames(o.root, o.env);
  const stand = (name: string) => (!o.strict && provisioned.has(name) && !values.get(name) ? EXAMPLE_VALUES[name] : undefined);
  const used = new Set<string>();
  const filled = fillPlaceholders(template, (name) => {
    const value = values.get(name) || stand(name);
    if (value && !values.get(name)) used.add(name);
    return value === undefined ? undefined : jsonStringContent(value);
  });
  if (filled.missing.length > 0) {
    const hint = filled.missing.some((n) => provisioned.has(n)) ? ' Draai eerst `provision` of vul ze zelf in.' : '';
    throw new PackageError([`niet ingevulde placeholders in env/.env.${o.env}: ${filled.missing.join(', ')}.${hint}`]);
  }
  const warnings = used.size
    ? [`nog leeg tot \`provision\`, dus voorbeeldwaarden gebruikt voor ${[...used].sort().join(', ')}: dit pakket is om te controleren, niet om te uploaden (--strict weigert dit).`]
    : [];
  return { text: filled.text, warnings };
};

const readJson = (path: string, label: string): Record<string, unknown> => {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new PackageError([`${label} is geen geldige JSON: ${(err as Error).message}`]);
  }
};

/** The files the manifest points at, relative to appPackage/: icons and localization files. */
const referencedFiles = (m: Record<string, unknown>): { icons: string[]; localizations: Array<{ file: string; isDefault: boolean }> } => {
  const icons = (m.icons ?? {}) as Record<string, string | undefined>;
  const info = (m.localizationInfo ?? {}) as { defaultLanguageFile?: string; additionalLanguages?: Array<{ file: string }> };
  const localizations = [
    ...(info.defaultLanguageFile ? [{ file: info.defaultLanguageFile, isDefault: true }] : []),
    ...(info.additionalLanguages ?? []).map((l) => ({ file: l.file, isDefault: false })),
  ];
  return { icons: [icons.color, icons.outline].filter((f): f is string => typeof f === 'string'), localizations };
};

const validatePackage = (o: BuildOptions, manifest: Record<string, unknown>, schemas: Schemas): string[] => {
  const dir = join(o.root, 'appPackage');
  const problems = [...schemaErrors(schemas.manifest, manifest, 'manifest.json'), ...manifestRuleErrors(manifest)];
  const { icons, localizations } = referencedFiles(manifest);
  for (const icon of icons) if (!existsSync(join(dir, icon))) problems.push(`icoon ontbreekt: appPackage/${icon}`);
  for (const { file, isDefault } of localizations) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      problems.push(`vertaling ontbreekt: appPackage/${file}`);
      continue;
    }
    const strings = readJson(path, file);
    problems.push(...schemaErrors(schemas.localization, strings, file), ...localizationRuleErrors(manifest, file, strings, isDefault));
  }
  return problems;
};

export const buildAppPackage = async (o: BuildOptions): Promise<BuildResult> => {
  const template = o.templateText ?? readFileSync(join(o.root, TEMPLATE), 'utf8');
  const { text, warnings } = fillTemplate(o, template);
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw new PackageError([`manifest.template.json is na invullen geen geldige JSON: ${(err as Error).message}`]);
  }
  const schemas = loadSchemas(o.schemaDir ?? join(o.root, 'appPackage', 'schema'));
  const problems = validatePackage(o, manifest, schemas);
  if (problems.length > 0) throw new PackageError(problems);

  const { icons, localizations } = referencedFiles(manifest);
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date: ZIP_DATE });
  for (const file of [...icons, ...localizations.map((l) => l.file)]) {
    zip.file(file, readFileSync(join(o.root, 'appPackage', file)), { date: ZIP_DATE });
  }
  const outDir = join(o.root, 'appPackage', 'build');
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `appPackage.${o.env}.zip`);
  writeFileSync(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { zipPath: relative(o.root, zipPath), manifest, files: Object.keys(zip.files).sort(), warnings };
};
