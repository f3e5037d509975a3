import { describe, expect, it } from 'vitest';
import { rolesForSectors } from './roles-in-sector.js';

describe('rolesForSectors', () => {
  it('calls a VO or VSO leerkracht a docent, once', () => {
    expect(rolesForSectors(['leerkracht', 'mentor'], ['VO'])).toEqual(['docent', 'mentor']);
    expect(rolesForSectors(['leerkracht', 'docent'], ['VO', 'VSO'])).toEqual(['docent']);
  });

  it('keeps leerkracht in primary and special primary, and for someone working in both', () => {
    expect(rolesForSectors(['leerkracht'], ['PO'])).toEqual(['leerkracht']);
    expect(rolesForSectors(['leerkracht'], ['SBO', 'VO'])).toEqual(['leerkracht']);
    expect(rolesForSectors(['leerkracht'], [])).toEqual(['leerkracht']);
  });
});
