/** E-mails to people outside the organisation who registered through a form (namespace `mail`). */
export const mailNl = {
  greeting: 'Beste {{name}},',
  registration: {
    booked: {
      subject: 'Je bent aangemeld: {{title}}',
      body: 'Je bent aangemeld voor {{title}}. Fijn dat je erbij bent!',
    },
    waitlisted: {
      subject: 'Je staat op de wachtlijst: {{title}}',
      body: '{{title}} zit vol. Je staat op de wachtlijst, op plek {{position}}. Komt er een plek vrij, dan krijg je meteen een mail.',
    },
    applied: {
      subject: 'We hebben je aanmelding ontvangen: {{title}}',
      body: 'Er is beperkt plek voor {{title}}. Uiterlijk {{date}} laten we je per mail weten of je kunt deelnemen.',
    },
  },
  promotion: {
    subject: 'Er is een plek vrij: {{title}}',
    body: 'Goed nieuws: er is een plek vrijgekomen. Je bent nu aangemeld voor {{title}}.',
  },
  update: {
    subject: 'Wijziging: {{title}}',
    body: 'Er is iets veranderd aan {{title}}. Hieronder staat hoe het nu is.',
    message: 'Bericht van de organisatie:',
  },
  cancelled: {
    subject: 'Gaat niet door: {{title}}',
    body: '{{title}} gaat helaas niet door. Je hoeft niets te doen.',
  },
  reminder: {
    subject: 'Herinnering: {{title}} op {{date}}',
    body: 'Een herinnering: binnenkort is {{title}}. We zien je graag.',
  },
  details: {
    session: 'Sessie: {{name}}',
    when: 'Wanneer: {{when}}',
    where: 'Waar: {{place}}',
    online: 'Online: {{url}}',
  },
  calendar: 'In de bijlage staat een agenda-afspraak (.ics) die je in je eigen agenda kunt zetten.',
  contact: 'Vragen? Neem contact op met {{name}} ({{email}}).',
  footer: 'Je krijgt deze mail omdat je je via een formulier hebt aangemeld. We bewaren je naam en e-mailadres tot 8 weken na de bijeenkomst.',
};

export const mailEn: typeof mailNl = {
  greeting: 'Dear {{name}},',
  registration: {
    booked: {
      subject: 'You are registered: {{title}}',
      body: 'You are registered for {{title}}. Glad you can join!',
    },
    waitlisted: {
      subject: 'You are on the waitlist: {{title}}',
      body: '{{title}} is full. You are on the waitlist, in place {{position}}. If a place becomes free, you will get an e-mail straight away.',
    },
    applied: {
      subject: 'We received your registration: {{title}}',
      body: 'Places for {{title}} are limited. By {{date}} we will let you know by e-mail whether you can take part.',
    },
  },
  promotion: {
    subject: 'A place is free: {{title}}',
    body: 'Good news: a place became free. You are now registered for {{title}}.',
  },
  update: {
    subject: 'Change: {{title}}',
    body: 'Something changed about {{title}}. Below is how it stands now.',
    message: 'Message from the organisers:',
  },
  cancelled: {
    subject: 'Cancelled: {{title}}',
    body: 'Unfortunately {{title}} will not take place. You do not need to do anything.',
  },
  reminder: {
    subject: 'Reminder: {{title}} on {{date}}',
    body: 'A reminder: {{title}} is coming up soon. We look forward to seeing you.',
  },
  details: {
    session: 'Session: {{name}}',
    when: 'When: {{when}}',
    where: 'Where: {{place}}',
    online: 'Online: {{url}}',
  },
  calendar: 'Attached is a calendar appointment (.ics) you can add to your own calendar.',
  contact: 'Questions? Contact {{name}} ({{email}}).',
  footer: 'You receive this e-mail because you registered through a form. We keep your name and e-mail address until 8 weeks after the meeting.',
};
