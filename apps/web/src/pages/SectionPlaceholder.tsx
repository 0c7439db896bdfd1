import { Text } from '@mantine/core';
import { EmptyState } from '@kennislijn/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from './Page';

interface SectionPlaceholderProps {
  title: string;
  intro: string;
  emptyTitle: string;
  emptyText: string;
  icon: ReactNode;
}

// A section that is not built yet says so plainly, and what it will hold. No sample data.
export function SectionPlaceholder({ title, intro, emptyTitle, emptyText, icon }: SectionPlaceholderProps) {
  const { t } = useTranslation();
  return (
    <Page title={title} description={intro}>
      <EmptyState
        icon={icon}
        title={emptyTitle}
        description={
          <>
            {emptyText}
            <Text component="span" display="block" mt="xs" fw={500} c="gray.8">
              {t('common.underConstruction')}
            </Text>
          </>
        }
      />
    </Page>
  );
}
