/** The chat's Forms import report (`formsImport`); the tab's dashboard has its own words in forms-imports.ts. */

export const formsImportNl = {
  notConfigured: 'Er is nog geen Forms-formulier gekoppeld aan een bijeenkomst of vragenlijst.',
  summary_one:
    'Forms-import voor {{title}}: {{count}} aangemeld, {{waitlisted}} op de wachtlijst, {{unchanged}} al bekend, {{alreadyImported}} eerder geïmporteerd.',
  summary_other:
    'Forms-import voor {{title}}: {{count}} aangemeld, {{waitlisted}} op de wachtlijst, {{unchanged}} al bekend, {{alreadyImported}} eerder geïmporteerd.',
  surveySummary_one:
    'Forms-import voor vragenlijst {{title}}: {{count}} nieuw antwoord, {{changed}} gewijzigd, {{unchanged}} al bekend, {{alreadyImported}} eerder geïmporteerd.',
  surveySummary_other:
    'Forms-import voor vragenlijst {{title}}: {{count}} nieuwe antwoorden, {{changed}} gewijzigd, {{unchanged}} al bekend, {{alreadyImported}} eerder geïmporteerd.',
  unmatched: 'Niet verwerkt: {{rows}}.',
  problem: {
    'no-email': 'antwoord {{row}} (geen e-mailadres)',
    'unknown-person': 'antwoord {{row}} (e-mailadres onbekend)',
    'unknown-session': 'antwoord {{row}} (sessie niet herkend)',
    refused: 'antwoord {{row}} ({{reason}})',
    malformed: 'item {{row}} van de lijst Formulierantwoorden (onleesbaar, controleer de stroom)',
    'bad-email': 'antwoord {{row}} (geen geldig e-mailadres)',
    'no-name': 'antwoord {{row}} (geen naam)',
  },
  unknownSchools: 'Let op, school niet herkend bij antwoord {{rows}}.',
};

export const formsImportEn: typeof formsImportNl = {
  notConfigured: 'No Forms form is linked to a meeting or survey yet.',
  summary_one:
    'Forms import for {{title}}: {{count}} registered, {{waitlisted}} on the waitlist, {{unchanged}} already known, {{alreadyImported}} imported before.',
  summary_other:
    'Forms import for {{title}}: {{count}} registered, {{waitlisted}} on the waitlist, {{unchanged}} already known, {{alreadyImported}} imported before.',
  surveySummary_one:
    'Forms import for survey {{title}}: {{count}} new answer, {{changed}} changed, {{unchanged}} already known, {{alreadyImported}} imported before.',
  surveySummary_other:
    'Forms import for survey {{title}}: {{count}} new answers, {{changed}} changed, {{unchanged}} already known, {{alreadyImported}} imported before.',
  unmatched: 'Not processed: {{rows}}.',
  problem: {
    'no-email': 'response {{row}} (no e-mail address)',
    'unknown-person': 'response {{row}} (unknown e-mail address)',
    'unknown-session': 'response {{row}} (session not recognised)',
    refused: 'response {{row}} ({{reason}})',
    malformed: 'item {{row}} of the list Formulierantwoorden (unreadable, check the flow)',
    'bad-email': 'response {{row}} (not a valid e-mail address)',
    'no-name': 'response {{row}} (no name)',
  },
  unknownSchools: 'Note, school not recognised in response {{rows}}.',
};
