/**
 * Every SharePoint list and column the app uses, defined once. The provisioner
 * (`npm run provision:sharepoint`) creates or updates them; the SharePoint store adapter reads and
 * writes them by these names. Rules:
 * - every column that is filtered or sorted on is `indexed` (no list-view-threshold failures past
 *   5,000 items); a key column is also `unique` (SharePoint's enforceUniqueValues needs an index);
 * - timestamps are stored as the exact ISO text the domain wrote (offsets kept); where an order is
 *   needed there is a separate sortable column (`DueKey`, `Revision`);
 * - nested data (sessions, answers, levels) is JSON in a multi-line text column (`note`).
 */
import { MEETING_TYPES, REGIONS, REGISTRANT_ROLES, RSVP_STATUSES, SECTORS, SOP_STATUSES } from '@samen/shared';

export type ColumnType = 'text' | 'note' | 'number' | 'boolean' | 'choice';

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  readonly required?: boolean;
  readonly indexed?: boolean;
  readonly unique?: boolean;
  readonly choices?: readonly string[];
}

/** central = the partnership's site (app-only, Sites.Selected); school = the school's own team site (delegated). */
export type SiteKind = 'central' | 'school';

export interface ListSpec {
  readonly name: string;
  readonly site: SiteKind;
  readonly description: string;
  readonly columns: readonly ColumnSpec[];
}

const key = (name: string): ColumnSpec => ({ name, type: 'text', required: true, indexed: true, unique: true });
const indexed = (name: string, type: ColumnType = 'text'): ColumnSpec => ({ name, type, required: true, indexed: true });
const text = (name: string, required = true): ColumnSpec => ({ name, type: 'text', required });
const note = (name: string, required = true): ColumnSpec => ({ name, type: 'note', required });
const choice = (name: string, choices: readonly string[], isIndexed = false): ColumnSpec => ({
  name,
  type: 'choice',
  required: true,
  choices,
  indexed: isIndexed,
});

export const LISTS = {
  schools: {
    name: 'Scholen',
    site: 'central',
    description: 'Scholen van het samenwerkingsverband',
    columns: [key('RecordId'), text('Name'), choice('Sector', SECTORS), choice('Region', REGIONS), text('Place', false)],
  },
  people: {
    name: 'Personen',
    site: 'central',
    description: 'Medewerkers die de app kent (Entra object id, scholen, rollen)',
    columns: [key('RecordId'), key('AadObjectId'), text('Name', false), text('Email', false), choice('Locale', ['nl', 'en']), note('SchoolIds'), note('Roles')],
  },
  conversations: {
    name: 'Gesprekken',
    site: 'central',
    description: 'Teams-gespreksreferenties voor proactieve berichten',
    columns: [key('ConversationId'), { name: 'PersonId', type: 'text', indexed: true }, text('Scope'), note('Reference'), text('UpdatedAt')],
  },
  meetings: {
    name: 'Bijeenkomsten',
    site: 'central',
    description: 'Bijeenkomsten met hun sessies, doelgroep en herinneringsplan',
    columns: [
      key('RecordId'),
      choice('Status', ['concept', 'verstuurd', 'geannuleerd'], true),
      choice('MeetingType', MEETING_TYPES),
      indexed('OrganiserId'),
      text('CreatedAt'),
      note('Data'),
    ],
  },
  rsvps: {
    name: 'Aanmeldingen',
    site: 'central',
    description: 'Aanmeldingen per sessie (kaart, chat, tab of Forms)',
    columns: [
      key('RecordId'),
      key('RsvpKey'),
      indexed('MeetingId'),
      text('SessionId'),
      indexed('PersonId'),
      choice('Status', RSVP_STATUSES),
      text('StatusSince'),
      choice('Source', ['card', 'tab', 'chat', 'forms']),
      note('Answers', false),
      // Taken after the session; empty = not taken (a Yes/No column cannot say "not taken").
      { name: 'Attendance', type: 'choice', required: false, choices: ['aanwezig', 'afwezig'] },
    ],
  },
  rsvpLocks: {
    name: 'Aanmeldingsslot',
    site: 'central',
    description: 'Eén slot per bijeenkomst: bewaakt de capaciteit zonder transacties (ETag)',
    columns: [key('MeetingId'), text('Holder', false), { name: 'LockedUntilMs', type: 'number', required: true }, { name: 'Revision', type: 'number', required: true }],
  },
  outbox: {
    name: 'Uitnodigingen',
    site: 'central',
    description: 'Uitgaande berichten (outbox) en hun afleverstatus',
    columns: [
      key('OutboxKey'),
      choice('Kind', ['invitation', 'reminder', 'promotion', 'update', 'announcement', 'survey', 'outcome', 'selection', 'registration', 'reflection-reminder']),
      text('PersonId'),
      { name: 'MeetingId', type: 'text', indexed: true },
      note('Payload'),
      choice('Status', ['pending', 'sending', 'sent', 'failed'], true),
      { name: 'Attempts', type: 'number', required: true },
      text('NotBefore'),
      indexed('DueKey'),
      note('LastError', false),
      text('ActivityId', false),
      indexed('UpdatedAt'),
    ],
  },
  reflectionStatus: {
    name: 'Reflectiestatus',
    site: 'central',
    description: 'De status van elke reflectie; de antwoorden alleen zolang de school ze deelt',
    columns: [
      key('StatusKey'),
      text('SchoolId'),
      indexed('SchoolYear'),
      choice('Status', ['concept', 'afgerond']),
      { name: 'SharedWithSwv', type: 'boolean' },
      // With whom the school shares (JSON: swv, bestuur, named schools, with who and when); empty on items from before.
      note('Grants', false),
      text('UpdatedAt'),
      // A copy of the reflection while the school shares it with anyone; emptied when it stops sharing.
      note('SharedReflection', false),
    ],
  },
  niveauStatus: {
    name: 'Niveaustatus',
    site: 'central',
    description: 'Wanneer elke school haar niveau-overzicht het laatst bijwerkte, nooit de inhoud',
    columns: [key('SchoolId'), { name: 'Revision', type: 'number', required: true }, text('UpdatedAt')],
  },
  frameworks: {
    name: 'Kaders',
    site: 'central',
    description: 'Het kader van de handreiking per schooljaar',
    columns: [key('SchoolYear'), { name: 'Revision', type: 'number', required: true }, { name: 'IsExample', type: 'boolean' }, note('Items')],
  },
  reflectionDeadlines: {
    name: 'Reflectiedeadlines',
    site: 'central',
    description: 'De datum waarvóór scholen hun reflectie afronden, per schooljaar, en de herinneringen vooraf',
    // DeadlineDate empty = the coördinator cleared it. ReminderDays: JSON list of days before the date.
    columns: [key('SchoolYear'), text('DeadlineDate', false), note('ReminderDays'), text('UpdatedAt'), text('UpdatedBy')],
  },
  reflectionProgress: {
    name: 'Reflectievoortgang',
    site: 'central',
    description: 'Hoeveel onderdelen elke school in haar reflectie heeft ingevuld (alleen aantallen, nooit de antwoorden)',
    columns: [
      key('ProgressKey'),
      text('SchoolId'),
      indexed('SchoolYear'),
      { name: 'Answered', type: 'number', required: true },
      { name: 'Total', type: 'number', required: true },
      text('UpdatedAt'),
    ],
  },
  niveauTemplates: {
    name: 'Niveausjablonen',
    site: 'central',
    description: 'Het niveausjabloon per soort school (PO, VO, SO/VSO); elke versie blijft bewaard',
    columns: [key('RevisionKey'), indexed('Sector'), { name: 'Revision', type: 'number', required: true }, text('UpdatedAt'), text('UpdatedBy'), note('Levels')],
  },
  niveaus: {
    name: 'Niveau-overzicht',
    site: 'school',
    description: 'Het niveau-overzicht van de school; elke versie blijft bewaard',
    columns: [key('RevisionKey'), indexed('SchoolId'), { name: 'Revision', type: 'number', required: true, indexed: true }, text('UpdatedAt'), text('UpdatedBy'), note('Levels')],
  },
  reflections: {
    name: 'Reflecties',
    site: 'school',
    description: 'De jaarlijkse reflectie van de school, met de antwoorden',
    columns: [
      key('ReflectionKey'),
      indexed('SchoolId'),
      text('SchoolYear'),
      { name: 'FrameworkRevision', type: 'number', required: true },
      choice('Status', ['concept', 'afgerond']),
      { name: 'SharedWithSwv', type: 'boolean' },
      // The grants per audience (JSON); empty on an item from before, whose SharedWithSwv counts as a partnership grant.
      note('Grants', false),
      text('UpdatedAt'),
      text('UpdatedBy'),
      note('Answers'),
    ],
  },
  sops: {
    name: 'Ondersteuningsprofielen',
    site: 'school',
    description: 'Het schoolondersteuningsprofiel (één A4) per schooljaar, met de inhoud',
    columns: [key('SopKey'), indexed('SchoolId'), text('SchoolYear'), choice('Status', SOP_STATUSES), note('Steps'), { name: 'SharedWithSwv', type: 'boolean' }, text('UpdatedAt'), text('UpdatedBy'), note('Content')],
  },
  sopStatus: {
    name: 'Ondersteuningsprofielstatus',
    site: 'central',
    description: 'Hoe ver elke school is met haar ondersteuningsprofiel; de inhoud alleen zolang de school die deelt',
    columns: [
      key('StatusKey'),
      text('SchoolId'),
      indexed('SchoolYear'),
      choice('Status', SOP_STATUSES),
      note('Steps'),
      { name: 'SharedWithSwv', type: 'boolean' },
      text('UpdatedAt'),
      // A copy of the SOP while the school shares it; emptied when it stops sharing.
      note('SharedSop', false),
    ],
  },
  announcements: {
    name: 'Mededelingen',
    site: 'central',
    description: 'Mededelingen van het samenwerkingsverband',
    columns: [key('RecordId'), note('Data')],
  },
  announcementRecipients: {
    name: 'Mededelingontvangers',
    site: 'central',
    description: 'Wie een mededeling kreeg (en van wie, bij doorsturen)',
    columns: [key('RecipientKey'), indexed('AnnouncementId'), text('PersonId'), text('ForwardedBy', false), text('AddedAt')],
  },
  acknowledgements: {
    name: 'Leesbevestigingen',
    site: 'central',
    description: 'Wie een mededeling als gelezen bevestigde',
    columns: [key('AckKey'), indexed('AnnouncementId'), text('PersonId'), text('At')],
  },
  surveys: {
    name: 'Peilingen',
    site: 'central',
    description: 'Peilingen (vragenlijsten) van het samenwerkingsverband',
    columns: [key('RecordId'), note('Data')],
  },
  surveyResponses: {
    name: 'Peilingantwoorden',
    site: 'central',
    description: 'Antwoorden op peilingen; anoniem zonder persoon',
    columns: [
      key('RecordId'),
      indexed('SurveyId'),
      { name: 'PersonKey', type: 'text', indexed: true, unique: true },
      { name: 'SchoolKey', type: 'text', indexed: true, unique: true },
      note('Data'),
    ],
  },
  surveyMarkers: {
    name: 'Peilingmarkers',
    site: 'central',
    description: 'Anonieme "heeft geantwoord"-markeringen (een sleutel-hash, nooit een persoon)',
    columns: [key('MarkerKey')],
  },
  formsImportRows: {
    name: 'Forms-import',
    site: 'central',
    description: 'Welke rijen van elk Forms-formulier al zijn geïmporteerd, zodat geen rij twee keer meetelt',
    // EntryKey = hash of form id and row key (fits the 255 characters of an indexed text column).
    columns: [key('EntryKey'), indexed('FormId'), note('RowKey')],
  },
  formResponses: {
    name: 'Formulierantwoorden',
    site: 'central',
    description: 'Antwoorden uit Microsoft Forms, door een Power Automate-stroom toegevoegd (docs/sharepoint.md)',
    // Filled by a flow, read by the import per form (FormId). ResponseId is Forms' own number of the
    // response; it counts from 1 in every form, so it is indexed but cannot be unique in this list.
    // Answers as text, one column per question, so a flow maps them without expressions.
    columns: [
      indexed('FormId'),
      { name: 'ResponseId', type: 'number', required: true, indexed: true },
      text('SubmittedAt', false),
      text('Email', false),
      text('Name', false),
      text('School', false),
      text('Role', false),
      text('Session', false),
      ...Array.from({ length: 10 }, (_, i) => note(`Answer${i + 1}`, false)),
    ],
  },
  formsImportRuns: {
    name: 'Forms-importverslagen',
    site: 'central',
    description: 'De laatste Forms-import per formulier: aantallen en niet verwerkte rijen (rijnummer en reden)',
    columns: [key('FormId'), text('RanAt'), note('Run')],
  },
  registrants: {
    name: 'Externe aanmelders',
    site: 'central',
    description: 'Mensen buiten de organisatie die zich via Forms aanmeldden; bewaard tot 8 weken na de bijeenkomst',
    // RegistrantKey = hash of meeting id and lowercased address: one registrant per meeting and address.
    columns: [
      key('RecordId'),
      key('RegistrantKey'),
      indexed('MeetingId'),
      text('Name'),
      text('Email'),
      choice('Role', REGISTRANT_ROLES),
      { name: 'Sector', type: 'choice', required: false, choices: SECTORS },
      text('CreatedAt'),
    ],
  },
  retentionRuns: {
    name: 'Opschoonrondes',
    site: 'central',
    description: 'De laatste opschoonronde (bewaartermijnen): wanneer, de volgende, en aantallen; nooit wie',
    columns: [key('RunKey'), text('RanAt'), note('Run')],
  },
  erasures: {
    name: 'Verwijderverzoeken',
    site: 'central',
    description: 'Wanneer welke coördinator iemands gegevens wiste en hoeveel records (AVG art. 17); nooit wie',
    columns: [key('RecordId'), text('ErasedAt'), text('ByPersonId'), choice('SubjectKind', ['staff', 'registrant']), text('Pseudonym'), note('Counts')],
  },
} as const satisfies Record<string, ListSpec>;

export type ListKey = keyof typeof LISTS;

export const listsOf = (site: SiteKind): ListSpec[] => Object.values(LISTS).filter((l: ListSpec) => l.site === site);

/** Graph's columnDefinition body for a column spec. */
export const columnDefinition = (c: ColumnSpec): Record<string, unknown> => {
  const type =
    c.type === 'text'
      ? { text: { allowMultipleLines: false, maxLength: 255 } }
      : c.type === 'note'
        ? // plain: the JSON stays as written (rich text would be stored as HTML); Learn, "textColumn resource type".
          // linesForEditing: multiple lines need a non-zero edit box (microsoft-graph-docs-contrib issue #268).
          { text: { allowMultipleLines: true, linesForEditing: 6, textType: 'plain' } }
        : c.type === 'choice'
          ? { choice: { choices: [...(c.choices ?? [])], displayAs: 'dropDownMenu', allowTextEntry: false } }
          : { [c.type]: {} };
  return {
    name: c.name,
    displayName: c.name,
    required: c.required ?? false,
    indexed: c.indexed ?? false,
    enforceUniqueValues: c.unique ?? false,
    ...type,
  };
};
