/** Texts of the handreiking and the yearly reflection. Dutch is the source; English mirrors it. */
export const handreikingNl = {
  kinds: { uitgangspunt: 'Uitgangspunt', bouwsteen: 'Bouwsteen' },
  questions: {
    waarStaanWij: 'Waar staan wij?',
    houdenErinAnders: 'Wat houden we erin, wat willen we anders?',
    aanpak: 'Hoe gaan we dat aanpakken?',
  },
  questionHints: {
    waarStaanWij: 'En hoe hebben wij het bij ons georganiseerd?',
    houdenErinAnders: 'Kijk ook naar wat je volgend schooljaar anders wilt doen.',
    aanpak: 'Wie doet wat, en wanneer?',
  },
  progress_one: '{{answered}} van {{count}} onderdeel beantwoord',
  progress_other: '{{answered}} van {{count}} onderdelen beantwoord',
  example: 'Dit is een voorbeeld. Het samenwerkingsverband kan het aanpassen aan de eigen afspraken.',
  carriedOver: 'Ingevuld vanuit vorig schooljaar',
  shared: 'Gedeeld met het samenwerkingsverband',
  notShared: 'Alleen zichtbaar voor de eigen school',
};

export type HandreikingMessages = typeof handreikingNl;

export const handreikingEn: HandreikingMessages = {
  kinds: { uitgangspunt: 'Principle', bouwsteen: 'Building block' },
  questions: {
    waarStaanWij: 'Where do we stand?',
    houdenErinAnders: 'What do we keep, what do we want to change?',
    aanpak: 'How are we going to do that?',
  },
  questionHints: {
    waarStaanWij: 'And how have we organised it at our school?',
    houdenErinAnders: 'Think also of what you want to do differently next school year.',
    aanpak: 'Who does what, and when?',
  },
  progress_one: '{{answered}} of {{count}} item answered',
  progress_other: '{{answered}} of {{count}} items answered',
  example: 'This is an example. The partnership can adapt it to its own agreements.',
  carriedOver: 'Filled in from last school year',
  shared: 'Shared with the partnership',
  notShared: 'Visible to the school only',
};
