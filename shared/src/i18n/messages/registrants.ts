/** People outside the organisation as the organiser sees them in overviews and exports (namespace `registrants`). */
export const registrantsNl = {
  /** Their name, marked as someone from outside. */
  name: '{{name}} (extern)',
  role: {
    ouder: 'ouder',
    leerling: 'leerling',
    leraar: 'leraar',
    begeleider: 'begeleider',
    anders: 'anders',
  },
};

export const registrantsEn: typeof registrantsNl = {
  name: '{{name}} (external)',
  role: {
    ouder: 'parent',
    leerling: 'pupil',
    leraar: 'teacher',
    begeleider: 'support worker',
    anders: 'other',
  },
};
