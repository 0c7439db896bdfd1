import { NativeSelect } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';

// Each language is named in itself, and the label is bilingual, so a person who does
// not read the current language can still find the switch.
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  // On a phone the header also holds search: the language codes then fit where the names would not.
  const narrow = useMediaQuery('(max-width: 30em)', false, { getInitialValueInEffect: false });
  return (
    <NativeSelect
      aria-label={t('shell.language')}
      size="sm"
      w={narrow ? 76 : 136}
      value={currentLanguage()}
      onChange={(event) => void i18n.changeLanguage(event.currentTarget.value)}
      data={[
        { value: 'nl', label: narrow ? 'NL' : 'Nederlands' },
        { value: 'en', label: narrow ? 'EN' : 'English' },
      ]}
    />
  );
}
