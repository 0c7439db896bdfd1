import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { CommunitiesDocument } from '@kennislijn/web-graphql';
import { EmptyState, LoadingState } from '@kennislijn/web-ui';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryErrorState } from './QueryErrorState';
import { Page } from './Page';

export function CommunitiesPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CommunitiesDocument, {
    notifyOnNetworkStatusChange: true,
  });
  const communities = data?.communities ?? [];

  let content;
  if (loading && !data) {
    content = <LoadingState label={t('communities.loading')} />;
  } else if (error && !data) {
    content = (
      <QueryErrorState error={error} onRetry={() => void refetch()} retrying={loading} />
    );
  } else if (communities.length === 0) {
    content = (
      <EmptyState
        icon={<IconUsersGroup size={30} aria-hidden />}
        title={t('communities.emptyTitle')}
        description={t('communities.emptyText')}
      />
    );
  } else {
    content = (
      <SimpleGrid
        component="ul"
        cols={{ base: 1, md: 2 }}
        spacing="md"
        aria-label={t('communities.listLabel')}
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {communities.map((community) => (
          <Paper component="li" key={community.id} withBorder radius="md" p="lg">
            <Title order={2} size="h4" mb={6}>
              {community.name}
            </Title>
            <Text c="gray.7">{community.description}</Text>
          </Paper>
        ))}
      </SimpleGrid>
    );
  }

  return (
    <Page title={t('communities.title')} description={t('communities.intro')}>
      {content}
    </Page>
  );
}
