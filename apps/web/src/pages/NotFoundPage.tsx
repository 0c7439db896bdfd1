import { Button } from '@mantine/core';
import { EmptyState } from '@kennislijn/web-ui';
import { IconMapOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from './Page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <EmptyState
        icon={<IconMapOff size={30} aria-hidden />}
        title={t('notFound.title')}
        headingOrder={2}
        description={t('notFound.text')}
        action={
          <Button component={Link} to="/gemeenschappen">
            {t('notFound.home')}
          </Button>
        }
      />
    </Page>
  );
}
