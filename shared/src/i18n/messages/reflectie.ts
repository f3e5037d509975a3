/** The reflection page, one item at a time (namespace `reflectie`). */
export const reflectieNl = {
  itemOf_one: 'Onderdeel {{current}} van {{count}}',
  itemOf_other: 'Onderdeel {{current}} van {{count}}',
  previousItem: 'Vorig onderdeel',
  nextItem: 'Volgend onderdeel',
  jumpTo: 'Ga naar onderdeel',
  lastYearSaid: 'Vorig jaar schreven jullie:',
  copy: 'Neem over',
  copyLabel: 'Neem het antwoord van vorig jaar over bij: {{question}}',
  nothingLastYear: '(vorig jaar niets ingevuld)',
  partnershipSees:
    'Het samenwerkingsverband ziet alleen de status van jullie reflectie: niet gestart, concept of afgerond. De antwoorden ziet het niet, tenzij je ze deelt.',
};

export const reflectieEn: typeof reflectieNl = {
  itemOf_one: 'Item {{current}} of {{count}}',
  itemOf_other: 'Item {{current}} of {{count}}',
  previousItem: 'Previous item',
  nextItem: 'Next item',
  jumpTo: 'Go to item',
  lastYearSaid: 'Last year you wrote:',
  copy: 'Use this',
  copyLabel: 'Use last year’s answer for: {{question}}',
  nothingLastYear: '(nothing filled in last year)',
  partnershipSees:
    'The partnership only sees the status of your reflection: not started, draft or finished. It does not see the answers unless you share them.',
};
