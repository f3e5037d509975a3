import type { NiveauLevel } from './niveaus.js';

/** The English mirror of NIVEAU_TEMPLATE_NL, for staff who work in English. */
export const NIVEAU_TEMPLATE_EN: readonly Omit<NiveauLevel, 'pupilCount'>[] = [
  {
    level: 1,
    title: 'Core provision in the class',
    whatHappens: [
      'The teacher gives instruction that fits the differences in the class and works in a needs-based way.',
      'The teacher follows every pupil’s progress through observation, short conversations and tests.',
      'The class plan shows which pupils get short, standard or extended instruction.',
      'Pupils have a say in what helps them learn.',
    ],
    responsible: 'Teacher',
    parentCycle: 'The regular meetings of the year: a start meeting and progress meetings.',
    programmes: [],
  },
  {
    level: 2,
    title: 'Extra support in the class',
    whatHappens: [
      'The teacher sees that a pupil needs more: extra instruction and practice, or more challenge.',
      'The teacher works out what the pupil needs and also looks at their own teaching.',
      'Content and approach are adapted, for example with pre-teaching, a small group or a different way of working.',
      'Goals and agreements are in the class plan and are evaluated after an agreed period.',
      'The pupil is discussed with colleagues or in the class review.',
    ],
    responsible: 'Teacher',
    parentCycle: 'The regular meetings, plus an extra meeting as soon as the approach changes.',
    programmes: [],
  },
  {
    level: 3,
    title: 'Support at school level',
    whatHappens: [
      'The teacher discusses the pupil with the internal support coordinator; together they make the support question concrete.',
      'The support coordinator or a specialist of the school observes in class and advises the teacher.',
      'A plan is made with goals, a more intensive approach next to the class and a moment to review the effect.',
      'The teacher stays in charge of what happens in class; the specialist keeps the support coordinator informed.',
      'If there is no effect, the school prepares a meeting with external experts.',
    ],
    responsible: 'Teacher and internal support coordinator',
    parentCycle: 'Parents help shape the plan, consent to consulting external experts and add to the growth document.',
    programmes: [],
  },
  {
    level: 4,
    title: 'Support where needed',
    whatHappens: [
      'The school concludes that its own means are not enough.',
      'With the parents’ consent an external specialist is involved, often in a support team meeting.',
      'Where it helps, youth care, the municipality or youth health care join in.',
      'Assessment follows if needed, always in agreement with the parents.',
      'A pupil with an arrangement or an individual learning path gets a development perspective plan (OPP).',
    ],
    responsible: 'Internal support coordinator and teacher',
    parentCycle: 'Meetings as needed; parents take part in the support team and discuss the OPP.',
    programmes: [],
  },
  {
    level: 5,
    title: 'Special where necessary',
    whatHappens: [
      'Despite every effort the school can no longer meet what the pupil needs.',
      'School, parents and partnership look together for a place that does fit, such as special (primary) education.',
      'The support coordinator guides the parents in the search and the move.',
      'The school applies to the partnership for an admission statement (TLV).',
    ],
    responsible: 'Head teacher and internal support coordinator',
    parentCycle: 'Meetings as needed, with the parents as partners at every step.',
    programmes: [],
  },
];
