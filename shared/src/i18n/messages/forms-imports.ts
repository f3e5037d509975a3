/** The Forms import on the coördinator's dashboard: the last run per form (namespace `formsImports`). */
export const formsImportsNl = {
  title: 'Forms-import',
  lastRun: 'Laatst uitgevoerd op {{date}}',
  meeting: 'Aanmeldingen voor {{title}}',
  survey: 'Vragenlijst {{title}}',
  unknownTitle: '(niet gevonden)',
  counts: {
    booked: '{{count}} aangemeld',
    waitlisted: '{{count}} op de wachtlijst',
    recorded: '{{count}} nieuwe antwoorden',
    changed: '{{count}} gewijzigd',
    unchanged: '{{count}} al bekend',
    alreadyImported: '{{count}} eerder geïmporteerd',
  },
  allProcessed: 'Alle rijen verwerkt.',
  unmatched: 'Niet verwerkt ({{count}} rijen): pas het formulier, de persoon of de koppeling aan; de volgende import probeert ze opnieuw.',
  row: 'Rij',
  reason: 'Reden',
  problem: {
    'no-email': 'geen e-mailadres',
    'unknown-person': 'e-mailadres onbekend',
    'unknown-session': 'sessie niet herkend',
    refused: 'niet toegestaan: {{reason}}',
  },
  unknownSchools: 'Wel verwerkt, maar school niet herkend: {{rows}}',
};

export const formsImportsEn: typeof formsImportsNl = {
  title: 'Forms import',
  lastRun: 'Last run on {{date}}',
  meeting: 'Registrations for {{title}}',
  survey: 'Survey {{title}}',
  unknownTitle: '(not found)',
  counts: {
    booked: '{{count}} registered',
    waitlisted: '{{count}} on the waitlist',
    recorded: '{{count}} new answers',
    changed: '{{count}} changed',
    unchanged: '{{count}} already known',
    alreadyImported: '{{count}} imported before',
  },
  allProcessed: 'All rows processed.',
  unmatched: 'Not processed ({{count}} rows): correct the form, the person or the mapping; the next import tries them again.',
  row: 'Row',
  reason: 'Reason',
  problem: {
    'no-email': 'no e-mail address',
    'unknown-person': 'unknown e-mail address',
    'unknown-session': 'session not recognised',
    refused: 'not allowed: {{reason}}',
  },
  unknownSchools: 'Processed, but school not recognised: {{rows}}',
};
