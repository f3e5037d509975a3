/**
 * The SOP as a PDF of exactly one A4 page, rendered on the server with pdf-lib (pure JS, standard
 * Helvetica: no font files, and its metrics let the layout be measured before anything is drawn).
 * The body starts at 10.5 pt and shrinks in half points down to 8 pt until everything fits; below
 * that the text is too long to read on one page and the export is refused (SOP.DOES_NOT_FIT).
 */
import { PDFDocument, PageSizes, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import { fail, ok, type Result } from '@samen/shared';
import type { SopDocument } from './sop-document.js';

const [WIDTH, HEIGHT] = PageSizes.A4;
const MARGIN = 50;
const TEXT_WIDTH = WIDTH - 2 * MARGIN;
export const SOP_FONT_SIZES = [10.5, 10, 9.5, 9, 8.5, 8] as const;

interface Line {
  readonly text: string;
  readonly font: PDFFont;
  readonly size: number;
  /** Space above the line. */
  readonly before: number;
  readonly color?: ReturnType<typeof rgb>;
}

/** Only what the standard font can encode (WinAnsi); anything else becomes '?'. */
const encodable = (font: PDFFont, text: string): string => {
  const known = new Set(font.getCharacterSet());
  return [...text.replace(/\t/g, ' ')].map((c) => (known.has(c.codePointAt(0) ?? -1) ? c : '?')).join('');
};

/** Greedy word wrap at spaces; a word longer than the line is cut. */
const wrap = (text: string, font: PDFFont, size: number): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (font.widthOfTextAtSize(candidate, size) <= TEXT_WIDTH) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    let rest = word;
    while (font.widthOfTextAtSize(rest, size) > TEXT_WIDTH) {
      let cut = rest.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > TEXT_WIDTH) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  return lines;
};

const layout = (doc: SopDocument, size: number, regular: PDFFont, bold: PDFFont): Line[] => {
  const grey = rgb(0.3, 0.3, 0.3);
  const lines: Line[] = [];
  const add = (text: string, font: PDFFont, s: number, before: number, color?: ReturnType<typeof rgb>) =>
    wrap(encodable(font, text), font, s).forEach((l, i) => lines.push({ text: l, font, size: s, before: i === 0 ? before : 0, ...(color ? { color } : {}) }));
  add(doc.heading, bold, size + 7, 0);
  add(doc.subheading, regular, size, size * 0.4, grey);
  add(doc.statusLine, regular, size - 1, size * 0.2, grey);
  for (const section of doc.sections) {
    add(section.title, bold, size + 1.5, size * 1.1);
    section.paragraphs.forEach((p, i) => add(p, regular, size, i === 0 ? size * 0.3 : size * 0.35));
  }
  for (const list of doc.lists) {
    add(list.title, bold, size + 1.5, size * 1.1);
    add(list.items.length > 0 ? list.items.join(' · ') : '-', regular, size, size * 0.3);
  }
  return lines;
};

const heightOf = (lines: readonly Line[]): number => lines.reduce((h, l) => h + l.before + l.size * 1.3, 0);

/** One A4 page, or SOP.DOES_NOT_FIT when even the smallest size runs over. */
export const sopPdf = async (doc: SopDocument, meta: { readonly title: string; readonly author: string }): Promise<Result<Uint8Array>> => {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const lines = SOP_FONT_SIZES.map((size) => layout(doc, size, regular, bold)).find((l) => heightOf(l) <= HEIGHT - 2 * MARGIN);
  if (!lines) return fail('SOP.DOES_NOT_FIT');
  const page = pdf.addPage([WIDTH, HEIGHT]);
  let y = HEIGHT - MARGIN;
  for (const line of lines) {
    y -= line.before + line.size * 1.3;
    page.drawText(line.text, { x: MARGIN, y: y + line.size * 0.3, size: line.size, font: line.font, color: line.color ?? rgb(0, 0, 0) });
  }
  pdf.setTitle(encodable(regular, meta.title));
  pdf.setAuthor(encodable(regular, meta.author));
  pdf.setLanguage('nl-NL');
  return ok(await pdf.save());
};
