/**
 * Reads back what the SOP exports contain, the way a reader would see it: the PDF's pages (pdf-lib)
 * and the text drawn on them (content streams inflated, the hex strings of the standard font
 * decoded as WinAnsi, one drawn line per Tj), and the text of a .docx's word/document.xml.
 */
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';

export interface PdfReadBack {
  readonly pages: readonly { readonly width: number; readonly height: number }[];
  /** Every drawn line in order, joined by spaces. */
  readonly text: string;
}

const WIN_ANSI_HIGH: Readonly<Record<number, string>> = { 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x80: '€' };

const decodeHex = (hex: string): string =>
  (hex.match(/.{1,2}/g) ?? []).map((h) => {
    const code = parseInt(h.padEnd(2, '0'), 16);
    return WIN_ANSI_HIGH[code] ?? String.fromCharCode(code);
  }).join('');

export const readPdf = async (bytes: Uint8Array): Promise<PdfReadBack> => {
  const pdf = await PDFDocument.load(bytes);
  const pages = pdf.getPages().map((p) => p.getSize());
  const raw = Buffer.from(bytes).toString('latin1');
  const lines: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      content = m[1] ?? '';
    }
    for (const tj of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) lines.push(decodeHex(tj[1] ?? ''));
  }
  return { pages, text: lines.join(' ') };
};

const unescapeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The .docx's paragraphs as text (each paragraph's runs joined). Throws when it is not a Word document. */
export const readDocx = async (bytes: Uint8Array): Promise<readonly string[]> => {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no word/document.xml');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1] ?? '')).join(''),
  );
};
