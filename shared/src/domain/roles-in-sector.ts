import type { Role, Sector } from './people.js';

const SECONDARY: readonly Sector[] = ['VO', 'VSO'];

/**
 * The roles as a person's sector names them: someone who teaches only at secondary schools (VO,
 * VSO) is a docent, not a leerkracht. Other roles keep their name; a role shown twice is shown once.
 */
export const rolesForSectors = (roles: readonly Role[], sectors: readonly Sector[]): Role[] => {
  const secondary = sectors.length > 0 && sectors.every((s) => SECONDARY.includes(s));
  return [...new Set(roles.map((r) => (secondary && r === 'leerkracht' ? 'docent' : r)))];
};
