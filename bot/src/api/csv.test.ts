import { describe, expect, it } from 'vitest';
import { csvCell, csvFileName, toCsv } from './csv.js';

describe('CSV for Excel (NL)', () => {
  it.each([
    ['plain text', 'OBS De Linde', 'OBS De Linde'],
    ['a semicolon', 'Noord; Zuid', '"Noord; Zuid"'],
    ['a quote', 'De "Eik"', '"De ""Eik"""'],
    ['a formula', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a minus sign first', '-1', "'-1"],
  ])('writes a cell with %s safely', (_name, input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('starts with a byte order mark and separates with semicolons and CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('\uFEFFa;b\r\nc;d\r\n');
  });

  it('names the file after the meeting without accents', () => {
    expect(csvFileName({ id: 'm1', title: 'Consultatie-avond Één' })).toBe('aanmeldingen-consultatie-avond-een.csv');
  });
});
