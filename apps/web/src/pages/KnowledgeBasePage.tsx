import { IconBooks } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SectionPlaceholder } from './SectionPlaceholder';

export function KnowledgeBasePage() {
  const { t } = useTranslation();
  return (
    <SectionPlaceholder
      title={t('knowledgeBase.title')}
      intro={t('knowledgeBase.intro')}
      emptyTitle={t('knowledgeBase.emptyTitle')}
      emptyText={t('knowledgeBase.emptyText')}
      icon={<IconBooks size={30} aria-hidden />}
    />
  );
}
