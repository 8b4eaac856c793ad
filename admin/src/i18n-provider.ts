import { defaultI18nProvider, type I18nProvider } from 'react-admin';

/** Panel users sign in with their e-mail address; the stock login form says "Username". */
const overrides: Record<string, string> = { 'ra.auth.username': 'Email' };

export const i18nProvider: I18nProvider = {
  ...defaultI18nProvider,
  translate: (key, options) => overrides[key] ?? defaultI18nProvider.translate(key, options),
};
