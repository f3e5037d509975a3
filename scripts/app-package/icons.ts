/**
 * The app's two icons, drawn in code: two interlocking rings — two parties (the partnership and a
 * school) that go on together. `color.png` (192×192): white and yellow rings on the accent colour;
 * `outline.png` (32×32): the same rings in white on a transparent background, as Teams requires.
 */
import { PNG } from 'pngjs';

export type Rgb = readonly [number, number, number];

export const ACCENT_COLOR = '#13707A';
const ACCENT: Rgb = [0x13, 0x70, 0x7a];
const WHITE: Rgb = [255, 255, 255];
const YELLOW: Rgb = [0xff, 0xc8, 0x45];

/** Samples per pixel along each axis (anti-aliasing by supersampling). */
const SUPERSAMPLE = 4;

interface RingsLayout {
  readonly size: number;
  readonly radius: number;
  readonly stroke: number;
  /** Distance between the two centres. */
  readonly spread: number;
  /** Space left open where one ring passes over the other. */
  readonly gap: number;
}

const COLOR_LAYOUT: RingsLayout = { size: 192, radius: 38, stroke: 14, spread: 40, gap: 4 };
const OUTLINE_LAYOUT: RingsLayout = { size: 32, radius: 7.5, stroke: 2.6, spread: 8, gap: 1.1 };

/** Distance from p to the stroke of a ring (≤ 0 inside the stroke). */
const ringDistance = (x: number, y: number, cx: number, cy: number, l: RingsLayout): number =>
  Math.abs(Math.hypot(x - cx, y - cy) - l.radius) - l.stroke / 2;

/**
 * Which ring covers a point: 'a' (left), 'b' (right) or null. Above the middle line the left ring
 * lies on top, below it the right one, so they interlock; the lower ring stays open by `gap`.
 */
export const ringAt = (x: number, y: number, l: RingsLayout): 'a' | 'b' | null => {
  const mid = l.size / 2;
  const da = ringDistance(x, y, mid - l.spread / 2, mid, l);
  const db = ringDistance(x, y, mid + l.spread / 2, mid, l);
  const aOnTop = y < mid;
  if (aOnTop) {
    if (da <= 0) return 'a';
    return db <= 0 && da > l.gap ? 'b' : null;
  }
  if (db <= 0) return 'b';
  return da <= 0 && db > l.gap ? 'a' : null;
};

/** One RGBA pixel per call: the average over SUPERSAMPLE² samples of `paint`. */
const render = (size: number, paint: (x: number, y: number) => readonly [Rgb, number]): PNG => {
  const png = new PNG({ width: size, height: size });
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const [rgb, alpha] = paint(px + (sx + 0.5) / SUPERSAMPLE, py + (sy + 0.5) / SUPERSAMPLE);
          r += rgb[0] * alpha; g += rgb[1] * alpha; b += rgb[2] * alpha; a += alpha;
        }
      }
      const i = (py * size + px) * 4;
      // Colour is premultiplied while averaging; un-premultiply so partly covered edges keep their hue.
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((a / n) * 255);
    }
  }
  return png;
};

/** 192×192, opaque: white ring and yellow ring on the accent colour. */
export const renderColorIcon = (): PNG =>
  render(COLOR_LAYOUT.size, (x, y) => {
    const ring = ringAt(x, y, COLOR_LAYOUT);
    return [ring === 'a' ? WHITE : ring === 'b' ? YELLOW : ACCENT, 1];
  });

/** 32×32: white rings, everything else fully transparent. */
export const renderOutlineIcon = (): PNG =>
  render(OUTLINE_LAYOUT.size, (x, y) => (ringAt(x, y, OUTLINE_LAYOUT) ? [WHITE, 1] : [WHITE, 0]));

export const encodePng = (png: PNG): Buffer => PNG.sync.write(png, { colorType: 6 });
export const decodePng = (bytes: Buffer): PNG => PNG.sync.read(bytes);
