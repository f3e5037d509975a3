/** The languages the app speaks, apart from the i18next instance (core.ts), so the tab's start-up code can map a locale without loading it. */
export type Locale = 'nl' | 'en';
export const DEFAULT_LOCALE: Locale = 'nl';

/** Maps any Teams / browser locale ("nl-NL", "en-US", "fr-FR") to one we have. */
export const toLocale = (raw: string | null | undefined): Locale => (raw?.toLowerCase().startsWith('en') ? 'en' : 'nl');
