/**
 * What each chat command and card verb asks of the policy (usecases/policy.ts). Typed over every
 * command and verb: a new one does not compile until it says who may use it.
 */
import type { Verb } from '@samen/shared';
import type { Action } from '../usecases/policy.js';
import type { CommandName } from './commands.js';

export const COMMAND_ACTIONS: Readonly<Record<CommandName, Action>> = {
  help: 'self',
  'mijn-bijeenkomsten': 'self',
  profiel: 'self',
  'nieuwe-bijeenkomst': 'meeting.manage',
  overzicht: 'meeting.manage',
  herinner: 'meeting.manage',
  export: 'meeting.manage',
  mededeling: 'announcement.manage',
  enquete: 'survey.manage',
  importeer: 'forms.import',
  aanwezigheid: 'meeting.attendance',
  programma: 'meeting.programme',
  selectie: 'meeting.select',
  uitzondering: 'meeting.exception',
};

export const VERB_ACTIONS: Readonly<Record<Verb, Action>> = {
  'rsvp.attend': 'self',
  'rsvp.decline': 'self',
  'rsvp.maybe': 'self',
  'meeting.refresh': 'self',
  'meeting.ics': 'self',
  'meeting.create': 'meeting.manage',
  'meeting.preview': 'meeting.manage',
  'meeting.send': 'meeting.manage',
  'meeting.edit': 'meeting.manage',
  'meeting.message': 'meeting.manage',
  'delivery.report': 'meeting.manage',
  'profile.save': 'self',
  'profile.show': 'self',
  'help.show': 'self',
  'announcement.create': 'announcement.manage',
  'announcement.preview': 'announcement.manage',
  'announcement.send': 'announcement.manage',
  'announcement.report': 'announcement.manage',
  'announcement.ack': 'self',
  'announcement.refresh': 'self',
  'announcement.forward': 'self',
  'survey.create': 'survey.manage',
  'survey.preview': 'survey.manage',
  'survey.send': 'survey.manage',
  'survey.results': 'survey.manage',
  'survey.answer': 'self',
  'survey.refresh': 'self',
  'attendance.show': 'meeting.attendance',
  'attendance.save': 'meeting.attendance',
  'programme.schedule': 'meeting.programme',
  'programme.cancel': 'meeting.programme',
  'selection.confirm': 'meeting.select',
};
