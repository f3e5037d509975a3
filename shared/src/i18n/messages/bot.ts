/** Chat texts of the bot (cards have their own namespace). */
export const botNl = {
  help: {
    intro: 'Dit kan ik voor je doen. Typ een van deze opdrachten:',
    everyone: {
      'mijn-bijeenkomsten': '**mijn bijeenkomsten** — de bijeenkomsten waarvoor je bent uitgenodigd, met je aanmelding',
      profiel: '**profiel** — je school en rol(len) bekijken of wijzigen',
      help: '**help** — dit overzicht',
    },
    coordinator: {
      'nieuwe-bijeenkomst': '**nieuwe bijeenkomst** — een bijeenkomst maken en de uitnodiging versturen',
      overzicht: '**overzicht** — aanmeldingen per bijeenkomst en sessie',
      herinner: '**herinner** — een herinnering sturen aan wie nog niet reageerde',
      export: '**export** — aanmeldingen als CSV-bestand',
    },
    coordinatorHeading: 'Voor coördinatoren:',
  },
  unknown: 'Dat begrijp ik niet. Typ **help** voor wat ik kan, of **mijn bijeenkomsten** om je uitnodigingen te zien.',
  coordinatorOnly: 'Deze opdracht is alleen voor coördinatoren van het samenwerkingsverband.',
  noMeetings: 'Er staan op dit moment geen bijeenkomsten voor je klaar.',
  welcome: 'Welkom bij Samen Verder! Via mij krijg je uitnodigingen voor bijeenkomsten van het samenwerkingsverband en meld je je aan met één klik.',
  profileSaved: 'Je profiel is opgeslagen.',
  profileNeeded: 'Vertel eerst even bij welke school je werkt en wat je rol is.',
  meetingSent: 'De uitnodiging is klaargezet voor {{count}} personen. Ze ontvangen hem zo in hun chat.',
  reminderQueued: 'Herinnering klaargezet voor {{count}} personen die nog niet reageerden.',
  reminderNone: 'Iedereen heeft al gereageerd: er is niemand om te herinneren.',
  exportReady: 'Hier is het overzicht van de aanmeldingen als CSV-bestand.',
  error: 'Er ging iets mis. Probeer het later opnieuw.',
};

export type BotMessages = typeof botNl;

export const botEn: BotMessages = {
  help: {
    intro: 'This is what I can do for you. Type one of these commands:',
    everyone: {
      'mijn-bijeenkomsten': '**my meetings** — the meetings you are invited to, with your registration',
      profiel: '**profile** — view or change your school and role(s)',
      help: '**help** — this overview',
    },
    coordinator: {
      'nieuwe-bijeenkomst': '**new meeting** — create a meeting and send the invitation',
      overzicht: '**overview** — registrations per meeting and session',
      herinner: '**remind** — remind those who have not answered yet',
      export: '**export** — registrations as a CSV file',
    },
    coordinatorHeading: 'For coordinators:',
  },
  unknown: "I don't understand that. Type **help** to see what I can do, or **my meetings** to see your invitations.",
  coordinatorOnly: 'This command is only for coordinators of the partnership.',
  noMeetings: 'There are no meetings for you at the moment.',
  welcome: 'Welcome to Samen Verder! Through me you receive invitations to the partnership’s meetings and register with one click.',
  profileSaved: 'Your profile has been saved.',
  profileNeeded: 'First tell me which school you work at and what your role is.',
  meetingSent: 'The invitation is queued for {{count}} people. They will receive it in their chat shortly.',
  reminderQueued: 'Reminder queued for {{count}} people who have not answered yet.',
  reminderNone: 'Everyone has answered already: there is nobody to remind.',
  exportReady: 'Here is the overview of registrations as a CSV file.',
  error: 'Something went wrong. Please try again later.',
};
