/** CSV for Excel in Dutch locale: `;` separated, CRLF, UTF-8 with a byte order mark. */
import type { Meeting } from '@samen/shared';

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[;"\r\n]/;
/** A cell starting like a formula is neutralised, so a title cannot run code in Excel. */
const FORMULA_START = /^[=+\-@\t\r]/;

export const csvCell = (value: string): string => {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

export const toCsv = (rows: readonly (readonly string[])[]): string =>
  BOM + rows.map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';

export const csvFileName = (meeting: Pick<Meeting, 'id' | 'title'>): string => {
  const slug = meeting.title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `aanmeldingen-${slug || meeting.id}.csv`;
};
