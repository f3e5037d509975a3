/**
 * A sample announcement and survey, as if sent two weeks ago, so the coördinator's dashboard shows
 * progress per school and role and staff see "Wacht op jou" on a first local start. Written in our
 * own words; no pupil data.
 */
import type { Announcement, Survey } from '@samen/shared';

type New<T> = Omit<T, 'version'>;

const SENT = '2026-11-11T09:00:00+01:00';

export const SAMPLE_ANNOUNCEMENT: New<Announcement> = {
  id: 'announcement-handreiking',
  title: 'Nieuwe handreiking basisondersteuning',
  text: 'De werkgroep heeft de handreiking over basisondersteuning bijgewerkt. Lees haar voor de reflectie van dit schooljaar en laat weten dat je haar hebt ontvangen.',
  documentUrl: null,
  ackLabel: null,
  deadline: '2026-12-11T17:00:00+01:00',
  audience: { roles: ['ib', 'schoolleider', 'ondersteuningscoordinator'], sectors: [], schoolIds: [] },
  reminderDaysBeforeDeadline: [],
  organiserId: 'person-1',
  status: 'verstuurd',
  createdAt: SENT,
};

/** People who already said "Ontvangen". */
export const SAMPLE_ACKNOWLEDGED: readonly string[] = ['person-3', 'person-5', 'person-13'];

export const SAMPLE_SURVEY: New<Survey> = {
  id: 'survey-leesaanbod',
  title: 'Peiling: leesaanbod op niveau 2 en 3',
  intro: 'Eén antwoord per school. We gebruiken de uitkomst voor de PLG over lezen in het voorjaar.',
  questions: [
    { id: 'q1', kind: 'single', text: 'Hoe vaak krijgt een groep extra leesbegeleiding?', required: true, options: ['Minder dan 2 keer per week', '2 of 3 keer per week', 'Vaker'] },
    { id: 'q2', kind: 'long', text: 'Waar loopt jullie school tegenaan?', required: false, options: [] },
  ],
  anonymous: false,
  perSchool: true,
  deadline: '2026-12-18T17:00:00+01:00',
  audience: { roles: ['ib', 'ondersteuningscoordinator'], sectors: [], schoolIds: [] },
  reminderDaysBeforeDeadline: [],
  formsUrl: null,
  organiserId: 'person-1',
  status: 'verstuurd',
  createdAt: SENT,
};

/** Schools that already answered, by whom, with what (as the card's form sends it: a choice by its number). */
export const SAMPLE_SURVEY_ANSWERS: readonly { readonly personId: string; readonly answers: Readonly<Record<string, string>> }[] = [
  { personId: 'person-5', answers: { q1: '1', q2: 'Te weinig tijd van de leesspecialist.' } },
  { personId: 'person-13', answers: { q1: '2' } },
];
