import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';

export const SUPPORTED_LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'kennislijn.language';

// Dutch unless the person picked English before (remembered in localStorage).
// We deliberately do not follow the browser language: the audience is Dutch.
void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    fallbackLng: 'nl',
    supportedLngs: [...SUPPORTED_LANGUAGES],
    load: 'languageOnly',
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
    returnNull: false,
  });

const syncHtmlLang = (language: string) => document.documentElement.setAttribute('lang', language);
syncHtmlLang(i18n.resolvedLanguage ?? 'nl');
i18n.on('languageChanged', syncHtmlLang);

export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return language === 'en' ? 'en' : 'nl';
}

export { i18n };
