/** Every announcement and survey card is a valid Adaptive Card 1.5 and renders with Teams' host configs. */
import {
  acknowledgementReport,
  announcementCard,
  announcementFormCard,
  announcementPreviewCard,
  announcementReportCard,
  surveyCard,
  surveyFormCard,
  surveyPreviewCard,
  surveyResults,
  surveyResultsCard,
  type Announcement,
  type Survey,
  type SurveyResponse,
} from '@samen/shared';
import { describe, expect, it } from 'vitest';
import { cardSchemaErrors } from '../../shared/src/cards/card-schema.test-helper.js';
import { renderCard } from '../support/render-card.js';

const NOW = new Date('2026-11-25T10:00:00+01:00');
const LATE = new Date('2026-12-11T10:00:00+01:00');
const audience = { roles: ['ib' as const], sectors: [], schoolIds: [] };
const announcement: Announcement = {
  id: 'a1', title: 'Praktische Handreiking', text: 'Graag ontvangst bevestigen.', documentUrl: 'https://swv.sharepoint.com/handreiking.pdf',
  ackLabel: null, deadline: '2026-12-04T17:00:00+01:00', audience, reminderDaysBeforeDeadline: [2], organiserId: 'c', status: 'verstuurd', createdAt: NOW.toISOString(), version: '1',
};
const survey: Survey = {
  id: 's1', title: 'Inzet onderwijsondersteuners', intro: 'Ca. 5 minuten.', anonymous: false, perSchool: false, deadline: '2026-12-10T17:00:00+01:00', audience,
  reminderDaysBeforeDeadline: [], formsUrl: null, organiserId: 'c', status: 'verstuurd', createdAt: NOW.toISOString(), version: '1',
  questions: [
    { id: 'q1', kind: 'single', text: 'Voortzetten?', required: true, options: ['Ja', 'Nee'] },
    { id: 'q2', kind: 'multi', text: 'Waarvoor?', required: false, options: ['Lezen', 'Rekenen', 'Gedrag'] },
    { id: 'q3', kind: 'rating', text: 'Tevreden?', required: true, options: [] },
    { id: 'q4', kind: 'short', text: 'Eén woord', required: false, options: [] },
    { id: 'q5', kind: 'long', text: 'Toelichting', required: false, options: [] },
  ],
};
const mine: SurveyResponse = {
  id: 'r1', surveyId: 's1', personId: 'p1', schoolId: 'school-a', roles: ['ib'], submittedAt: NOW.toISOString(), version: '1',
  answers: { q1: 'Ja', q2: ['Lezen', 'Gedrag'], q3: 4, q4: 'Fijn', q5: 'Meer tijd' },
};
const viewer = { personId: 'p1' };
const base = { survey, viewer, mine: null, schoolAnswered: false, answeredAnonymously: false, now: NOW, locale: 'nl' as const };

const CARDS: [string, unknown][] = [
  ['an announcement to acknowledge, with colleagues to share with', announcementCard({ announcement, viewer, acknowledgement: null, colleagues: [{ id: 'p2', name: 'Tom' }], reminder: true, now: NOW, locale: 'nl' })],
  ['an acknowledged announcement', announcementCard({ announcement, viewer: { ...viewer, isCoordinator: true }, acknowledgement: { announcementId: 'a1', personId: 'p1', at: NOW.toISOString() }, colleagues: [], now: NOW, locale: 'en' })],
  ['the announcement report', announcementReportCard({ announcement, report: acknowledgementReport([{ announcementId: 'a1', personId: 'p1', forwardedBy: null, addedAt: '' }], [], []), schoolNames: new Map(), personNames: new Map(), locale: 'nl' })],
  ['the announcement form with errors', announcementFormCard({ values: { title: 'x' }, problems: { text: 'text' }, schools: [], locale: 'nl' })],
  ['the announcement preview', announcementPreviewCard(announcement, 3, NOW, 'nl')],
  ['an open survey', surveyCard({ ...base, reminder: true })],
  ['a survey answered (changeable)', surveyCard({ ...base, mine })],
  ['a closed survey with the answer shown', surveyCard({ ...base, mine, now: LATE })],
  ['a survey already answered by the school', surveyCard({ ...base, survey: { ...survey, perSchool: true }, schoolAnswered: true })],
  ['an anonymous survey already answered', surveyCard({ ...base, survey: { ...survey, anonymous: true }, answeredAnonymously: true, locale: 'en' })],
  ['a survey in Microsoft Forms', surveyCard({ ...base, survey: { ...survey, formsUrl: 'https://forms.office.com/r/abc' } })],
  ['the survey results', surveyResultsCard({ survey, results: surveyResults(survey, [mine]), schoolNames: new Map(), downloads: { csv: 'https://x/a.csv', xlsx: 'https://x/a.xlsx' }, locale: 'nl' })],
  ['the survey form', surveyFormCard({ schools: [{ id: 'school-a', name: 'OBS De Zonnewijzer', sector: 'PO', region: 'midden', place: 'Houten', version: '1' }], locale: 'nl' })],
  ['the survey form without schools', surveyFormCard({ schools: [], locale: 'en' })],
  ['the survey preview', surveyPreviewCard(survey, 5, NOW, 'nl')],
];

describe('announcement and survey cards', () => {
  it.each(CARDS)('%s validates against the Adaptive Card 1.5 schema', (_name, card) => {
    expect(cardSchemaErrors(card)).toEqual([]);
  });

  it.each(CARDS)('%s renders in the adaptivecards renderer with the Teams light and dark host configs', async (_name, card) => {
    for (const theme of ['light', 'dark'] as const) {
      const rendered = await renderCard(card, theme);
      expect(rendered.errors).toEqual([]);
      expect(rendered.text.length).toBeGreaterThan(10);
    }
  });

  it('shows a closed survey as closed, with the answers given and no button to send', async () => {
    const rendered = await renderCard(CARDS[7]![1]);
    expect(rendered.text).toContain('Deze vragenlijst is gesloten.');
    expect(rendered.text).toContain('Lezen; Gedrag');
    expect(JSON.stringify(CARDS[7]![1])).not.toContain('survey.answer');
  });
});
