/**
 * "Vragen? Neem contact op met …": the contact person at the foot of every invitation, reminder,
 * announcement and survey card, with a button that opens a mail to them. The meeting's own contact,
 * or the partnership's default (config); nothing when neither is known.
 */
import type { Contact } from '../domain/meeting.js';
import { t, type Locale } from '../i18n/index.js';
import { actionSet, text } from './elements.js';
import type { CardElement } from './types.js';

/** An address a mailto link can carry safely: one address, no spaces or extra headers. */
const mailable = (email: string): boolean => /^[^\s@?&]+@[^\s@?&]+\.[^\s@?&]+$/.test(email);

export const contactSection = (contact: Contact | null | undefined, locale: Locale): CardElement[] => {
  if (!contact) return [];
  const details = [contact.email, contact.phone].filter((d): d is string => Boolean(d)).join(', ');
  return [
    text(t('sessions:contactLine', locale, { name: contact.name, details }), { isSubtle: true, separator: true, spacing: 'medium' }),
    ...(mailable(contact.email)
      ? [actionSet([{ type: 'Action.OpenUrl', title: t('sessions:contactMail', locale, { name: contact.name }), url: `mailto:${contact.email}` }])]
      : []),
  ];
};
