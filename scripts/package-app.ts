/**
 * `npm run package -- --env local|dev [--strict]`: writes appPackage/build/appPackage.<env>.zip
 * (manifest.json, icons, localization files) from appPackage/manifest.template.json and
 * env/.env.<env>, after checking it against the official Teams manifest schema.
 * --strict refuses stand-in ids (use it for a package you are going to upload).
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildAppPackage, PackageError } from './app-package/build.js';
import { EnvFileMissing } from './app-package/env-file.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const main = async (): Promise<number> => {
  const { values } = parseArgs({ options: { env: { type: 'string', default: 'dev' }, strict: { type: 'boolean', default: false } } });
  try {
    const result = await buildAppPackage({ root, env: values.env ?? 'dev', strict: values.strict ?? false });
    for (const warning of result.warnings) console.warn(`Let op: ${warning}`);
    console.log(`App-pakket geschreven: ${result.zipPath} (${result.files.join(', ')})`);
    return 0;
  } catch (err) {
    if (err instanceof PackageError || err instanceof EnvFileMissing) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
};

process.exitCode = await main();
