import { Stack, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { CommunityFeedDocument, type CommunityDetailFieldsFragment } from '@kennislijn/web-graphql';
import { IconMessages } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AsyncSection } from '../common/AsyncSection';
import { LoadMore } from '../common/LoadMore';
import { FeedItemCard } from './FeedItemCard';
import { PostComposer } from './PostComposer';

const PAGE_SIZE = 20;

// Activity: pinned items on top, then the newest first with "Meer laden" (keyset paging).
export function FeedTab({ community }: { community: CommunityDetailFieldsFragment }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(CommunityFeedDocument, {
    variables: { slug: community.slug, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const feed = data?.community.feed;
  const pinned = data?.community.pinnedItems ?? [];
  const pinnedIds = new Set(pinned.map((item) => item.id));
  const items = (feed?.edges ?? []).map((edge) => edge.node).filter((item) => !pinnedIds.has(item.id));

  const loadMore = () =>
    fetchMore({
      variables: { after: feed?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        community: {
          ...previous.community,
          feed: {
            ...fetchMoreResult.community.feed,
            edges: [...previous.community.feed.edges, ...fetchMoreResult.community.feed.edges],
          },
        },
      }),
    });

  return (
    <Stack gap="lg">
      {community.viewerCan.post ? (
        <PostComposer communityId={community.id} onPosted={() => void refetch({ after: undefined })} />
      ) : null}
      <AsyncSection
        loading={loading}
        error={error}
        hasData={Boolean(feed)}
        isEmpty={items.length === 0 && pinned.length === 0}
        onRetry={() => void refetch()}
        loadingLabel={t('feed.loading')}
        emptyIcon={<IconMessages size={30} aria-hidden />}
        emptyTitle={t('feed.emptyTitle')}
        emptyText={community.viewerCan.post ? t('feed.emptyTextCanPost') : t('feed.emptyText')}
      >
        <Stack gap="lg">
          {pinned.length > 0 ? (
            <Stack component="section" gap="sm" aria-labelledby="vastgezet">
              <Title order={2} size="h4" id="vastgezet">
                {t('feed.pinnedTitle')}
              </Title>
              {pinned.map((item) => (
                <FeedItemCard key={item.id} item={item} />
              ))}
            </Stack>
          ) : null}
          <Stack component="section" gap="sm" aria-labelledby="tijdlijn">
            <Title order={2} size="h4" id="tijdlijn">
              {t('feed.latestTitle')}
            </Title>
            {items.map((item) => (
              <FeedItemCard key={item.id} item={item} />
            ))}
            <LoadMore hasMore={Boolean(feed?.pageInfo.hasNextPage)} onLoadMore={loadMore} />
          </Stack>
        </Stack>
      </AsyncSection>
    </Stack>
  );
}
