/** The dashboard's charts and their tables (namespace `charts`). */
export const chartsNl = {
  heading: 'In beeld',
  showTable: 'Toon als tabel',
  progress: {
    heading: 'Hoe ver zijn de scholen? Schooljaar {{year}}',
    title: 'Voortgang van de scholen in schooljaar {{year}}',
    kind: {
      niveau: 'Niveau-overzicht',
      reflection: 'Reflectie',
      sop: 'Ondersteuningsprofiel',
    },
    niveau: {
      'niet-bijgewerkt': 'Niet bijgewerkt dit schooljaar',
      bijgewerkt: 'Bijgewerkt dit schooljaar',
    },
    /** One state of one bar, in the summary and the legend. */
    part_one: '{{state}}: {{count}} school',
    part_other: '{{state}}: {{count}} scholen',
    /** One bar in the chart's description. */
    bar: '{{kind}} — {{parts}}.',
    noSchools: 'Er zijn nog geen scholen.',
    table: {
      caption: 'Aantal scholen per stand, schooljaar {{year}}',
      kind: 'Onderdeel',
      state: 'Stand',
      schools: 'Scholen',
    },
  },
  timeline: {
    heading: 'Aanmeldingen in de tijd',
    meeting: 'Bijeenkomst',
    title: 'Aanmeldingen voor {{title}}, per dag',
    summary_one: 'Op {{date}} staat er {{count}} aanmelding, sinds {{start}}.',
    summary_other: 'Op {{date}} staan er {{count}} aanmeldingen, sinds {{start}}.',
    capacity_one: 'Er is {{count}} plaats.',
    capacity_other: 'Er zijn {{count}} plaatsen.',
    noCapacity: 'Er is geen maximum aantal plaatsen.',
    closes: 'Aanmelden sluit op {{date}}.',
    counted:
      'Geteld wordt wie nu is aangemeld, op de wachtlijst staat of een aanvraag deed, op de dag van de laatste wijziging daarvan.',
    capacityLine_one: 'Capaciteit: {{count}} plaats',
    capacityLine_other: 'Capaciteit: {{count}} plaatsen',
    axis: 'Aanmeldingen',
    noMeetings: 'Er zijn nog geen verstuurde bijeenkomsten.',
    table: {
      caption: 'Aanmeldingen voor {{title}}: dagen met nieuwe aanmeldingen',
      day: 'Dag',
      added: 'Erbij',
      total: 'Totaal',
      none: 'Nog geen aanmeldingen.',
    },
  },
};

export const chartsEn: typeof chartsNl = {
  heading: 'At a glance',
  showTable: 'Show as table',
  progress: {
    heading: 'How far are the schools? School year {{year}}',
    title: 'Progress of the schools in school year {{year}}',
    kind: {
      niveau: 'Support levels overview',
      reflection: 'Reflection',
      sop: 'Support profile',
    },
    niveau: {
      'niet-bijgewerkt': 'Not updated this school year',
      bijgewerkt: 'Updated this school year',
    },
    part_one: '{{state}}: {{count}} school',
    part_other: '{{state}}: {{count}} schools',
    bar: '{{kind}} — {{parts}}.',
    noSchools: 'There are no schools yet.',
    table: {
      caption: 'Number of schools per state, school year {{year}}',
      kind: 'Part',
      state: 'State',
      schools: 'Schools',
    },
  },
  timeline: {
    heading: 'Registrations over time',
    meeting: 'Meeting',
    title: 'Registrations for {{title}}, per day',
    summary_one: 'On {{date}} there is {{count}} registration, since {{start}}.',
    summary_other: 'On {{date}} there are {{count}} registrations, since {{start}}.',
    capacity_one: 'There is {{count}} place.',
    capacity_other: 'There are {{count}} places.',
    noCapacity: 'There is no maximum number of places.',
    closes: 'Registration closes on {{date}}.',
    counted: 'Counted: who is registered now, on the waiting list or applied, on the day of their latest change.',
    capacityLine_one: 'Capacity: {{count}} place',
    capacityLine_other: 'Capacity: {{count}} places',
    axis: 'Registrations',
    noMeetings: 'There are no sent meetings yet.',
    table: {
      caption: 'Registrations for {{title}}: days with new registrations',
      day: 'Day',
      added: 'Added',
      total: 'Total',
      none: 'No registrations yet.',
    },
  },
};
