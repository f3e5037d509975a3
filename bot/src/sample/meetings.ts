import type { Meeting, Session } from '@samen/shared';

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
      session('plg-1', '2027-01-19T15:30:00+01:00', '2027-01-19T17:30:00+01:00', { location: 'Kantoor samenwerkingsverband, Houten', capacity: 24, region: 'midden' }),
      session('plg-2', '2027-03-09T15:30:00+01:00', '2027-03-09T17:30:00+01:00', { location: 'Kantoor samenwerkingsverband, Houten', capacity: 24, region: 'midden' }),
      session('plg-3', '2027-05-11T15:30:00+02:00', '2027-05-11T17:30:00+02:00', { location: 'SBO De Horizon, Nieuwegein', capacity: 24, region: 'midden' }),
      session('plg-4', '2027-06-22T15:30:00+02:00', '2027-06-22T17:30:00+02:00', { location: 'Kantoor samenwerkingsverband, Houten', capacity: 24, region: 'midden' }),
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
      session('iboo-dec-1', '2026-12-15T09:00:00+01:00', '2026-12-15T11:00:00+01:00', { location: 'Het Kompas, Drachten', capacity: 30, region: 'noord' }),
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
      session('iboo-vj-1', '2027-03-16T09:00:00+01:00', '2027-03-16T11:00:00+01:00', { location: 'Kantoor samenwerkingsverband, Houten', capacity: 25, region: 'midden' }),
      session('iboo-vj-2', '2027-03-18T13:30:00+01:00', '2027-03-18T15:30:00+01:00', { location: 'IKC De Vlinderboom, Helmond', capacity: 25, region: 'zuid' }),
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
      'Vier avonden in de regio, één online, over wat goede en haalbare basisondersteuning is: signaleren, volgen, lezen en dyslexie, meer- en hoogbegaafdheid, leergedrag. Geen voorbereiding nodig; er is eten en drinken. Er is beperkt plek: je hoort twee weken van tevoren of je kunt deelnemen.',
    sessions: [
      session('cons-noord', '2027-02-16T19:00:00+01:00', '2027-02-16T21:00:00+01:00', { location: 'Het Kompas, Drachten', capacity: 3, region: 'noord', sectors: ['VO', 'VSO'] }),
      session('cons-zuid', '2027-02-18T16:00:00+01:00', '2027-02-18T18:00:00+01:00', { location: 'IKC De Vlinderboom, Helmond', capacity: 20, region: 'zuid', sectors: ['PO', 'SBO', 'SO'] }),
      session('cons-midden', '2027-02-23T19:00:00+01:00', '2027-02-23T21:00:00+01:00', { location: 'Meander College, Utrecht', capacity: 25, region: 'midden' }),
      session('cons-online', '2027-03-02T19:00:00+01:00', '2027-03-02T21:00:00+01:00', { onlineUrl: 'https://teams.microsoft.com/l/meetup-join/voorbeeld', capacity: 40 }),
    ],
    sessionChoice: 'one',
    audience: { roles: [], sectors: [], schoolIds: [] },
    registrationDeadline: '2027-02-01T23:59:00+01:00',
    organiserId: ORGANISER,
    reminderPlan: noReminders,
    questions: [{ id: 'q1', label: 'Welk thema spreekt je het meest aan?', choices: ['Lezen en dyslexie', 'Meer- en hoogbegaafdheid', 'Leergedrag'], required: false }],
    status: 'verstuurd',
    createdAt: CREATED,
  },
];

/** Answers already given, so the counts, a full session and a waitlist show at once. */
export const SAMPLE_RSVPS: readonly { meetingId: string; sessionId: string | null; personId: string; response: 'attend' | 'decline' | 'maybe' }[] = [
  { meetingId: 'meeting-plg-niveaus', sessionId: 'plg-1', personId: 'person-2', response: 'attend' },
  { meetingId: 'meeting-plg-niveaus', sessionId: 'plg-1', personId: 'person-4', response: 'attend' },
  { meetingId: 'meeting-plg-niveaus', sessionId: 'plg-2', personId: 'person-4', response: 'attend' },
  { meetingId: 'meeting-plg-niveaus', sessionId: 'plg-1', personId: 'person-9', response: 'maybe' },
  { meetingId: 'meeting-iboo-december', sessionId: 'iboo-dec-1', personId: 'person-5', response: 'attend' },
  { meetingId: 'meeting-iboo-december', sessionId: 'iboo-dec-1', personId: 'person-10', response: 'attend' },
  { meetingId: 'meeting-iboo-december', sessionId: null, personId: 'person-9', response: 'decline' },
  { meetingId: 'meeting-consultatie-basisondersteuning', sessionId: 'cons-noord', personId: 'person-6', response: 'attend' },
  { meetingId: 'meeting-consultatie-basisondersteuning', sessionId: 'cons-noord', personId: 'person-11', response: 'attend' },
  { meetingId: 'meeting-consultatie-basisondersteuning', sessionId: 'cons-noord', personId: 'person-12', response: 'attend' },
  { meetingId: 'meeting-consultatie-basisondersteuning', sessionId: 'cons-noord', personId: 'person-13', response: 'attend' },
  { meetingId: 'meeting-consultatie-basisondersteuning', sessionId: 'cons-midden', personId: 'person-3', response: 'attend' },
];
