import { useTranslation } from 'react-i18next';
import type { Locale } from './track-chart';

/** The UI's language for numbers and the shared nl/en texts. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return (i18n.resolvedLanguage ?? i18n.language) === 'en' ? 'en' : 'nl';
}
