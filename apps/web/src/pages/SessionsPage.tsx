import { IconPresentation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SectionPlaceholder } from './SectionPlaceholder';

export function SessionsPage() {
  const { t } = useTranslation();
  return (
    <SectionPlaceholder
      title={t('sessions.title')}
      intro={t('sessions.intro')}
      emptyTitle={t('sessions.emptyTitle')}
      emptyText={t('sessions.emptyText')}
      icon={<IconPresentation size={30} aria-hidden />}
    />
  );
}
