/** The tab's locale, from Teams (context.app.locale) or the browser; Dutch by default. */
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { t as translate, type Locale, type MessageKey } from '@samen/shared';

const LocaleContext = createContext<Locale>('nl');

export const LocaleProvider = ({ locale, children }: { locale: Locale; children: ReactNode }) => (
  <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>
);

export const useLocale = (): Locale => useContext(LocaleContext);

/** `t('tab:niveau.title')` in the current locale. */
export const useT = (): ((key: MessageKey, params?: Record<string, string | number>) => string) => {
  const locale = useLocale();
  return useCallback((key, params) => translate(key, locale, params), [locale]);
};
