/**
 * The readable summary of a person's data (AVG art. 15): one self-contained HTML page in the
 * reader's language, every value escaped. The JSON export holds the same data for other programs.
 */
import { formatDateTime, t, type Locale, type MessageKey, type PersonDataExport } from '@samen/shared';
import { escapeHtml } from '../messaging/render-mail.js';

type Row = readonly string[];

const section = (title: string, rows: readonly Row[], locale: Locale): string =>
  `<section><h2>${escapeHtml(title)}</h2>${
    rows.length === 0 ? `<p>${escapeHtml(t('privacy:summary.none', locale))}</p>` : `<ul>${rows.map((r) => `<li>${r.filter((c) => c !== '').map(escapeHtml).join(' · ')}</li>`).join('')}</ul>`
  }</section>`;

export const privacyHtml = (data: PersonDataExport, locale: Locale): string => {
  const s = (key: string, params?: Record<string, string>) => t(`privacy:summary.${key}` as MessageKey, locale, params);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, locale) : '');
  const name = data.profile?.name ?? data.registrations[0]?.name ?? (data.subject.kind === 'registrant' ? data.subject.email : data.subject.personId);
  const p = data.profile;
  const parts = [
    section(
      s('profile'),
      p
        ? [
            [s('name'), p.name],
            [s('email'), p.email],
            [s('roles'), p.roles.join(', ')],
            [s('schools'), p.schools.map((x) => x.name).join(', ')],
            [s('language'), p.locale],
          ]
        : [],
      locale,
    ),
    section(s('registrations'), data.registrations.map((r) => [r.meetingTitle, r.name, r.email, t(`registrants:role.${r.role}` as MessageKey, locale), r.sector ?? '', when(r.createdAt)]), locale),
    section(s('rsvps'), data.rsvps.map((r) => [r.meetingTitle, when(r.sessionStartsAt), r.status, when(r.statusSince), ...Object.values(r.answers)]), locale),
    section(
      s('announcements'),
      data.announcements.map((a) => [a.title, s(a.as), when(a.addedAt), a.acknowledgedAt ? s('acknowledged', { date: when(a.acknowledgedAt) }) : '']),
      locale,
    ),
    section(s('surveyAnswers'), data.surveyAnswers.map((a) => [a.title, when(a.submittedAt), ...Object.values(a.answers).map((v) => (Array.isArray(v) ? v.join(', ') : String(v)))]), locale),
    section(s('anonymousSurveys'), data.anonymousSurveys.map((a) => [a.title]), locale),
    section(s('organised'), data.organised.map((o) => [o.title, s(o.role)]), locale),
    section(s('messages'), data.messages.map((m) => [m.kind, m.status, when(m.notBefore)]), locale),
    section(s('chats'), data.chats.map((c) => [c.scope, when(c.updatedAt)]), locale),
    section(s('documentEdits'), data.documentEdits.map((d) => [d.record, d.owner, d.which, when(d.updatedAt)]), locale),
    section(s('formAnswers'), data.formAnswers.map((f) => [when(f.submittedAt), f.name, f.email, ...f.answers.filter((a) => a !== '')]), locale),
  ];
  const subject = data.subject.kind === 'staff' ? s('subjectStaff') : s('subjectRegistrant', { email: data.subject.email });
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(s('title', { name }))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}h2{font-size:1.1rem;margin-top:1.5rem}</style></head>
<body><main><h1>${escapeHtml(s('title', { name }))}</h1><p>${escapeHtml(subject)}</p><p>${escapeHtml(s('generated', { date: when(data.generatedAt) }))}</p>
${parts.join('\n')}
<p>${escapeHtml(s('json'))}</p></main></body></html>
`;
};
