import { Button, NativeSelect, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { CommunityInstrumentsDocument, MyCommunitiesDocument } from '@kennislijn/web-graphql';
import { EmptyState, LoadingState } from '@kennislijn/web-ui';
import { IconPlus, IconTools, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AsyncSection } from '../../communities/common/AsyncSection';
import { Page } from '../../pages/Page';
import { QueryErrorState } from '../../pages/QueryErrorState';
import { InstrumentCard } from './InstrumentCard';
import { NewInstrumentDialog } from './NewInstrumentDialog';

const PARAM = 'gemeenschap';
const STORAGE_KEY = 'kennislijn.instruments.community';

function remembered(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function remember(slug: string) {
  try {
    localStorage.setItem(STORAGE_KEY, slug);
  } catch {
    // Only a convenience.
  }
}

// The instrument library: the instruments of one of my communities (chosen in the address, so a link
// keeps it), and "Nieuw instrument" for members who may create one.
export function InstrumentsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const mine = useQuery(MyCommunitiesDocument, { fetchPolicy: 'cache-and-network' });
  const communities = (mine.data?.communities.edges ?? []).map((e) => e.node);
  const wanted = params.get(PARAM) ?? remembered();
  const community = communities.find((c) => c.slug === wanted) ?? communities[0] ?? null;
  const list = useQuery(CommunityInstrumentsDocument, {
    variables: { communityId: community?.id ?? '' },
    skip: !community,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const canCreate = Boolean(community?.viewerCan.post && !community.archivedAt);
  const newButton =
    community && canCreate ? (
      <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
        {t('instruments.library.new')}
      </Button>
    ) : null;

  let body;
  if (!mine.data && mine.loading) body = <LoadingState label={t('instruments.library.loadingCommunities')} />;
  else if (!mine.data && mine.error) body = <QueryErrorState error={mine.error} onRetry={() => void mine.refetch()} retrying={mine.loading} />;
  else if (!community)
    body = (
      <EmptyState
        icon={<IconUsersGroup size={30} aria-hidden />}
        title={t('instruments.library.noCommunitiesTitle')}
        description={t('instruments.library.noCommunitiesText')}
        action={
          <Button component={Link} to="/gemeenschappen">
            {t('instruments.library.findCommunities')}
          </Button>
        }
      />
    );
  else {
    const instruments = list.data?.instruments ?? [];
    body = (
      <Stack gap="lg">
        <NativeSelect
          id="instrumenten-gemeenschap"
          label={t('instruments.library.community')}
          description={t('instruments.library.communityHint')}
          value={community.slug}
          data={communities.map((c) => ({ value: c.slug, label: c.name }))}
          onChange={(event) => {
            const slug = event.currentTarget.value;
            remember(slug);
            setParams({ [PARAM]: slug }, { replace: true });
          }}
          w={{ base: '100%', sm: 440 }}
        />
        <AsyncSection
          loading={list.loading}
          error={list.error}
          hasData={Boolean(list.data)}
          isEmpty={instruments.length === 0}
          onRetry={() => void list.refetch()}
          loadingLabel={t('instruments.library.loading')}
          emptyIcon={<IconTools size={30} aria-hidden />}
          emptyTitle={t('instruments.library.emptyTitle')}
          emptyText={canCreate ? t('instruments.library.emptyText') : t('instruments.library.emptyTextReader')}
          emptyAction={newButton}
        >
          <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('instruments.library.listLabel', { community: community.name })}>
            {instruments.map((instrument) => (
              <InstrumentCard key={instrument.id} instrument={instrument} />
            ))}
          </Stack>
        </AsyncSection>
      </Stack>
    );
  }

  return (
    <Page title={t('instruments.title')} description={t('instruments.intro')} actions={newButton}>
      {body}
      {community && creating ? <NewInstrumentDialog community={community} opened={creating} onClose={() => setCreating(false)} /> : null}
    </Page>
  );
}
