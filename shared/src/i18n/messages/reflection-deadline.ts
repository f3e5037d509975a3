/** The partnership's deadline for the yearly reflection and its reminders (namespace `reflectionDeadline`). */
export const reflectionDeadlineNl = {
  note: {
    before: 'Graag afronden vóór {{date}}.',
    passed:
      'De afgesproken datum ({{date}}) is voorbij. Nog niet klaar? Geen zorgen: rond de reflectie af zodra het kan. Het samenwerkingsverband denkt graag mee.',
    finished: 'Afgerond: dank jullie wel! De afgesproken datum was {{date}}.',
  },
  form: {
    title: 'Deadline voor de reflectie',
    intro:
      'Scholen zien deze datum op hun reflectiepagina. Wie de reflectie van een school bijhoudt (ib’er, schoolleider, directeur, ondersteuningscoördinator) krijgt via de bot een herinnering zolang die niet is afgerond.',
    date: 'Afronden vóór',
    reminderDays: 'Herinneringen, in dagen vooraf',
    reminderHint: 'Met komma’s, bijvoorbeeld 14, 3. Een herinnering gaat om 09:00, op een werkdag buiten de schoolvakanties.',
    save: 'Deadline opslaan',
    clear: 'Deadline weghalen',
    current: 'Nu: afronden vóór {{date}}.',
    none: 'Er is nog geen deadline voor dit schooljaar.',
    saved: 'Opgeslagen: afronden vóór {{date}}.',
    cleared: 'De deadline is weggehaald; er gaan geen herinneringen meer uit.',
  },
  errors: {
    dateFormat: 'Kies een geldige datum.',
    dateOutsideYear: 'Kies een datum in dit schooljaar (1 augustus tot en met 31 juli).',
    daysFormat: 'Vul hele dagen in, gescheiden door komma’s, bijvoorbeeld 14, 3.',
    daysRange: 'Een herinnering kan 1 tot en met 120 dagen vooraf.',
    daysTooMany: 'Ten hoogste 5 herinneringen.',
  },
  dashboard: {
    deadline: 'Reflectie: afronden vóór {{date}}',
    noDeadline: 'Reflectie: geen deadline',
    setDeadline: 'Deadline instellen',
    done_one: '{{done}} van {{count}} school afgerond',
    done_other: '{{done}} van {{count}} scholen afgerond',
  },
  card: {
    title: 'Herinnering: reflectie op de handreiking {{year}}',
    school: '{{school}}: graag de reflectie afronden vóór {{date}}.',
    progress_one: '{{answered}} van {{count}} onderdeel ingevuld.',
    progress_other: '{{answered}} van {{count}} onderdelen ingevuld.',
    why: 'Je krijgt dit bericht omdat je de reflectie van je school bijhoudt. Is de reflectie afgerond, dan krijg je geen herinneringen meer.',
    open: 'Open de reflectie',
  },
};

export const reflectionDeadlineEn: typeof reflectionDeadlineNl = {
  note: {
    before: 'Please finish before {{date}}.',
    passed:
      'The agreed date ({{date}}) has passed. Not done yet? No worries: finish the reflection as soon as you can. The partnership is happy to help.',
    finished: 'Finished: thank you! The agreed date was {{date}}.',
  },
  form: {
    title: 'Deadline for the reflection',
    intro:
      'Schools see this date on their reflection page. Whoever keeps a school’s reflection (ib’er, school leader, director, support coordinator) gets a reminder from the bot until it is finished.',
    date: 'Finish before',
    reminderDays: 'Reminders, in days before',
    reminderHint: 'Separated by commas, e.g. 14, 3. A reminder goes out at 09:00 on a working day outside the school holidays.',
    save: 'Save deadline',
    clear: 'Remove deadline',
    current: 'Now: finish before {{date}}.',
    none: 'There is no deadline for this school year yet.',
    saved: 'Saved: finish before {{date}}.',
    cleared: 'The deadline was removed; no more reminders go out.',
  },
  errors: {
    dateFormat: 'Choose a valid date.',
    dateOutsideYear: 'Choose a date in this school year (1 August to 31 July).',
    daysFormat: 'Enter whole days separated by commas, e.g. 14, 3.',
    daysRange: 'A reminder can go 1 to 120 days before.',
    daysTooMany: 'At most 5 reminders.',
  },
  dashboard: {
    deadline: 'Reflection: finish before {{date}}',
    noDeadline: 'Reflection: no deadline',
    setDeadline: 'Set deadline',
    done_one: '{{done}} of {{count}} school finished',
    done_other: '{{done}} of {{count}} schools finished',
  },
  card: {
    title: 'Reminder: reflection on the handreiking {{year}}',
    school: '{{school}}: please finish the reflection before {{date}}.',
    progress_one: '{{answered}} of {{count}} item filled in.',
    progress_other: '{{answered}} of {{count}} items filled in.',
    why: 'You get this message because you keep your school’s reflection. Once the reflection is finished, the reminders stop.',
    open: 'Open the reflection',
  },
};
