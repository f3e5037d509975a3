/**
 * 'aanvraag' mode. The organiser's selection card: per session two multi-selects ("krijgt een plaats",
 * "reservelijst") pre-filled with the proposal; whoever is ticked in neither gets "helaas". And the
 * outcome card each applicant receives on the outcome day.
 */
import { formatDate, formatDateTime, formatSession } from '../domain/format.js';
import type { Id } from '../domain/ids.js';
import { findSession, type Meeting, type Session } from '../domain/meeting.js';
import { waitlistPosition } from '../domain/rsvp.js';
import type { Rsvp } from '../domain/rsvp-types.js';
import { groupQuestionOf, outcomeMoment, type Candidate, type SelectionOutcome, type SessionProposal } from '../domain/selection.js';
import { t, type Locale } from '../i18n/index.js';
import { card, execute, heading, submitFallbackSet, subtle, text, withBanner, type ActionSpec } from './elements.js';
import { invitationCard, type InvitationCardInput } from './invitation-card.js';
import { sessionName } from './invitation-sections.js';
import type { AdaptiveCard, CardElement, Container } from './types.js';

/** Sessions a selection card can carry (two inputs each). */
export const MAX_SELECTION_SESSIONS = 20;
/** Input ids of session `index`: who gets a place, and the reserve list. */
export const selectedInputId = (index: number): string => `sel_${index}`;
export const reserveInputId = (index: number): string => `res_${index}`;

export interface SelectionCardInput {
  readonly meeting: Meeting;
  readonly proposals: readonly SessionProposal[];
  /** Display name per person id; an applicant without one is shown as "Aanvraag n". */
  readonly names: ReadonlyMap<Id, string>;
  readonly rsvps: readonly Rsvp[];
  readonly confirmedAt: string | null;
  readonly locale: Locale;
  /** Sent proactively when applications closed: a line on top says why it arrives. */
  readonly notice?: boolean;
}

const candidateTitle = (c: Candidate, n: number, input: SelectionCardInput): string => {
  const { locale } = input;
  const name = input.names.get(c.personId) ?? t('selection:card.unnamed', locale, { n });
  const details = [c.group, c.role ? t(`common:roles.${c.role}`, locale) : null, formatDate(c.appliedAt, locale)].filter(Boolean);
  return `${name} — ${details.join(' · ')}`;
};

const sessionHeader = (meeting: Meeting, session: Session, locale: Locale): CardElement[] => [
  text(meeting.sessions.length > 1 ? `${sessionName(meeting, session, locale)}: ${formatSession(session.startsAt, session.endsAt, locale)}` : formatSession(session.startsAt, session.endsAt, locale), {
    weight: 'bolder',
  }),
  subtle(session.capacity === null ? t('selection:card.noLimit', locale) : t('selection:card.seats', locale, { count: session.capacity })),
];

const proposalBlock = (input: SelectionCardInput, session: Session, index: number, proposal: SessionProposal): Container => {
  const { meeting, locale } = input;
  const everyone = [...proposal.proposed, ...proposal.reserve, ...proposal.ineligible];
  // Choices in a stable order (first come), so the reserve comes back in the order it is shown.
  const ordered = [...proposal.proposed, ...proposal.reserve, ...proposal.ineligible].sort((a, b) =>
    Date.parse(a.appliedAt) - Date.parse(b.appliedAt) || (a.rsvpId < b.rsvpId ? -1 : 1),
  );
  const choices = ordered.map((c, i) => ({ title: candidateTitle(c, i + 1, input), value: c.personId }));
  const outside = proposal.ineligible.map((c) => input.names.get(c.personId) ?? t('selection:card.unnamed', locale, { n: ordered.indexOf(c) + 1 }));
  return {
    type: 'Container',
    separator: true,
    spacing: 'medium',
    items: [
      ...sessionHeader(meeting, session, locale),
      ...(everyone.length === 0
        ? [text(t('selection:card.none', locale), { isSubtle: true })]
        : [
            {
              type: 'Input.ChoiceSet' as const,
              id: selectedInputId(index),
              label: t('selection:card.selected', locale),
              isMultiSelect: true,
              style: 'expanded' as const,
              wrap: true,
              value: proposal.proposed.map((c) => c.personId).join(','),
              choices,
            },
            {
              type: 'Input.ChoiceSet' as const,
              id: reserveInputId(index),
              label: t('selection:card.reserve', locale),
              isMultiSelect: true,
              style: 'expanded' as const,
              wrap: true,
              value: proposal.reserve.map((c) => c.personId).join(','),
              choices,
            },
            ...(outside.length > 0
              ? [text(t('selection:card.outsideSectors', locale, { count: outside.length, names: outside.join(', ') }), { isSubtle: true, size: 'small' as const })]
              : []),
          ]),
    ],
  };
};

const confirmedBlock = (input: SelectionCardInput, session: Session): Container => {
  const of = input.rsvps.filter((r) => r.sessionId === session.id);
  const count = (status: Rsvp['status']) => of.filter((r) => r.status === status).length;
  return {
    type: 'Container',
    separator: true,
    spacing: 'medium',
    items: [
      ...sessionHeader(input.meeting, session, input.locale),
      text(t('selection:card.confirmedCounts', input.locale, { count: count('booked'), reserve: count('waitlisted'), notSelected: count('not-selected') })),
    ],
  };
};

export const selectionCard = (input: SelectionCardInput): AdaptiveCard => {
  const { meeting, locale } = input;
  const sessions = meeting.sessions.slice(0, MAX_SELECTION_SESSIONS);
  const top: CardElement[] = [
    ...(input.notice ? [text(t('selection:card.notice', locale, { title: meeting.title }), { weight: 'bolder', color: 'accent' as const })] : []),
    subtle(t(`common:meetingTypes.${meeting.type}`, locale)),
    heading(t('selection:card.title', locale, { title: meeting.title })),
  ];
  if (input.confirmedAt) {
    return card({
      locale,
      body: [...top, text(t('selection:card.confirmed', locale, { date: formatDateTime(input.confirmedAt, locale) })), ...sessions.map((s) => confirmedBlock(input, s))],
    });
  }
  const applications = input.proposals.reduce((n, p) => n + p.proposed.length + p.reserve.length + p.ineligible.length, 0);
  const question = groupQuestionOf(meeting);
  const first = sessions[0];
  const confirm: ActionSpec = { verb: 'selection.confirm', title: t('selection:card.confirm', locale), data: { meetingId: meeting.id }, style: 'positive' };
  const fallback = submitFallbackSet([confirm], locale);
  return card({
    locale,
    body: [
      ...top,
      text(t('selection:card.intro', locale, { count: applications })),
      subtle(question ? t('selection:card.rule', locale, { question: question.label }) : t('selection:card.ruleNoQuestion', locale)),
      ...sessions.flatMap((s, i) => {
        const proposal = input.proposals.find((p) => p.sessionId === s.id);
        return proposal ? [proposalBlock(input, s, i, proposal)] : [];
      }),
      subtle(t('selection:card.reserveHint', locale)),
      ...(first ? [text(t('selection:card.whenSent', locale, { answerBy: formatDate(outcomeMoment(meeting, first), locale) }), { spacing: 'medium' })] : []),
    ],
    actions: [execute(confirm), ...(fallback ? [fallback] : [])],
  });
};

export type OutcomeCardInput = InvitationCardInput & { readonly sessionId: Id; readonly outcome: SelectionOutcome };

const contactLine = (meeting: Meeting, locale: Locale): CardElement[] =>
  meeting.contact ? [text(t('selection:outcome.contact', locale, { name: meeting.contact.name, email: meeting.contact.email }), { isSubtle: true })] : [];

/**
 * What an applicant hears on the outcome day: a place (their live invitation with the calendar file
 * below a "je kunt deelnemen" banner), the reserve list (with their current place), or a kind "helaas".
 */
export const outcomeCard = (input: OutcomeCardInput): AdaptiveCard => {
  const { meeting, locale } = input;
  const session = findSession(meeting, input.sessionId);
  const date = session ? formatSession(session.startsAt, session.endsAt, locale) : '';
  const vars = { title: meeting.title, date };
  if (input.outcome === 'confirmed')
    return withBanner(
      invitationCard(input),
      [
        text(t('selection:outcome.confirmed.title', locale), { weight: 'bolder', size: 'medium' }),
        text(t('selection:outcome.confirmed.body', locale, vars)),
        text(t('selection:outcome.confirmed.cantCome', locale), { isSubtle: true }),
      ],
      'good',
    );
  if (input.outcome === 'waitlisted') {
    const position = waitlistPosition(input.rsvps, input.sessionId, input.viewer.personId) ?? '?';
    return withBanner(
      invitationCard(input),
      [text(t('selection:outcome.waitlisted.title', locale), { weight: 'bolder', size: 'medium' }), text(t('selection:outcome.waitlisted.body', locale, { ...vars, position }))],
      'warning',
    );
  }
  return card({
    locale,
    body: [
      subtle(t(`common:meetingTypes.${meeting.type}`, locale)),
      heading(t('selection:outcome.notSelected.title', locale)),
      text(t('selection:outcome.notSelected.body', locale, vars)),
      ...contactLine(meeting, locale),
    ],
  });
};
