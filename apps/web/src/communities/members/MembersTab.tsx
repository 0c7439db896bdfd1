import { Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import {
  CommunityMembersDocument,
  type CommunityDetailFieldsFragment,
  type CommunityRole,
  type ProfileRole,
} from '@kennislijn/web-graphql';
import { IconSearch, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncSection } from '../common/AsyncSection';
import { LoadMore } from '../common/LoadMore';
import { COMMUNITY_ROLES, MemberRow } from './MemberRow';

const PROFILE_ROLES: readonly ProfileRole[] = ['LECTURER', 'RESEARCHER', 'STUDENT', 'PROFESSIONAL', 'POLICYMAKER'];
const PAGE_SIZE = 50;

export function MembersTab({ community }: { community: CommunityDetailFieldsFragment }) {
  const { t } = useTranslation();
  const [searchInput, setSearchInput] = useState('');
  const [search] = useDebouncedValue(searchInput.trim(), 300);
  const [profileRole, setProfileRole] = useState<ProfileRole | ''>('');
  const [communityRole, setCommunityRole] = useState<CommunityRole | ''>('');
  const { data, loading, error, refetch, fetchMore } = useQuery(CommunityMembersDocument, {
    variables: {
      slug: community.slug,
      first: PAGE_SIZE,
      search: search || undefined,
      profileRole: profileRole || undefined,
      communityRole: communityRole || undefined,
    },
    notifyOnNetworkStatusChange: true,
  });
  const members = data?.community.members;
  const filtered = Boolean(search || profileRole || communityRole);

  const loadMore = () =>
    fetchMore({
      variables: { after: members?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        community: {
          ...previous.community,
          members: {
            ...fetchMoreResult.community.members,
            edges: [...previous.community.members.edges, ...fetchMoreResult.community.members.edges],
          },
        },
      }),
    });

  return (
    <Stack gap="md">
      <Group component="search" align="flex-end" gap="md" wrap="wrap" aria-label={t('members.filtersLabel')}>
        <TextInput
          type="search"
          label={t('members.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={searchInput}
          onChange={(event) => setSearchInput(event.currentTarget.value)}
          w={{ base: '100%', sm: 240 }}
        />
        <NativeSelect
          label={t('members.profileRole')}
          value={profileRole}
          onChange={(event) => setProfileRole(event.currentTarget.value as ProfileRole | '')}
          data={[{ value: '', label: t('members.allProfileRoles') }, ...PROFILE_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))]}
          w={{ base: '100%', sm: 200 }}
        />
        <NativeSelect
          label={t('members.communityRole')}
          value={communityRole}
          onChange={(event) => setCommunityRole(event.currentTarget.value as CommunityRole | '')}
          data={[
            { value: '', label: t('members.allCommunityRoles') },
            ...COMMUNITY_ROLES.map((role) => ({ value: role, label: t(`communityRoles.${role}`) })),
          ]}
          w={{ base: '100%', sm: 240 }}
        />
      </Group>
      <AsyncSection
        loading={loading}
        error={error}
        hasData={Boolean(members)}
        isEmpty={members?.edges.length === 0}
        onRetry={() => void refetch()}
        loadingLabel={t('members.loading')}
        emptyIcon={<IconUsers size={30} aria-hidden />}
        emptyTitle={filtered ? t('members.emptyFilteredTitle') : t('members.emptyTitle')}
        emptyText={filtered ? t('members.emptyFilteredText') : t('members.emptyText')}
      >
        <Text size="sm" c="gray.7" role="status">
          {t('members.count', { count: members?.totalCount ?? 0 })}
        </Text>
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('members.listLabel')}>
          {members?.edges.map(({ node }) => (
            <MemberRow key={node.person.id} communityId={community.id} member={node} />
          ))}
        </Stack>
        <LoadMore hasMore={Boolean(members?.pageInfo.hasNextPage)} onLoadMore={loadMore} />
      </AsyncSection>
    </Stack>
  );
}
