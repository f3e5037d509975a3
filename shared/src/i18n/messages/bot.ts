/** Chat texts of the bot (cards have their own namespace). */
export const botNl = {
  unknown: 'Dat begrijp ik niet. Typ **help** voor wat ik kan, of **mijn bijeenkomsten** om je uitnodigingen te zien.',
  coordinatorOnly: 'Deze opdracht is alleen voor coördinatoren van het samenwerkingsverband.',
  noMeetings: 'Er staan op dit moment geen bijeenkomsten voor je klaar.',
  welcome: 'Welkom bij Samen Verder! Via mij krijg je uitnodigingen voor bijeenkomsten van het samenwerkingsverband en meld je je aan met één klik.',
  profileSaved: 'Je profiel is opgeslagen.',
  profileNeeded: 'Vertel eerst even bij welke school je werkt en wat je rol is.',
  meetingSent: 'De uitnodiging is klaargezet voor {{count}} personen. Ze ontvangen hem zo in hun chat.',
  reminderQueued: 'Herinnering voor “{{title}}” klaargezet voor {{count}} personen die nog niet reageerden.',
  pickMeeting: 'Voor welke bijeenkomst? Typ **{{command}}** met het nummer, bijvoorbeeld **{{command}} 1**:',
  reminderNone: 'Iedereen heeft al gereageerd: er is niemand om te herinneren.',
  exportReady: 'De aanmeldingen voor “{{title}}” staan klaar als CSV-bestand (de link werkt 15 minuten): [download]({{url}})',
  error: 'Er ging iets mis. Probeer het later opnieuw.',
  icsReady: 'Open het agenda-item om de bijeenkomst in je agenda te zetten.',
  messageQueued_one: 'Je bericht is klaargezet voor {{count}} deelnemer.',
  sessionChanged: 'Gewijzigd: de sessie is nu op {{when}}, {{where}}. Zet het nieuwe agenda-item in je agenda.',
  meetingChanged_one: 'De wijziging is opgeslagen. {{count}} deelnemer krijgt bericht; alle kaarten tonen de nieuwe gegevens.',
  meetingChanged_other: 'De wijziging is opgeslagen. {{count}} deelnemers krijgen bericht; alle kaarten tonen de nieuwe gegevens.',
  messageQueued_other: 'Je bericht is klaargezet voor {{count}} deelnemers.',
};

export type BotMessages = typeof botNl;

export const botEn: BotMessages = {
  unknown: "I don't understand that. Type **help** to see what I can do, or **my meetings** to see your invitations.",
  coordinatorOnly: 'This command is only for coordinators of the partnership.',
  noMeetings: 'There are no meetings for you at the moment.',
  welcome: 'Welcome to Samen Verder! Through me you receive invitations to the partnership’s meetings and register with one click.',
  profileSaved: 'Your profile has been saved.',
  profileNeeded: 'First tell me which school you work at and what your role is.',
  meetingSent: 'The invitation is queued for {{count}} people. They will receive it in their chat shortly.',
  reminderQueued: 'Reminder for “{{title}}” queued for {{count}} people who have not answered yet.',
  pickMeeting: 'Which meeting? Type **{{command}}** with its number, for example **{{command}} 1**:',
  reminderNone: 'Everyone has answered already: there is nobody to remind.',
  exportReady: 'The registrations for “{{title}}” are ready as a CSV file (the link works for 15 minutes): [download]({{url}})',
  error: 'Something went wrong. Please try again later.',
  icsReady: 'Open the calendar item to add the meeting to your calendar.',
  messageQueued_one: 'Your message is queued for {{count}} participant.',
  sessionChanged: 'Changed: the session is now on {{when}}, {{where}}. Add the new calendar item to your calendar.',
  meetingChanged_one: 'The change is saved. {{count}} participant is told; all cards show the new details.',
  meetingChanged_other: 'The change is saved. {{count}} participants are told; all cards show the new details.',
  messageQueued_other: 'Your message is queued for {{count}} participants.',
};
