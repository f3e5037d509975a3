/**
 * `npx tsx scripts/make-icons.ts`: draws the app icons (see app-package/icons.ts) and writes
 * appPackage/color.png and appPackage/outline.png. The PNGs are committed; a test checks they
 * still match what this script draws.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodePng, renderColorIcon, renderOutlineIcon } from './app-package/icons.js';

const appPackageDir = fileURLToPath(new URL('../appPackage', import.meta.url));

writeFileSync(`${appPackageDir}color.png`, encodePng(renderColorIcon()));
writeFileSync(`${appPackageDir}outline.png`, encodePng(renderOutlineIcon()));
console.log('Iconen geschreven: appPackage/color.png (192×192), appPackage/outline.png (32×32).');
