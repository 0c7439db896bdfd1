import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { MeDocument } from '@kennislijn/web-graphql';
import { LoadingState } from '@kennislijn/web-ui';
import { useTranslation } from 'react-i18next';
import { QueryErrorState } from './QueryErrorState';
import { DataExportSection } from '../account/DataExportSection';
import { DeleteAccountSection } from '../account/DeleteAccountSection';
import { NotificationPreferencesSection } from '../account/NotificationPreferencesSection';
import { ChangePasswordForm } from './ChangePasswordForm';
import { Page } from './Page';

export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MeDocument, {
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const me = data?.me;

  let details;
  if (loading && !me) {
    details = <LoadingState label={t('common.loading')} />;
  } else if (!me) {
    details = (
      <QueryErrorState error={error} onRetry={() => void refetch()} retrying={loading} />
    );
  } else {
    const rows: [string, string][] = [
      [t('profile.displayName'), me.displayName],
      [t('profile.email'), me.email],
      [t('profile.role'), t(`roles.${me.role}`)],
      [t('profile.organisation'), me.organisation || t('common.notProvided')],
      ...(me.level != null ? [[t('profile.level'), String(me.level)] as [string, string]] : []),
      [
        t('profile.memberSince'),
        new Date(me.createdAt).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        }),
      ],
    ];
    details = (
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="sm" c="gray.7">
              {label}
            </Text>
            <Text component="dd" m={0} fw={500}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    );
  }

  return (
    <Page title={t('profile.title')} description={t('profile.intro')}>
      <Stack gap="xl" maw={720}>
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="profile-details">
          <Title order={2} size="h3" id="profile-details" mb="md">
            {t('profile.detailsTitle')}
          </Title>
          {details}
        </Paper>
        <NotificationPreferencesSection />
        <ChangePasswordForm />
        <DataExportSection />
        <DeleteAccountSection />
      </Stack>
    </Page>
  );
}
