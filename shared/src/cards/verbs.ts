/** Every verb a card can send. The bot routes `adaptiveCard/action` invokes (and Submit fallbacks) by it. */
export const VERBS = [
  'rsvp.attend',
  'rsvp.decline',
  'rsvp.maybe',
  'meeting.refresh',
  'meeting.ics',
  'meeting.create',
  'meeting.preview',
  'meeting.send',
  'meeting.edit',
  'profile.save',
  'profile.show',
  'help.show',
  'meeting.message',
  'announcement.create',
  'announcement.preview',
  'announcement.send',
  'announcement.ack',
  'announcement.refresh',
  'announcement.forward',
  'announcement.report',
  'survey.create',
  'survey.preview',
  'survey.send',
  'survey.answer',
  'survey.refresh',
  'survey.results',
  'delivery.report',
  'attendance.show',
  'attendance.save',
  'programme.schedule',
  'programme.cancel',
  'selection.confirm',
] as const;

export type Verb = (typeof VERBS)[number];

export const isVerb = (value: unknown): value is Verb => typeof value === 'string' && (VERBS as readonly string[]).includes(value);
