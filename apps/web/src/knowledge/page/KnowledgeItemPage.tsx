import { Anchor, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { hasErrorCode, KnowledgeItemDocument, type KnowledgeDetailFieldsFragment } from '@kennislijn/web-graphql';
import { EmptyState, LoadingState } from '@kennislijn/web-ui';
import { IconBooks, IconMessageQuestion, IconPencil, IconUsersGroup, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PersonName } from '../../communities/common/PersonName';
import { useFormat } from '../../communities/common/useFormat';
import { DiscussionPanel } from '../../discussions/DiscussionPanel';
import { Page } from '../../pages/Page';
import { QueryErrorState } from '../../pages/QueryErrorState';
import { EvidenceLabel, KnowledgeTypeBadge } from '../common/labels';
import { CitationBlock } from './CitationBlock';
import { FindingSections, KnowledgeLinks, RevisionBadge, SummarySection } from './KnowledgeDetails';
import { RevisionsSection } from './RevisionsSection';
import '../knowledge.css';

type Item = KnowledgeDetailFieldsFragment;

function NotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('knowledge.page.notFoundTitle')}>
      <EmptyState
        icon={<IconBooks size={30} aria-hidden />}
        title={t('knowledge.page.notFoundHeading')}
        description={t('knowledge.page.notFoundText')}
        action={
          <Button component={Link} to="/kennisbank">
            {t('knowledge.page.back')}
          </Button>
        }
      />
    </Page>
  );
}

// Site-wide items belong to no community, so there is no thread to ask in: said calmly, with a way on.
function NoThreadNote() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="kennis-gesprek">
      <Group gap="xs" mb="xs" wrap="nowrap">
        <IconMessageQuestion size={20} aria-hidden />
        <Title order={2} size="h4" id="kennis-gesprek">
          {t('knowledge.page.discussionTitle')}
        </Title>
      </Group>
      <Text size="sm" c="gray.8">
        {t('knowledge.page.siteWideNoThread')}
      </Text>
      <Anchor component={Link} to="/gemeenschappen" size="sm" mt="xs" display="inline-block">
        {t('knowledge.page.toCommunities')}
      </Anchor>
    </Paper>
  );
}

function ItemView({ item }: { item: Item }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const actions = item.canEdit ? (
    <Button component={Link} to={`/kennisbank/${item.id}/bewerken`} variant="default" leftSection={<IconPencil size={18} aria-hidden />}>
      {t('knowledge.page.edit')}
    </Button>
  ) : null;
  return (
    <Page title={item.title} actions={actions}>
      <Stack gap="xs" mt={-8} mb="lg">
        <Group gap="sm" wrap="wrap">
          <KnowledgeTypeBadge type={item.type} />
          <EvidenceLabel level={item.evidenceLevel} />
          <RevisionBadge revision={item.revision} />
        </Group>
        <Group gap="md" wrap="wrap">
          <Group gap={4} wrap="nowrap">
            {item.community ? <IconUsersGroup size={16} aria-hidden /> : <IconWorld size={16} aria-hidden />}
            {item.community ? (
              <Anchor component={Link} to={`/gemeenschappen/${item.community.slug}`} size="sm">
                {item.community.name}
              </Anchor>
            ) : (
              <Text size="sm" c="gray.7">
                {t('knowledge.page.siteWideNote')}
              </Text>
            )}
          </Group>
          {item.author ? (
            <Text size="sm" c="gray.7">
              {t('knowledge.page.sharedBy')} <PersonName person={item.author} size="sm" />
            </Text>
          ) : null}
          <Text size="sm" c="gray.7">
            {t('knowledge.page.updatedOn', { date: date(item.updatedAt) })}
          </Text>
        </Group>
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <SummarySection item={item} />
            {item.finding ? <FindingSections finding={item.finding} /> : null}
            {item.citation ? <CitationBlock citation={item.citation} /> : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <KnowledgeLinks item={item} />
        </Grid.Col>
        {/* On a phone the questions come before the version history. */}
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 4, md: 3 }}>
          <RevisionsSection item={item} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 3, md: 4 }}>
          {item.community ? (
            <DiscussionPanel kind="KNOWLEDGE" subjectId={item.id} communitySlug={item.community.slug} title={t('knowledge.page.discussionTitle')} />
          ) : (
            <NoThreadNote />
          )}
        </Grid.Col>
      </Grid>
    </Page>
  );
}

export function KnowledgeItemPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(KnowledgeItemDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  if (error && (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT'))) return <NotFound />;
  if (data?.knowledgeItem) return <ItemView item={data.knowledgeItem} />;
  return (
    <Page title={t('knowledge.page.loadingTitle')}>
      {loading || !error ? <LoadingState label={t('knowledge.page.loading')} /> : <QueryErrorState error={error} onRetry={() => void refetch()} retrying={loading} />}
    </Page>
  );
}
