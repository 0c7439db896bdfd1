import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';

// Each language is named in itself, and the label is bilingual, so a person who does
// not read the current language can still find the switch.
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('shell.language')}
      size="sm"
      w={{ base: 130, sm: 136 }}
      value={currentLanguage()}
      onChange={(event) => void i18n.changeLanguage(event.currentTarget.value)}
      data={[
        { value: 'nl', label: 'Nederlands' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
