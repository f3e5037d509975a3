/** #15: every invitation, reminder, announcement and survey card ends with who to ask, and a mail button. */
import { describe, expect, it } from 'vitest';
import type { Announcement } from '../domain/announcement.js';
import type { Survey } from '../domain/survey.js';
import { announcementCard } from './announcement-card.js';
import { allActions, allText, cardSchemaErrors } from './card-schema.test-helper.js';
import { meeting, NOW } from './card-fixtures.test-helper.js';
import { invitationCard } from './invitation-card.js';
import { previewCard } from './preview-card.js';
import { reminderCard } from './reminder-card.js';
import { surveyCard } from './survey-card.js';
import type { AdaptiveCard } from './types.js';

const partnership = { name: 'Bureau samenwerkingsverband', email: 'info@swv-voorbeeld.nl', phone: null };
const own = { name: 'Femke de Boer', email: 'f.deboer@swv-voorbeeld.nl', phone: '0513 123 456' };
const viewer = { personId: 'p-1', isOrganiser: false };
const mailto = (card: AdaptiveCard) => allActions(card).flatMap((a) => (a.type === 'Action.OpenUrl' && a.url.startsWith('mailto:') ? [a.url] : []));

describe('contact person on cards', () => {
  it('an invitation names the meeting’s own contact with e-mail and phone, and mails them', () => {
    const card = invitationCard({ meeting: meeting({ contact: own }), rsvps: [], viewer, now: NOW, locale: 'nl', contact: partnership });
    expect(cardSchemaErrors(card)).toEqual([]);
    expect(allText(card)).toContain('Vragen? Neem contact op met Femke de Boer (f.deboer@swv-voorbeeld.nl, 0513 123 456).');
    expect(allText(card)).not.toContain('Bureau samenwerkingsverband');
    expect(mailto(card)).toEqual(['mailto:f.deboer@swv-voorbeeld.nl']);
  });

  it('falls back to the partnership’s contact, also on a reminder and in the preview', () => {
    const reminder = reminderCard({ meeting: meeting(), rsvps: [], viewer, now: NOW, locale: 'en', contact: partnership, kind: 'non-responder' });
    expect(cardSchemaErrors(reminder)).toEqual([]);
    expect(allText(reminder)).toContain('Questions? Contact Bureau samenwerkingsverband (info@swv-voorbeeld.nl).');
    expect(mailto(reminder)).toEqual(['mailto:info@swv-voorbeeld.nl']);
    const preview = previewCard({ meeting: meeting({ status: 'concept' }), now: NOW, locale: 'nl', contact: partnership });
    expect(allText(preview)).toContain('Neem contact op met Bureau samenwerkingsverband');
  });

  it('shows no contact line when nobody is configured', () => {
    const card = invitationCard({ meeting: meeting(), rsvps: [], viewer, now: NOW, locale: 'nl' });
    expect(allText(card)).not.toContain('Vragen?');
    expect(mailto(card)).toEqual([]);
  });

  it('announcements and surveys carry the partnership’s contact', () => {
    const announcement: Announcement = {
      id: 'a1',
      title: 'Nieuwe werkwijze aanmelden arrangementen',
      text: 'Vanaf januari meld je een arrangement aan via het nieuwe formulier.',
      documentUrl: null,
      ackLabel: null,
      deadline: null,
      audience: { roles: [], sectors: [], schoolIds: [] },
      reminderDaysBeforeDeadline: [],
      organiserId: 'p-9',
      status: 'verstuurd',
      createdAt: '2026-11-20T10:00:00+01:00',
      version: '1',
    };
    const survey: Survey = {
      id: 's1',
      title: 'Peiling: ervaringen met het groeidocument',
      intro: '',
      questions: [{ id: 'q1', kind: 'short', text: 'Wat werkt goed?', required: false, options: [] }],
      anonymous: false,
      perSchool: false,
      deadline: null,
      audience: { roles: [], sectors: [], schoolIds: [] },
      reminderDaysBeforeDeadline: [],
      formsUrl: null,
      organiserId: 'p-9',
      status: 'verstuurd',
      createdAt: '2026-11-20T10:00:00+01:00',
      version: '1',
    };
    const sc = surveyCard({ survey, viewer: { personId: 'p-1' }, mine: null, schoolAnswered: false, answeredAnonymously: false, now: NOW, locale: 'nl', contact: partnership });
    expect(cardSchemaErrors(sc)).toEqual([]);
    expect(allText(sc)).toContain('Neem contact op met Bureau samenwerkingsverband');
    const a = announcementCard({ announcement, viewer: { personId: 'p-1' }, acknowledgement: null, colleagues: [], now: NOW, locale: 'nl', contact: partnership });
    expect(cardSchemaErrors(a)).toEqual([]);
    expect(allText(a)).toContain('Neem contact op met Bureau samenwerkingsverband');
    expect(mailto(a)).toEqual(['mailto:info@swv-voorbeeld.nl']);
  });
});
