/** Named sessions (place and audience), the contact person, sector exceptions and date warnings (#15). */
export const sessionsNl = {
  form: {
    name: 'Naam van de sessie (bijv. Regio Noord — Heerenveen)',
    sectors: 'Voor sectoren (niets gekozen = alle sectoren)',
    registration: 'Aanmelden',
    registrationMode: 'Hoe melden mensen zich aan?',
    modes: {
      direct: 'Direct: wie zich aanmeldt heeft een plek (vol = wachtlijst)',
      aanvraag: 'Aanvraag: jij kiest wie er deelneemt en bevestigt dat van tevoren',
    },
    confirmDaysBefore: 'Bij een aanvraag: bevestiging hoeveel dagen voor de sessie?',
    contact: 'Contactpersoon',
    contactHint: 'Leeg laten = de vaste contactpersoon van het samenwerkingsverband.',
    contactName: 'Naam',
    contactEmail: 'E-mailadres',
    contactPhone: 'Telefoonnummer (optioneel)',
    informatieHint: 'Een informatiebijeenkomst duurt meestal een halfuur, online of op locatie. Laat je de eindtijd leeg, dan rekenen we een halfuur.',
  },
  /** A session without a name of its own. */
  numbered: 'Sessie {{n}}',
  /** In the session chooser: name, date and time, place, seats. */
  choice: '{{name}}: {{when}}, {{place}} ({{seats}})',
  online: 'online',
  contactLine: 'Vragen? Neem contact op met {{name}} ({{details}}).',
  contactMail: 'Mail {{name}}',
  warnWeekend: 'Let op: {{session}} ({{date}}) valt in het weekend.',
  warnHoliday: 'Let op: {{session}} ({{date}}) valt in de {{holiday}} van regio {{region}}.',
  exceptionAdded: '{{person}} mag zich nu ook aanmelden voor sessies van “{{meeting}}” die niet voor de eigen sector zijn.',
  exceptionAlready: '{{person}} had al een uitzondering voor “{{meeting}}”.',
  exceptionUnknownPerson: 'Niemand heeft het e-mailadres {{email}}. Kijk het adres na, of vraag de persoon eerst de bot te openen.',
  exceptionUsage: 'Gebruik: uitzondering <bijeenkomst> <e-mailadres van de persoon>.',
  exceptionButton: 'Uitzondering sector',
  exceptionPerson: 'Wie mag zich toch aanmelden?',
};

export type SessionsMessages = typeof sessionsNl;

export const sessionsEn: SessionsMessages = {
  form: {
    name: 'Session name (e.g. Region North — Heerenveen)',
    sectors: 'For sectors (none chosen = all sectors)',
    registration: 'Registration',
    registrationMode: 'How do people register?',
    modes: {
      direct: 'Directly: whoever registers has a place (full = waiting list)',
      aanvraag: 'By applying: you choose who takes part and confirm it in advance',
    },
    confirmDaysBefore: 'When applying: confirmation how many days before the session?',
    contact: 'Contact person',
    contactHint: 'Leave empty = the partnership’s usual contact person.',
    contactName: 'Name',
    contactEmail: 'E-mail address',
    contactPhone: 'Phone number (optional)',
    informatieHint: 'An information meeting usually takes half an hour, online or on site. Leave the end time empty and we count half an hour.',
  },
  numbered: 'Session {{n}}',
  choice: '{{name}}: {{when}}, {{place}} ({{seats}})',
  online: 'online',
  contactLine: 'Questions? Contact {{name}} ({{details}}).',
  contactMail: 'E-mail {{name}}',
  warnWeekend: 'Note: {{session}} ({{date}}) is on a weekend day.',
  warnHoliday: 'Note: {{session}} ({{date}}) falls in the {{holiday}} of region {{region}}.',
  exceptionAdded: '{{person}} may now also register for sessions of “{{meeting}}” that are not for their own sector.',
  exceptionAlready: '{{person}} already had an exception for “{{meeting}}”.',
  exceptionUnknownPerson: 'Nobody has the e-mail address {{email}}. Check the address, or ask the person to open the bot first.',
  exceptionUsage: 'Usage: uitzondering <meeting> <the person’s e-mail address>.',
  exceptionButton: 'Sector exception',
  exceptionPerson: 'Who may register anyway?',
};
