import type { NiveauTemplateLevel, TemplateSector } from './niveau-sectors.js';

/** The English mirror of the Dutch templates, for staff who work in English. Dutch terms stay in brackets. */
const PO: readonly NiveauTemplateLevel[] = [
  {
    level: 1,
    title: 'Strong base, core provision in the class',
    whatHappens: [
      'The teacher works in a needs-based way (handelingsgericht): observe, understand, plan and carry out, then start the cycle again.',
      'Instruction and practice time fit the educational needs in the class: short, standard or extended instruction.',
      'The teacher follows every pupil through observation, short talks with the pupil and the pupil monitoring system.',
      'The question that keeps coming back: what does this child need in this class?',
    ],
    responsible: 'Teacher',
    parentCycle: 'The meetings every parent has each year: a start meeting and the progress meetings.',
    programmes: ['Extended instruction at the instruction table, daily', 'Class overview per subject, updated twice a year'],
  },
  {
    level: 2,
    title: 'Strong base, extra support in the class (extra challenge or extra guidance)',
    whatHappens: [
      'The teacher notices that a pupil needs more than the core provision: extra guidance, or extra challenge instead.',
      'The teacher maps the pupil’s educational needs and takes a critical look at their own approach too.',
      'The extra support happens in the class: pre-teaching, a small instruction group, enrichment work or a different way of working.',
      'Goals and approach are in the class plan; after an agreed period the teacher looks at what it brought.',
      'The teacher can ask a colleague or the IB for a short consultation.',
    ],
    responsible: 'Teacher',
    parentCycle: 'The regular meetings of level 1; in them the teacher tells what the pupil gets extra.',
    programmes: ['Pre-teaching arithmetic, 2 × 15 minutes a week', 'Enrichment folder for pupils who need more challenge'],
  },
  {
    level: 3,
    title: 'Strong base, support at school level',
    whatHappens: [
      'In the class review (groepsbespreking) teacher and IB look at the class and at pupils for whom the approach brings too little.',
      'In a pupil review teacher and IB make the support question concrete: what does the pupil need, and what does the teacher need?',
      'The IB or a specialist of the school (for example for reading or behaviour) observes in the class and advises.',
      'An action plan (handelingsplan) sets goals, a more intensive approach and a date to look at the effect.',
      'When the school runs out of options (handelingsverlegen), it starts a growth document (groeidocument) and prepares a support team (OT).',
    ],
    responsible: 'Teacher, together with the IB',
    parentCycle: 'Parents are invited to talk about the action plan and think along about the approach and its evaluation.',
    programmes: ['Reading intervention in a small group, 3 × 20 minutes a week', 'Social skills training in a small group, 8 weeks'],
  },
  {
    level: 4,
    title: 'Support where needed',
    whatHappens: [
      'The school has used its own options and needs help from outside.',
      'In the support team (OT) school, parents and external experts look at the question together; the growth document is the basis.',
      'Where it helps, the youth and family team (JGT), the youth doctor or the partnership’s consultant join.',
      'Assessment or an arrangement follows where needed, always in consultation with parents.',
      'A pupil with an arrangement or an individual learning line gets a development perspective plan (OPP).',
    ],
    responsible: 'IB, with teacher and head of school',
    parentCycle: 'Parents are partners in the OT, give consent for involving outside experts and discuss the OPP.',
    programmes: ['Partnership arrangement, 4 hours of guidance a week', 'Outreach support from special education'],
  },
  {
    level: 5,
    title: 'Special where it must',
    whatHappens: [
      'Even with support from outside, the school does not meet the pupil’s needs well enough.',
      'School, parents and partnership look together for a place that fits, such as special primary or special education.',
      'With the growth document the school applies to the partnership for an admissibility statement (TLV).',
      'The IB guides parents and pupil through the move and makes sure of a warm handover.',
    ],
    responsible: 'Head of school, with the IB',
    parentCycle: 'Parents are involved at every step: from looking for a place up to the handover.',
    programmes: ['Temporary observation placement in special primary education'],
  },
];

const VO: readonly NiveauTemplateLevel[] = [
  {
    level: 1,
    title: 'Strong base, core provision in the class',
    whatHappens: [
      'Subject teachers work in a needs-based way: they look at what the class needs and shape their lessons to it.',
      'Every pupil has a mentor who follows their progress and is the first contact for pupil and parents.',
      'In the year-group meeting teachers and mentors discuss how each class is doing.',
      'Mentor lessons and study skills are part of what everyone gets.',
    ],
    responsible: 'Subject teacher and mentor',
    parentCycle: 'The fixed moments of the year: meeting the mentor and the parent talks with the reports.',
    programmes: ['Mentor lesson, 1 hour a week', 'Homework support after school, 2 afternoons a week'],
  },
  {
    level: 2,
    title: 'Strong base, extra support in the class (extra challenge or extra guidance)',
    whatHappens: [
      'The subject teacher or mentor sees that a pupil needs more: extra explanation and practice, or more depth instead.',
      'The mentor finds out with the pupil what helps; the teachers adjust their approach in class.',
      'Agreements such as extra time, a quiet place to work or enrichment material go to every teacher of the class.',
      'After an agreed period the mentor checks with the pupil whether the agreements work.',
    ],
    responsible: 'Mentor',
    parentCycle: 'The regular meetings of level 1; in them the mentor tells which agreements apply to the pupil.',
    programmes: ['Support lesson Dutch or maths, 1 hour a week', 'Plus programme for pupils who need more challenge'],
  },
  {
    level: 3,
    title: 'Strong base, support at school level',
    whatHappens: [
      'In the class or year-group review mentors and the care coordinator discuss pupils for whom the approach brings too little.',
      'The care/support coordinator makes the support question concrete with mentor and pupil.',
      'Specialists of the school, such as the remedial teacher (RT) or the inclusive-education coach, guide the pupil.',
      'An action plan sets goals and an evaluation moment; when the school runs out of options it starts a growth document.',
      'If the school cannot manage alone, the care coordinator prepares the support team (OT).',
    ],
    responsible: 'Care/support coordinator, with the mentor',
    parentCycle: 'The mentor or the care coordinator discusses the action plan with parents and pupil.',
    programmes: ['RT support for dyslexia, 2 × 30 minutes a week', 'Fear-of-failure training in a small group, 6 sessions'],
  },
  {
    level: 4,
    title: 'Support where needed',
    whatHappens: [
      'The school has used its own options and brings in help from outside.',
      'In the support team (OT) pupil, parents, mentor, care coordinator and outside experts look together at what is needed; the growth document is the basis.',
      'The youth and family team (JGT), the youth doctor, the attendance officer or the partnership’s consultant join where it helps.',
      'An arrangement, a place in the in-school support unit or, for a while, an adjusted timetable are possible.',
      'A pupil with an arrangement gets a development perspective plan (OPP).',
    ],
    responsible: 'Care/support coordinator',
    parentCycle: 'Pupil and parents sit at the table in the OT and discuss the OPP.',
    programmes: ['In-school support unit, 2 half-days a week', 'Outreach support from special secondary education'],
  },
  {
    level: 5,
    title: 'Special where it must',
    whatHappens: [
      'Even with support from outside, the school does not meet the pupil’s needs well enough.',
      'School, pupil, parents and partnership look together for a place that fits, such as special secondary education (VSO).',
      'With the growth document the school applies to the partnership for an admissibility statement (TLV).',
      'The care coordinator arranges a warm handover with the new school.',
    ],
    responsible: 'Head of school, with the care/support coordinator',
    parentCycle: 'Pupil and parents are involved at every step, up to the handover.',
    programmes: ['Temporary placement in VSO, aiming to return'],
  },
];

const SO_VSO: readonly NiveauTemplateLevel[] = [
  {
    level: 1,
    title: 'Strong base, core provision in the class',
    whatHappens: [
      'Every pupil has a development perspective plan (OPP) with an exit profile; the classes are small.',
      'The teacher works in a needs-based way, with structure, predictability and attention to social-emotional development.',
      'The teacher follows development against the goals in the OPP.',
      'The question that keeps coming back: what does this pupil need in this class?',
    ],
    responsible: 'Teacher (in VSO: mentor)',
    parentCycle: 'Every year parents, and where possible the pupil, discuss the OPP; there are progress meetings as well.',
    programmes: ['Social skills lesson, once a week in the class', 'Orientation on internships and work (VSO)'],
  },
  {
    level: 2,
    title: 'Strong base, extra support in the class (extra challenge or extra guidance)',
    whatHappens: [
      'The teacher sees that the provision does not fit well enough: the pupil needs extra guidance or more challenge.',
      'The approach in the class changes, for example with an own workplace, a picture schedule or a higher level in one subject.',
      'Goals and approach are in the class plan; after an agreed period the teacher looks at what it brought.',
      'The teacher consults colleagues or the internal support coordinator.',
    ],
    responsible: 'Teacher',
    parentCycle: 'The regular meetings of level 1; in them parents hear what has been adjusted.',
    programmes: ['Individual reading support, 2 × 20 minutes a week'],
  },
  {
    level: 3,
    title: 'Strong base, support at school level',
    whatHappens: [
      'In the class review teacher and internal support coordinator discuss pupils for whom the approach brings too little.',
      'The guidance committee (CvB) looks at the question; a behaviour specialist, remedial educationalist or speech therapist observes and advises.',
      'The OPP is revised, with an action plan for the more intensive approach.',
      'When the school runs out of options, it adds to the growth document and prepares a support team (OT).',
    ],
    responsible: 'Guidance committee, with the teacher',
    parentCycle: 'Parents discuss the revised OPP and give consent when a specialist looks along.',
    programmes: ['Resilience training, 8 sessions of 45 minutes', 'Speech therapy at school, once a week'],
  },
  {
    level: 4,
    title: 'Support where needed',
    whatHappens: [
      'The school has used its own expertise and brings in help from outside.',
      'In the support team (OT) parents, school, the youth and family team (JGT) or a care provider look together at what is needed.',
      'A combination of education and care at school is possible, or for a while an adjusted timetable with a plan to build up.',
      'The OPP is revised; the school consults the partnership.',
    ],
    responsible: 'Guidance committee and head of school',
    parentCycle: 'Parents sit at the table in the OT and decide along about the combination of education and care.',
    programmes: ['Education-and-care arrangement, 3 mornings a week at school'],
  },
  {
    level: 5,
    title: 'Special where it must',
    whatHappens: [
      'Even with education and care together, this school no longer fits what the pupil needs.',
      'School, parents, partnership and municipality look together for a place that fits, such as another school or a care-and-education setting.',
      'Where needed the school applies for a new admissibility statement (TLV).',
      'The school makes sure of a warm handover.',
    ],
    responsible: 'Head of school, with the guidance committee',
    parentCycle: 'Parents, and where possible the pupil, are involved at every step, up to the handover.',
    programmes: ['Temporary placement in a care-and-education setting'],
  },
];

export const NIVEAU_TEMPLATES_EN: Readonly<Record<TemplateSector, readonly NiveauTemplateLevel[]>> = { PO, VO, 'SO-VSO': SO_VSO };

/** The primary-school template, kept under its old name. */
export const NIVEAU_TEMPLATE_EN = PO;
