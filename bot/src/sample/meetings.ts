import { DEFAULT_CONFIRM_DAYS_BEFORE, type Meeting, type Session } from '@samen/shared';

type NewMeeting = Omit<Meeting, 'version'>;

const session = (id: string, startsAt: string, endsAt: string, extra: Partial<Session> = {}): Session => ({
  id,
  startsAt,
  endsAt,
  location: null,
  onlineUrl: null,
  region: null,
  sectors: [],
  capacity: null,
  ...extra,
});

const ORGANISER = 'person-1';
const CREATED = '2026-11-02T10:00:00+01:00';
const noReminders = { nonRespondersDaysBeforeDeadline: [], attendeesDaysBefore: [] };

/** Sample meetings, written for the school year 2026-2027 (the sample's "today" is late November 2026). */
export const SAMPLE_MEETINGS: readonly NewMeeting[] = [
  {
    id: 'meeting-plg-niveaus',
    title: 'PLG: samen sterker op de ondersteuningsniveaus',
    type: 'plg',
    description:
      'Een leergemeenschap van scholen die elkaar helpen bij het inrichten van de ondersteuningsniveaus: hoe organiseer je de extra ondersteuning op niveau 3, hoe stem je af met ouders, en hoe kies je een passend interventieprogramma? We werken in vier bijeenkomsten aan de vragen die jullie meebrengen.',
    sessions: [
      session('plg-1', '2027-01-19T15:30:00+01:00', '2027-01-19T17:30:00+01:00', { name: 'Regio Midden — Houten', location: 'Kantoor samenwerkingsverband, Houten', capacity: 24, region: 'midden', sectors: ['PO', 'SBO'] }),
      session('plg-2', '2027-03-09T15:30:00+01:00', '2027-03-09T17:30:00+01:00', { name: 'Regio Midden — Houten', location: 'Kantoor samenwerkingsverband, Houten', capacity: 24, region: 'midden', sectors: ['PO', 'SBO'] }),
      session('plg-3', '2027-05-11T15:30:00+02:00', '2027-05-11T17:30:00+02:00', { name: 'Regio Midden — Nieuwegein', location: 'SBO De Horizon, Nieuwegein', capacity: 24, region: 'midden', sectors: ['PO', 'SBO'] }),
      session('plg-4', '2027-06-22T15:30:00+02:00', '2027-06-22T17:30:00+02:00', { name: 'Regio Midden — Houten', location: 'Kantoor samenwerkingsverband, Houten', capacity: 24, region: 'midden', sectors: ['PO', 'SBO'] }),
    ],
    sessionChoice: 'each',
    audience: { roles: ['schoolleider', 'ib', 'leerkracht', 'leesspecialist'], sectors: ['PO', 'SBO'], schoolIds: [] },
    registrationDeadline: '2027-01-08T23:59:00+01:00',
    organiserId: ORGANISER,
    reminderPlan: { nonRespondersDaysBeforeDeadline: [7, 2], attendeesDaysBefore: [2] },
    questions: [{ id: 'q1', label: 'Welk knelpunt wil je inbrengen?', choices: [], required: false }],
    status: 'verstuurd',
    createdAt: CREATED,
  },
  {
    id: 'meeting-iboo-december',
    title: 'IB/OO-bijeenkomst: de inzet van onderwijsondersteuners',
    type: 'ib-oo',
    description:
      'We bespreken de uitkomsten van de jaarlijkse vragenlijst over de inzet van onderwijsondersteuners en de wensen van de scholen voor volgend jaar. Het programma volgt een week van tevoren.',
    sessions: [
      session('iboo-dec-1', '2026-12-15T09:00:00+01:00', '2026-12-15T11:00:00+01:00', { name: 'Regio Noord — Drachten', location: 'Het Kompas, Drachten', capacity: 30, region: 'noord' }),
    ],
    sessionChoice: 'one',
    audience: { roles: ['ib', 'onderwijsondersteuner'], sectors: [], schoolIds: [] },
    registrationDeadline: '2026-12-08T23:59:00+01:00',
    organiserId: ORGANISER,
    reminderPlan: { nonRespondersDaysBeforeDeadline: [3], attendeesDaysBefore: [1] },
    status: 'verstuurd',
    createdAt: CREATED,
  },
  {
    id: 'meeting-iboo-voorjaar',
    title: 'IB/OO-bijeenkomst voorjaar: groeidocument en OPP',
    type: 'ib-oo',
    description: 'Dezelfde bijeenkomst op twee dagen: kies de dag die jou het beste past. We wisselen ervaringen uit met het groeidocument en het ontwikkelingsperspectief.',
    sessions: [
      session('iboo-vj-1', '2027-03-16T09:00:00+01:00', '2027-03-16T11:00:00+01:00', { name: 'Regio Midden — Houten', location: 'Kantoor samenwerkingsverband, Houten', capacity: 25, region: 'midden' }),
      session('iboo-vj-2', '2027-03-18T13:30:00+01:00', '2027-03-18T15:30:00+01:00', { name: 'Regio Zuid — Helmond', location: 'IKC De Vlinderboom, Helmond', capacity: 25, region: 'zuid' }),
    ],
    sessionChoice: 'one',
    audience: { roles: ['ib', 'onderwijsondersteuner'], sectors: [], schoolIds: [] },
    registrationDeadline: '2027-03-09T23:59:00+01:00',
    organiserId: ORGANISER,
    reminderPlan: { nonRespondersDaysBeforeDeadline: [5], attendeesDaysBefore: [1] },
    status: 'verstuurd',
    createdAt: CREATED,
  },
  {
    id: 'meeting-consultatie-basisondersteuning',
    title: 'Praat mee: wat mag je van basisondersteuning verwachten?',
    type: 'consultatie',
    description:
      'Avonden in de regio, één online en één voor het voortgezet onderwijs, over wat goede en haalbare basisondersteuning is: signaleren, volgen, lezen en dyslexie, meer- en hoogbegaafdheid, leergedrag. Geen voorbereiding nodig; er is eten en drinken. Er is beperkt plek, want we zoeken per avond een gemengde groep: je meldt je aan en hoort twee weken van tevoren of je kunt deelnemen.',
    sessions: [
      // Noord's voorjaarsvakantie runs 13–21 February 2027: the evening is the Tuesday before.
      session('cons-noord', '2027-02-09T19:00:00+01:00', '2027-02-09T21:00:00+01:00', { name: 'Regio Noord — Drachten', location: 'Het Kompas, Drachten', capacity: 3, region: 'noord', sectors: ['PO', 'SBO', 'SO'] }),
      session('cons-zuid', '2027-02-18T16:00:00+01:00', '2027-02-18T18:00:00+01:00', { name: 'Regio Zuid — Helmond', location: 'IKC De Vlinderboom, Helmond', capacity: 20, region: 'zuid', sectors: ['PO', 'SBO', 'SO'] }),
      session('cons-midden', '2027-02-23T19:00:00+01:00', '2027-02-23T21:00:00+01:00', { name: 'Regio Midden — Utrecht', location: 'Meander College, Utrecht', capacity: 25, region: 'midden' }),
      session('cons-online', '2027-03-02T19:00:00+01:00', '2027-03-02T21:00:00+01:00', { name: 'Online — heel het samenwerkingsverband', onlineUrl: 'https://teams.microsoft.com/l/meetup-join/voorbeeld', capacity: 40 }),
      session('cons-vo', '2027-03-04T19:00:00+01:00', '2027-03-04T21:00:00+01:00', { name: 'Regio Midden — Utrecht, (speciaal) voortgezet onderwijs', location: 'Meander College, Utrecht', capacity: 20, region: 'midden', sectors: ['VO', 'VSO'] }),
    ],
    sessionChoice: 'one',
    audience: { roles: [], sectors: [], schoolIds: [] },
    // Closes more than two weeks before the first evening, so the selection can be confirmed in time.
    registrationDeadline: '2027-01-22T23:59:00+01:00',
    organiserId: ORGANISER,
    reminderPlan: noReminders,
    questions: [{ id: 'q1', label: 'Welk thema spreekt je het meest aan?', choices: ['Lezen en dyslexie', 'Meer- en hoogbegaafdheid', 'Leergedrag'], required: false }],
    registrationMode: 'aanvraag',
    confirmDaysBefore: DEFAULT_CONFIRM_DAYS_BEFORE,
    contact: { name: 'Ingrid Verhoef', email: 'ingrid.verhoef@swv-voorbeeld.nl', phone: '030 123 45 67' },
    // The VO ondersteuningscoördinator of Meander joins the evening in the north (her own region has none before March).
    sectorExceptions: ['person-13'],
    status: 'verstuurd',
    createdAt: CREATED,
  },
  {
    id: 'meeting-informatie-plg-lezen',
    title: 'Informatiebijeenkomst: PLG lezen en dyslexie',
    type: 'informatie',
    description:
      'Een half uur online: wat is een PLG, hoe werken we samen aan de knelpunten die jullie meebrengen, en wat vraagt het van je school? Daarna beslis je of je meedoet.',
    sessions: [
      session('info-lezen-1', '2027-01-12T15:30:00+01:00', '2027-01-12T16:00:00+01:00', { name: 'Online', onlineUrl: 'https://teams.microsoft.com/l/meetup-join/voorbeeld-info', sectors: ['PO', 'SBO'] }),
    ],
    sessionChoice: 'one',
    audience: { roles: ['schoolleider', 'ib', 'leesspecialist'], sectors: ['PO', 'SBO'], schoolIds: [] },
    registrationDeadline: null,
    organiserId: ORGANISER,
    reminderPlan: { nonRespondersDaysBeforeDeadline: [], attendeesDaysBefore: [1] },
    status: 'verstuurd',
    createdAt: CREATED,
  },
];

/**
 * Answers already given, so the counts, a full session and a waitlist show at once. `on`: the day the answer
 * was given (Amsterdam, 12:00), after the meetings were sent and before any deadline: the dashboard's line.
 */
export const SAMPLE_RSVPS: readonly { meetingId: string; sessionId: string | null; personId: string; response: 'attend' | 'decline' | 'maybe'; on: string }[] = [
  { meetingId: 'meeting-plg-niveaus', sessionId: 'plg-1', personId: 'person-2', response: 'attend', on: '2026-11-03' },
  { meetingId: 'meeting-plg-niveaus', sessionId: 'plg-1', personId: 'person-4', response: 'attend', on: '2026-11-05' },
  { meetingId: 'meeting-plg-niveaus', sessionId: 'plg-2', personId: 'person-4', response: 'attend', on: '2026-11-05' },
  { meetingId: 'meeting-plg-niveaus', sessionId: 'plg-1', personId: 'person-9', response: 'maybe', on: '2026-11-12' },
  { meetingId: 'meeting-iboo-december', sessionId: 'iboo-dec-1', personId: 'person-5', response: 'attend', on: '2026-11-04' },
  { meetingId: 'meeting-iboo-december', sessionId: 'iboo-dec-1', personId: 'person-10', response: 'attend', on: '2026-11-09' },
  { meetingId: 'meeting-iboo-december', sessionId: null, personId: 'person-9', response: 'decline', on: '2026-11-10' },
  { meetingId: 'meeting-consultatie-basisondersteuning', sessionId: 'cons-noord', personId: 'person-6', response: 'attend', on: '2026-11-03' },
  { meetingId: 'meeting-consultatie-basisondersteuning', sessionId: 'cons-noord', personId: 'person-11', response: 'attend', on: '2026-11-04' },
  { meetingId: 'meeting-consultatie-basisondersteuning', sessionId: 'cons-noord', personId: 'person-12', response: 'attend', on: '2026-11-06' },
  { meetingId: 'meeting-consultatie-basisondersteuning', sessionId: 'cons-noord', personId: 'person-13', response: 'attend', on: '2026-11-11' },
  { meetingId: 'meeting-consultatie-basisondersteuning', sessionId: 'cons-midden', personId: 'person-3', response: 'attend', on: '2026-11-17' },
];
