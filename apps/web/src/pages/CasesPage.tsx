import { IconClipboardText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SectionPlaceholder } from './SectionPlaceholder';

export function CasesPage() {
  const { t } = useTranslation();
  return (
    <SectionPlaceholder
      title={t('cases.title')}
      intro={t('cases.intro')}
      emptyTitle={t('cases.emptyTitle')}
      emptyText={t('cases.emptyText')}
      icon={<IconClipboardText size={30} aria-hidden />}
    />
  );
}
