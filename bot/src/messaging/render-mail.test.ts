import { beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import type { Deps } from '../deps.js';
import { TEST_INFRA } from '../deps.test-helper.js';
import { createLogger } from '../logger.js';
import { aMeeting, anRsvp, aSession, NOW, value } from '../store/contract/fixtures.js';
import type { OutboxItem } from '../store/ports.js';
import { openSqliteStores } from '../store/sqlite/index.js';
import { renderMail } from './render-mail.js';

const state = { status: 'pending', attempts: 0, failure: null, activityId: null, updatedAt: NOW.toISOString(), notBefore: NOW.toISOString() } as const;
const item = (over: Partial<OutboxItem>): OutboxItem =>
  ({ key: 'k', personId: 'ext-0001', kind: 'registration', meetingId: 'meeting-0001', payload: { sessionId: 'session-1' }, ...state, ...over }) as OutboxItem;

describe('the e-mail an outsider gets', () => {
  let deps: Deps;
  beforeEach(async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const stores = await openSqliteStores({ memory: true });
    deps = { config, stores, clock: () => NOW, newId: () => 'x', logger: createLogger(config), ...TEST_INFRA };
    value(await stores.meetings.upsert(aMeeting(1, { title: 'Ronde tafel', registrationMode: 'aanvraag', confirmDaysBefore: 14, sessions: [aSession(1)] })));
    value(
      await stores.registrants.upsert({ id: 'ext-0001', meetingId: 'meeting-0001', name: 'Noor', email: 'noor@thuis.example', role: 'ouder', sector: null, createdAt: NOW.toISOString(), expectedVersion: '' }),
    );
  });

  const withStatus = (status: 'applied' | 'declined') =>
    deps.stores.rsvps.transact('meeting-0001', () => ({ ok: true, value: { writes: [anRsvp(1, { personId: 'ext-0001', status, source: 'forms' })] } }));

  it('an application says when they hear whether they can take part, without a calendar file', async () => {
    await withStatus('applied');
    const mail = await renderMail(deps, item({}));
    expect(mail?.subject).toBe('We hebben je aanmelding ontvangen: Ronde tafel');
    // Session on 11 January 2027, 14 days before: 28 December 2026.
    expect(mail?.text).toContain('Uiterlijk maandag 28 december 2026 laten we je per mail weten of je kunt deelnemen.');
    expect(mail?.ics).toBeUndefined();
  });

  it('a cancelled meeting is announced as not taking place, with the organiser\'s words and no calendar file', async () => {
    await withStatus('applied');
    const meeting = (await deps.stores.meetings.get('meeting-0001'))!;
    value(await deps.stores.meetings.upsert({ ...meeting, status: 'geannuleerd', expectedVersion: meeting.version }));
    const mail = await renderMail(deps, item({ kind: 'update', payload: { message: 'Te weinig aanmeldingen.' } }));
    expect(mail?.subject).toBe('Gaat niet door: Ronde tafel');
    expect(mail?.text).toContain('Te weinig aanmeldingen.');
    expect(mail?.ics).toBeUndefined();
  });

  it('has nothing to say to someone who cancelled, to an unknown registrant, or about a kind meant for staff', async () => {
    await withStatus('declined');
    expect(await renderMail(deps, item({}))).toBeNull();
    expect(await renderMail(deps, item({ personId: 'ext-9999' }))).toBeNull();
    expect(await renderMail(deps, item({ kind: 'invitation', payload: {} }))).toBeNull();
    expect(await renderMail(deps, item({ kind: 'reminder', payload: { audience: 'non-responders', sessionId: null } }))).toBeNull();
  });
});
