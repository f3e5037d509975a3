import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodePng, renderColorIcon, renderOutlineIcon } from '../../scripts/app-package/icons.js';
import { REPO } from './project.js';

const committed = (file: string): PNG => decodePng(readFileSync(join(REPO, 'appPackage', file)));

const pixels = (png: PNG): Array<readonly [number, number, number, number]> =>
  Array.from({ length: png.width * png.height }, (_, i) => [png.data[i * 4]!, png.data[i * 4 + 1]!, png.data[i * 4 + 2]!, png.data[i * 4 + 3]!] as const);

describe('app icons', () => {
  it.each([
    ['color.png', 192],
    ['outline.png', 32],
  ])('%s is %i×%i pixels', (file, size) => {
    const png = committed(file);
    expect([png.width, png.height]).toEqual([size, size]);
  });

  it('draws the outline icon in white on a transparent background only', () => {
    const all = pixels(committed('outline.png'));
    const offending = all.filter(([r, g, b, a]) => a !== 0 && (r !== 255 || g !== 255 || b !== 255));
    expect(offending).toEqual([]);
    const transparent = all.filter(([, , , a]) => a === 0).length;
    const solid = all.filter(([, , , a]) => a === 255).length;
    expect(transparent / all.length).toBeGreaterThan(0.4);
    expect(solid).toBeGreaterThan(60);
  });

  it('fills the colour icon edge to edge, with more than the accent colour on it', () => {
    const all = pixels(committed('color.png'));
    expect(all.every(([, , , a]) => a === 255)).toBe(true);
    const colours = new Set(all.map(([r, g, b]) => `${r},${g},${b}`));
    expect(colours.has('19,112,122')).toBe(true); // the accent colour, #13707A
    expect(colours.has('255,255,255')).toBe(true);
    expect(colours.has('255,200,69')).toBe(true);
  });

  it.each([
    ['color.png', renderColorIcon],
    ['outline.png', renderOutlineIcon],
  ])('%s is what scripts/make-icons.ts draws today', (file, render) => {
    expect(Buffer.compare(committed(file).data, render().data)).toBe(0);
  });
});
