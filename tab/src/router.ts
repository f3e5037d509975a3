/**
 * Hash routes: #/config, #/school/:id[/:section], #/bijeenkomsten, #/dashboard, #/framework[/:year],
 * #/sjablonen/:sector, #/werkplek/nieuw and #/werkplek/:meetingId (the organiser's workspace), #/privacy, #/ (home).
 */
import { TEMPLATE_SECTORS, type TemplateSector } from '@samen/shared';

export type SchoolSection = 'niveaus' | 'reflectie' | 'sop' | 'bijeenkomsten';

export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'config' }
  | { readonly page: 'school'; readonly schoolId: string; readonly section: SchoolSection }
  | { readonly page: 'bijeenkomsten' }
  | { readonly page: 'dashboard' }
  | { readonly page: 'framework'; readonly schoolYear: string | null }
  /** meetingId null: a new meeting. */
  | { readonly page: 'werkplek'; readonly meetingId: string | null }
  | { readonly page: 'niveauTemplates'; readonly sector: TemplateSector }
  /** AVG: one's own data for everyone; a person's export and erasure for the coördinator. */
  | { readonly page: 'privacy' };

const SECTIONS: readonly SchoolSection[] = ['niveaus', 'reflectie', 'sop', 'bijeenkomsten'];
/** #/werkplek/nieuw: the workspace for a new meeting. */
const NEW = 'nieuw';

export const parseRoute = (hash: string): Route => {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  if (first === 'config') return { page: 'config' };
  if (first === 'bijeenkomsten') return { page: 'bijeenkomsten' };
  if (first === 'dashboard') return { page: 'dashboard' };
  if (first === 'privacy') return { page: 'privacy' };
  if (first === 'framework') return { page: 'framework', schoolYear: second && /^\d{4}-\d{4}$/.test(second) ? second : null };
  if (first === 'werkplek') return { page: 'werkplek', meetingId: second && second !== NEW ? second : null };
  if (first === 'sjablonen') return { page: 'niveauTemplates', sector: TEMPLATE_SECTORS.find((s) => s === second) ?? 'PO' };
  if (first === 'school' && second) {
    const section = SECTIONS.find((s) => s === third) ?? 'niveaus';
    return { page: 'school', schoolId: second, section };
  }
  return { page: 'home' };
};

export const hrefOf = (route: Route): string => {
  switch (route.page) {
    case 'school':
      return `#/school/${encodeURIComponent(route.schoolId)}/${route.section}`;
    case 'home':
      return '#/';
    case 'framework':
      return route.schoolYear ? `#/framework/${route.schoolYear}` : '#/framework';
    case 'werkplek':
      return `#/werkplek/${route.meetingId === null ? NEW : encodeURIComponent(route.meetingId)}`;
    case 'niveauTemplates':
      return `#/sjablonen/${route.sector}`;
    default:
      return `#/${route.page}`;
  }
};

export const navigate = (route: Route): void => {
  window.location.hash = hrefOf(route);
};
