import { describe, expect, it } from 'vitest';
import type { PersonDataExport } from '@samen/shared';
import { privacyHtml } from './privacy-html.js';

const data: PersonDataExport = {
  generatedAt: '2026-11-25T09:00:00.000Z',
  subject: { kind: 'registrant', email: 'ouder@thuis.example' },
  profile: null,
  registrations: [
    { registrantId: 'ext-1', meetingId: 'm1', meetingTitle: 'Ouderavond <b>lezen</b>', name: '<script>alert(1)</script>', email: 'ouder@thuis.example', role: 'ouder', sector: 'PO', createdAt: '2026-11-20T10:00:00+01:00' },
  ],
  chats: [],
  rsvps: [],
  announcements: [],
  surveyAnswers: [],
  anonymousSurveys: [],
  messages: [],
  organised: [],
  documentEdits: [],
  formAnswers: [],
};

describe('the readable summary of a person’s data', () => {
  it('escapes every stored value, so a name can never run as script', () => {
    const html = privacyHtml(data, 'nl');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>lezen');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Ouderavond &lt;b&gt;lezen&lt;/b&gt;');
  });

  it('is Dutch by default, with dates in Amsterdam time and "Geen." for what is not there; English on request', () => {
    const nl = privacyHtml(data, 'nl');
    expect(nl).toContain('<html lang="nl">');
    expect(nl).toContain('Externe aanmelder (ouder@thuis.example)');
    expect(nl).toContain('Aanmeldingen via Microsoft Forms');
    expect(nl).toContain('ouder');
    expect(nl).toMatch(/20 nov(\.|ember)? 2026.*10:00/);
    expect(nl).toContain('<h2>Profiel</h2><p>Geen.</p>');
    const en = privacyHtml(data, 'en');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Registrations through Microsoft Forms');
    expect(en).toContain('parent');
  });
});
