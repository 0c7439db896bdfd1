import { useTranslation } from 'react-i18next';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

export interface Formatters {
  locale: string;
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
  relative: (iso: string) => string;
}

// Dates in the person's language: nl-NL (Dutch) or en-GB (English), in the browser's time zone.
export function useFormat(): Formatters {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  const dateTime = (iso: string) =>
    new Date(iso).toLocaleString(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const relative = (iso: string) => {
    const seconds = (new Date(iso).getTime() - Date.now()) / 1000;
    // Under a minute (either way: clocks differ a little) reads better as "zojuist".
    if (Math.abs(seconds) < 60) return t('common.justNow');
    const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    for (const [unit, size] of UNITS) {
      if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
    }
    return t('common.justNow');
  };
  return { locale, date, dateTime, relative };
}
