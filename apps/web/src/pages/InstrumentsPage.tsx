import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SectionPlaceholder } from './SectionPlaceholder';

export function InstrumentsPage() {
  const { t } = useTranslation();
  return (
    <SectionPlaceholder
      title={t('instruments.title')}
      intro={t('instruments.intro')}
      emptyTitle={t('instruments.emptyTitle')}
      emptyText={t('instruments.emptyText')}
      icon={<IconTools size={30} aria-hidden />}
    />
  );
}
