import type { Person, School } from '@samen/shared';
import { PLAYGROUND_USER_AAD_ID, SAMPLE_COORDINATOR_AAD_ID } from './ids.js';

type NewSchool = Omit<School, 'version'>;
type NewPerson = Omit<Person, 'version'>;

/** A made-up partnership: six schools across PO, SBO, SO and VO in three regions. */
export const SAMPLE_SCHOOLS: readonly NewSchool[] = [
  { id: 'school-zonnewijzer', name: 'OBS De Zonnewijzer', sector: 'PO', region: 'midden', place: 'Houten' },
  { id: 'school-klimop', name: 'CBS De Klimop', sector: 'PO', region: 'noord', place: 'Heerenveen' },
  { id: 'school-vlinderboom', name: 'IKC De Vlinderboom', sector: 'PO', region: 'zuid', place: 'Helmond' },
  { id: 'school-horizon', name: 'SBO De Horizon', sector: 'SBO', region: 'midden', place: 'Nieuwegein' },
  { id: 'school-kompas', name: 'Het Kompas, school voor speciaal onderwijs', sector: 'SO', region: 'noord', place: 'Drachten' },
  { id: 'school-meander', name: 'Meander College', sector: 'VO', region: 'midden', place: 'Utrecht' },
];

const aad = (n: number): string => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

const person = (n: number, name: string, schoolIds: string[], roles: Person['roles'], email: string): NewPerson => ({
  id: `person-${n}`,
  aadObjectId: aad(n),
  name,
  email,
  schoolIds,
  roles,
  locale: 'nl',
});

/** Staff in several roles. Names are invented; there is no pupil data in the sample. */
export const SAMPLE_PEOPLE: readonly NewPerson[] = [
  { ...person(1, 'Ingrid Verhoef', [], ['swv-medewerker'], 'ingrid.verhoef@swv-voorbeeld.nl'), aadObjectId: SAMPLE_COORDINATOR_AAD_ID },
  person(2, 'Sanne de Wit', ['school-zonnewijzer'], ['ib'], 'sanne.dewit@zonnewijzer.example'),
  person(3, 'Marco Jansen', ['school-zonnewijzer'], ['schoolleider'], 'marco.jansen@zonnewijzer.example'),
  person(4, 'Fatima El Amrani', ['school-zonnewijzer'], ['leerkracht', 'leesspecialist'], 'fatima.elamrani@zonnewijzer.example'),
  person(5, 'Joost Bakker', ['school-klimop'], ['ib'], 'joost.bakker@klimop.example'),
  person(6, 'Annelies Postma', ['school-klimop'], ['schoolleider'], 'annelies.postma@klimop.example'),
  person(7, 'Ruud van Dijk', ['school-vlinderboom'], ['leerkracht'], 'ruud.vandijk@vlinderboom.example'),
  person(8, 'Esther Smit', ['school-vlinderboom'], ['ib', 'onderwijsondersteuner'], 'esther.smit@vlinderboom.example'),
  person(9, 'Karin Mulder', ['school-horizon'], ['ib'], 'karin.mulder@horizon.example'),
  person(10, 'Tom Hendriks', ['school-horizon'], ['onderwijsondersteuner', 'rt'], 'tom.hendriks@horizon.example'),
  person(11, 'Lotte Visser', ['school-kompas'], ['schoolleider'], 'lotte.visser@kompas.example'),
  person(12, 'Youssef Haddou', ['school-kompas'], ['leerkracht'], 'youssef.haddou@kompas.example'),
  person(13, 'Marieke Kok', ['school-meander'], ['ondersteuningscoordinator'], 'marieke.kok@meander.example'),
  person(14, 'Daan Brouwer', ['school-meander'], ['docent', 'mentor'], 'daan.brouwer@meander.example'),
  // The user the Agents Playground chats as, known locally as a coördinator of the partnership.
  { ...person(16, 'Alex Wilber', [], ['swv-medewerker'], 'alex.wilber@swv-voorbeeld.nl'), aadObjectId: PLAYGROUND_USER_AAD_ID },
  person(15, 'Nicole de Boer', ['school-zonnewijzer', 'school-horizon'], ['onderwijsondersteuner'], 'nicole.deboer@swv-voorbeeld.nl'),
];
