/**
 * Who may do what: the one authorization policy for chat commands, card verbs, the tab's API and the
 * export links alike. Transports turn an identity (Teams activity, SSO token, signed link) into a person;
 * use cases ask `authorize`/`may` here before they read or change anything. The embedded store keeps in
 * code the rule SharePoint keeps with site permissions: a school's reflection belongs to the school; the
 * partnership sees its status, and its content only when shared.
 */
import { fail, isOwnStaff, ok, type ErrorCode, type Id, type Person, type Result, type Role } from '@samen/shared';
import { isCoordinator, type CoordinatorSources } from '../auth/coordinators.js';

/** Roles that keep the niveau-overzicht. The VO ondersteuningscoördinator does the ib'er's work there. */
export const NIVEAU_EDITOR_ROLES: readonly Role[] = ['ib', 'schoolleider', 'ondersteuningscoordinator', 'directeur'];

/** What a person is, as far as one school (or the partnership) is concerned. */
export interface Subject {
  /** Works at the school in question. */
  readonly member: boolean;
  /** Keeps the school's niveau-overzicht (ib'er, schoolleider, ondersteuningscoördinator). */
  readonly editor: boolean;
  /** Coördinator of the partnership (COORDINATOR_IDS or COORDINATOR_GROUP_ID, never self-chosen). */
  readonly coordinator: boolean;
  /** Organiser of the meeting in question; absent where no meeting is known yet (chat command, card verb). */
  readonly organiser?: boolean;
  /**
   * Linked to the school but not as its staff: in practice only as `bestuur` (the schoolbestuur).
   * It reads the reflection only when the school shares it with its bestuur.
   */
  readonly board: boolean;
  /**
   * In an audience the school shares its reflection with (reflection-sharing.ts `grantFor`: the
   * partnership, its bestuur, a named other school); absent where no reflection is known.
   */
  readonly granted?: boolean;
}

export type Action =
  | 'niveau.read'
  | 'niveau.edit'
  | 'reflection.status'
  | 'reflection.content'
  | 'reflection.contentShared'
  | 'reflection.edit'
  /** Share the reflection with an audience or stop sharing (the school's niveau editors: ib, schoolleider, directeur, ondersteuningscoördinator). */
  | 'reflection.share'
  /** The SOP on one A4: status for the partnership, content for the school (or shared), edit for its editors. */
  | 'sop.status'
  | 'sop.content'
  | 'sop.contentShared'
  | 'sop.edit'
  | 'framework.edit'
  /** Set, change or clear the partnership's deadline for the yearly reflection (everyone signed in reads it). */
  | 'reflection.deadline'
  /** Edit the partnership's niveau templates (PO, VO, SO/VSO); every signed-in person reads them. */
  | 'niveauTemplate.edit'
  | 'dashboard.read'
  | 'broadcasts.progress'
  /** Plan, send, change, remind, message, export and report on meetings. */
  | 'meeting.manage'
  /** 'aanvraag' mode: see the selection proposal, adjust and confirm it (the meeting's organiser or a coördinator). */
  | 'meeting.select'
  /** Let one person register for sessions outside their sector (meetings are organised by coördinatoren). */
  | 'meeting.exception'
  /** Write, send and report on announcements. */
  | 'announcement.manage'
  /** Write, send surveys and read their results (also as a download). */
  | 'survey.manage'
  /** Take attendance after a session (organiser of the meeting or coördinator). */
  | 'meeting.attendance'
  /** Draft and schedule the programme from the knelpunten (organiser of the meeting or coördinator). */
  | 'meeting.programme'
  /** Import Microsoft Forms registrations and answers. */
  | 'forms.import'
  /** AVG: export anyone's data, erase a person, read the erasure log (one's own export is `self`). */
  | 'privacy.manage'
  /** What every signed-in person may do for themselves (answer, RSVP, profile); the use case checks the data (invited? recipient?). */
  | 'self';

/**
 * The authorization table. `reflection.content` is the school's own staff reading its reflection;
 * `reflection.contentShared` is reading the copy the school shares, as one of its audiences
 * (`granted`: the partnership, its bestuur, a named other school — reflection-sharing.ts).
 */
export const POLICY: Readonly<Record<Action, (s: Subject) => boolean>> = {
  'niveau.read': (s) => s.member || s.coordinator,
  'niveau.edit': (s) => s.member && s.editor,
  'reflection.status': (s) => s.member || s.coordinator,
  'reflection.content': (s) => s.member && !s.board,
  'reflection.contentShared': (s) => (s.member && !s.board) || s.granted === true,
  'reflection.edit': (s) => s.member && !s.board,
  'reflection.share': (s) => s.member && s.editor,
  'sop.status': (s) => s.member || s.coordinator,
  'sop.content': (s) => s.member,
  'sop.contentShared': (s) => s.member || s.coordinator,
  'sop.edit': (s) => s.member && s.editor,
  'framework.edit': (s) => s.coordinator,
  'reflection.deadline': (s) => s.coordinator,
  'niveauTemplate.edit': (s) => s.coordinator,
  'dashboard.read': (s) => s.coordinator,
  'broadcasts.progress': (s) => s.coordinator,
  'meeting.manage': (s) => s.coordinator,
  'meeting.attendance': (s) => s.coordinator || s.organiser === true,
  'meeting.programme': (s) => s.coordinator || s.organiser === true,
  'meeting.select': (s) => s.coordinator || s.organiser === true,
  'meeting.exception': (s) => s.coordinator,
  'announcement.manage': (s) => s.coordinator,
  'survey.manage': (s) => s.coordinator,
  'forms.import': (s) => s.coordinator,
  'privacy.manage': (s) => s.coordinator,
  self: () => true,
};

/** What a refusal says: which kind of thing was refused. */
export const REFUSAL: Readonly<Record<Action, ErrorCode>> = {
  'niveau.read': 'AUTH.FORBIDDEN',
  'niveau.edit': 'AUTH.FORBIDDEN',
  'reflection.status': 'AUTH.FORBIDDEN',
  'reflection.content': 'AUTH.FORBIDDEN',
  'reflection.contentShared': 'REFLECTION.NOT_SHARED',
  'reflection.edit': 'AUTH.FORBIDDEN',
  'reflection.share': 'AUTH.FORBIDDEN',
  'sop.status': 'AUTH.FORBIDDEN',
  'sop.content': 'AUTH.FORBIDDEN',
  'sop.contentShared': 'AUTH.FORBIDDEN',
  'sop.edit': 'AUTH.FORBIDDEN',
  'framework.edit': 'AUTH.FORBIDDEN',
  'reflection.deadline': 'AUTH.FORBIDDEN',
  'niveauTemplate.edit': 'AUTH.FORBIDDEN',
  'dashboard.read': 'AUTH.FORBIDDEN',
  'broadcasts.progress': 'AUTH.FORBIDDEN',
  'meeting.manage': 'MEETING.NOT_ORGANISER',
  'meeting.attendance': 'MEETING.NOT_ORGANISER',
  'meeting.programme': 'MEETING.NOT_ORGANISER',
  'meeting.select': 'MEETING.NOT_ORGANISER',
  'meeting.exception': 'MEETING.NOT_ORGANISER',
  'announcement.manage': 'ANNOUNCEMENT.NOT_ORGANISER',
  'survey.manage': 'SURVEY.NOT_ORGANISER',
  'forms.import': 'AUTH.FORBIDDEN',
  'privacy.manage': 'AUTH.FORBIDDEN',
  self: 'AUTH.FORBIDDEN',
};

export const subjectOf = (deps: CoordinatorSources, person: Person, schoolId: Id | null): Subject => {
  const member = schoolId !== null && person.schoolIds.includes(schoolId);
  return {
    member,
    editor: member && person.roles.some((r) => NIVEAU_EDITOR_ROLES.includes(r)),
    coordinator: isCoordinator(deps, person),
    board: schoolId !== null && member && !isOwnStaff(person, schoolId),
  };
};

export const may = (subject: Subject, action: Action): boolean => POLICY[action](subject);

/** For the partnership-wide actions (no school involved): ok, or the refusal that names what was refused. */
export const authorize = (deps: CoordinatorSources, person: Person, action: Action): Result<true> =>
  may(subjectOf(deps, person, null), action) ? ok(true) : fail(REFUSAL[action]);

/**
 * Before the meeting is known (a chat command, a card verb): whether `person` may go on to it. An action a
 * meeting's organiser may take (attendance, programme, selection) lets everyone through to the use case,
 * which checks the meeting itself with authorizeMeeting; any other action is decided here.
 */
export const authorizeBeforeMeeting = (deps: CoordinatorSources, person: Person, action: Action): Result<true> =>
  POLICY[action]({ member: false, editor: false, coordinator: false, board: false, organiser: true }) ? ok(true) : authorize(deps, person, action);

/** For an action on one meeting: its organiser counts too (`organiser` in the subject). */
export const authorizeMeeting = (deps: CoordinatorSources, person: Person, action: Action, meeting: { readonly organiserId: Id }): Result<true> =>
  may({ ...subjectOf(deps, person, null), organiser: meeting.organiserId === person.id }, action) ? ok(true) : fail(REFUSAL[action]);
