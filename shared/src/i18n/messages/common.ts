/** Shared vocabulary: roles, sectors, meeting types, statuses. Dutch is the source; English mirrors it. */
export const commonNl = {
  appName: 'Samen Verder',
  roles: {
    schoolleider: 'Schoolleider',
    ib: 'Intern begeleider (ib’er)',
    leerkracht: 'Leerkracht',
    leesspecialist: 'Leesspecialist',
    onderwijsondersteuner: 'Onderwijsondersteuner',
    ondersteuningscoordinator: 'Zorg-/ondersteuningscoördinator',
    'swv-medewerker': 'Medewerker samenwerkingsverband',
    directeur: 'Directeur',
    docent: 'Docent',
    mentor: 'Mentor',
    rt: 'Remedial teacher (RT)',
    jgt: 'Jeugd- en gezinsteam (JGT)',
    bestuur: 'Bestuur',
  },
  sectors: { PO: 'Primair onderwijs', SBO: 'Speciaal basisonderwijs', SO: 'Speciaal onderwijs', VO: 'Voortgezet onderwijs', VSO: 'Voortgezet speciaal onderwijs' },
  regions: { noord: 'Noord', midden: 'Midden', zuid: 'Zuid' },
  meetingTypes: { plg: 'PLG-bijeenkomst', informatie: 'Informatiebijeenkomst', 'ib-oo': 'IB/OO-bijeenkomst', consultatie: 'Consultatiebijeenkomst', overig: 'Bijeenkomst' },
  rsvpStatus: { booked: 'Aangemeld', waitlisted: 'Op de wachtlijst', declined: 'Afgemeld', maybe: 'Misschien', applied: 'Aangevraagd', 'not-selected': 'Niet geplaatst', none: 'Nog niet gereageerd' },
  reflectionStatus: { concept: 'Concept', afgerond: 'Afgerond', 'niet-gestart': 'Niet gestart' },
};

export type CommonMessages = typeof commonNl;

export const commonEn: CommonMessages = {
  appName: 'Samen Verder',
  roles: {
    schoolleider: 'School leader',
    ib: 'Internal support coordinator (IB)',
    leerkracht: 'Teacher',
    leesspecialist: 'Reading specialist',
    onderwijsondersteuner: 'Teaching assistant',
    ondersteuningscoordinator: 'Care/support coordinator',
    'swv-medewerker': 'Partnership staff',
    directeur: 'Head of school',
    docent: 'Subject teacher',
    mentor: 'Mentor (form tutor)',
    rt: 'Remedial teacher (RT)',
    jgt: 'Youth and family team (JGT)',
    bestuur: 'School board',
  },
  sectors: { PO: 'Primary education', SBO: 'Special primary education', SO: 'Special education', VO: 'Secondary education', VSO: 'Special secondary education' },
  regions: { noord: 'North', midden: 'Central', zuid: 'South' },
  meetingTypes: { plg: 'PLG session', informatie: 'Information meeting', 'ib-oo': 'IB/OO meeting', consultatie: 'Consultation meeting', overig: 'Meeting' },
  rsvpStatus: { booked: 'Registered', waitlisted: 'On the waiting list', declined: 'Declined', maybe: 'Maybe', applied: 'Applied', 'not-selected': 'Not placed', none: 'No answer yet' },
  reflectionStatus: { concept: 'Draft', afgerond: 'Finished', 'niet-gestart': 'Not started' },
};
