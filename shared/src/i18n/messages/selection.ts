/**
 * 'aanvraag' mode (namespace `selection`): the applicant's state, the organiser's selection card and
 * tab section, and the outcome each applicant receives. The outcome texts are meant for e-mail too.
 */
export const selectionNl = {
  state: {
    applied: 'Je aanvraag voor {{date}} is ontvangen. Je hoort uiterlijk {{answerBy}} of je kunt deelnemen.',
    notSelected: 'Je kunt helaas niet deelnemen aan {{date}}.',
    capacity_one: '{{count}} plaats (na selectie)',
    capacity_other: '{{count}} plaatsen (na selectie)',
    howItWorks: 'Er is beperkt plek. Meld je aan; de organisator stelt een gemengde groep samen en je hoort uiterlijk {{answerBy}} of je kunt deelnemen.',
  },
  outcome: {
    confirmed: {
      title: 'Je kunt deelnemen',
      body: 'Goed nieuws: er is een plaats voor je bij {{title}} op {{date}}. Zet de bijeenkomst meteen in je agenda.',
      cantCome: 'Kun je toch niet? Meld je dan af, dan gaat je plaats naar iemand op de reservelijst.',
    },
    waitlisted: {
      title: 'Je staat op de reservelijst',
      body: 'Er waren meer aanvragen dan plaatsen voor {{title}} op {{date}}. Je staat op de reservelijst, op plek {{position}}. Komt er een plaats vrij, dan krijg je meteen bericht.',
    },
    notSelected: {
      title: 'Helaas, deze keer geen plaats',
      body: 'Dank je wel voor je aanvraag voor {{title}} op {{date}}. Er waren meer aanvragen dan plaatsen, en we hebben je deze keer geen plaats kunnen geven. Bij een volgende bijeenkomst ben je weer van harte welkom.',
    },
    contact: 'Vragen? Neem contact op met {{name}} ({{email}}).',
  },
  card: {
    title: 'Selectie voor {{title}}',
    intro_one: 'Er is {{count}} aanvraag binnen. Hieronder staat een voorstel: pas het aan waar je wilt en bevestig het.',
    intro_other: 'Er zijn {{count}} aanvragen binnen. Hieronder staat een voorstel: pas het aan waar je wilt en bevestig het.',
    rule: 'Het voorstel vult de plaatsen zo evenwichtig mogelijk over de antwoorden op "{{question}}" en over de functies; binnen een groep gaat wie het eerst aanvroeg voor.',
    ruleNoQuestion: 'Het voorstel vult de plaatsen zo evenwichtig mogelijk over de functies; binnen een groep gaat wie het eerst aanvroeg voor.',
    seats_one: '{{count}} plaats',
    seats_other: '{{count}} plaatsen',
    noLimit: 'geen maximum',
    selected: 'Krijgt een plaats',
    reserve: 'Reservelijst (in deze volgorde)',
    reserveHint: 'Wie je in geen van beide lijsten aanvinkt, krijgt een vriendelijk "helaas".',
    outsideSectors_one: '{{count}} aanvraag valt buiten de sectoren van deze sessie en is niet voorgesteld: {{names}}.',
    outsideSectors_other: '{{count}} aanvragen vallen buiten de sectoren van deze sessie en zijn niet voorgesteld: {{names}}.',
    none: 'Nog geen aanvragen voor deze sessie.',
    confirm: 'Selectie bevestigen',
    whenSent: 'Na het bevestigen hoort iedereen de uitkomst op {{answerBy}} (of meteen, als die dag al voorbij is).',
    confirmed: 'De selectie is bevestigd op {{date}}.',
    confirmedCounts: '{{booked}} met een plaats, {{reserve}} op de reservelijst, {{notSelected}} helaas.',
    notice: 'Aanvragen voor {{title}} is gesloten. Er ligt een selectievoorstel voor je klaar.',
    done_one: 'Selectie bevestigd. {{count}} bericht met de uitkomst staat klaar en gaat op de geplande dag weg.',
    done_other: 'Selectie bevestigd. {{count}} berichten met de uitkomst staan klaar en gaan op de geplande dag weg.',
    alreadyConfirmed: 'Deze selectie was al bevestigd; er is niets opnieuw verstuurd.',
  },
  tab: {
    heading: 'Selectie',
    applications_one: '{{count}} aanvraag',
    applications_other: '{{count}} aanvragen',
    selectedCol: 'Plaats',
    reserveCol: 'Reserve',
    group: 'Groep',
    role: 'Functie',
    appliedAt: 'Aangevraagd op',
    confirm: 'Selectie bevestigen',
    saved: 'De selectie is bevestigd.',
  },
};

export type SelectionMessages = typeof selectionNl;

export const selectionEn: SelectionMessages = {
  state: {
    applied: 'Your application for {{date}} has been received. You will hear by {{answerBy}} whether you can take part.',
    notSelected: 'Unfortunately you cannot take part in {{date}}.',
    capacity_one: '{{count}} place (after selection)',
    capacity_other: '{{count}} places (after selection)',
    howItWorks: 'Places are limited. Apply; the organiser puts together a mixed group and you will hear by {{answerBy}} whether you can take part.',
  },
  outcome: {
    confirmed: {
      title: 'You can take part',
      body: 'Good news: there is a place for you at {{title}} on {{date}}. Add the meeting to your calendar right away.',
      cantCome: 'Cannot make it after all? Cancel, and your place goes to someone on the reserve list.',
    },
    waitlisted: {
      title: 'You are on the reserve list',
      body: 'There were more applications than places for {{title}} on {{date}}. You are on the reserve list, at place {{position}}. If a place comes free, you will hear at once.',
    },
    notSelected: {
      title: 'Sorry, no place this time',
      body: 'Thank you for applying for {{title}} on {{date}}. There were more applications than places, and we could not give you a place this time. You are very welcome at a next meeting.',
    },
    contact: 'Questions? Contact {{name}} ({{email}}).',
  },
  card: {
    title: 'Selection for {{title}}',
    intro_one: '{{count}} application has come in. Below is a proposal: change it where you like and confirm it.',
    intro_other: '{{count}} applications have come in. Below is a proposal: change it where you like and confirm it.',
    rule: 'The proposal spreads the places as evenly as possible over the answers to "{{question}}" and over roles; within a group, whoever applied first goes first.',
    ruleNoQuestion: 'The proposal spreads the places as evenly as possible over roles; within a group, whoever applied first goes first.',
    seats_one: '{{count}} place',
    seats_other: '{{count}} places',
    noLimit: 'no maximum',
    selected: 'Gets a place',
    reserve: 'Reserve list (in this order)',
    reserveHint: 'Anyone you tick in neither list gets a kind "sorry".',
    outsideSectors_one: '{{count}} application is outside the sectors of this session and was not proposed: {{names}}.',
    outsideSectors_other: '{{count}} applications are outside the sectors of this session and were not proposed: {{names}}.',
    none: 'No applications for this session yet.',
    confirm: 'Confirm selection',
    whenSent: 'After you confirm, everyone hears the outcome on {{answerBy}} (or at once if that day has passed).',
    confirmed: 'The selection was confirmed on {{date}}.',
    confirmedCounts: '{{booked}} with a place, {{reserve}} on the reserve list, {{notSelected}} sorry.',
    notice: 'Applications for {{title}} have closed. A selection proposal is ready for you.',
    done_one: 'Selection confirmed. {{count}} outcome message is queued and goes out on the planned day.',
    done_other: 'Selection confirmed. {{count}} outcome messages are queued and go out on the planned day.',
    alreadyConfirmed: 'This selection was already confirmed; nothing was sent again.',
  },
  tab: {
    heading: 'Selection',
    applications_one: '{{count}} application',
    applications_other: '{{count}} applications',
    selectedCol: 'Place',
    reserveCol: 'Reserve',
    group: 'Group',
    role: 'Role',
    appliedAt: 'Applied on',
    confirm: 'Confirm selection',
    saved: 'The selection has been confirmed.',
  },
};
